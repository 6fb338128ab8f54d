import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Online asset searches (网络查控).
export const searchesErrors = {
  'asset-search-not-found': [404, '查控记录不存在'],
  'asset-search-on-closed-case': [409, '案件已结案，不能发起网络查控'],
  'asset-search-no-debtor': [422, '本案没有被执行人，无从查询'],
  'asset-search-unknown-debtor': [422, '所选被执行人不是本案的被执行人'],
  'asset-search-unknown-kind': [422, '所选财产类别不能网络查询'],
  'asset-search-running': [409, '该被执行人的网络查控尚未全部答复，答复后才能再次发起'],
  'asset-search-no-institution': [409, '没有可查询所选财产类别的协助执行单位'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof searchesErrors> {}
}
