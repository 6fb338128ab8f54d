import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Leaving the 终本案件库 other than by 恢复执行 (src/dormant/record-exit.ts).
export const dormantExitErrors = {
  'not-in-pool': [409, '该案件不在终本案件库中（未以终结本次执行程序结案，或已出库）'],
  'exit-before-closure': [422, '出库日期不能早于终结本次执行程序之日'],
  'exit-details-missing': [422, '出库情形的必要信息不全'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof dormantExitErrors> {}
}
