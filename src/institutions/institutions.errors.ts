import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// The institution API (协助执行单位接口).
export const institutionsErrors = {
  'institution-not-bound': [403, '该账户未绑定协助执行单位'],
  'institution-answer-kind-mismatch': [422, '答复类型与请求类型不符'],
  'institution-answer-invalid': [422, '答复内容不正确'],
  'invalid-institution-cursor': [422, '分页游标不正确'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof institutionsErrors> {}
}
