import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Outbound requests to institutions and their answers.
export const outboxErrors = {
  'outbound-request-not-found': [404, '协助请求不存在'],
  'outbound-request-closed': [409, '该协助请求已办结，不能再登记答复'],
  'outbound-answer-conflict': [409, '该协助请求已有不同内容的答复'],
  'outbound-answer-invalid': [422, '答复内容须为 JSON 对象'],
  'unknown-request-status': [422, '协助请求状态不正确'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof outboxErrors> {}
}
