import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Failures of the HTTP edge itself, before or around any use case.
export const httpErrors = {
  'validation-failed': [400, '请求内容不符合要求'],
  'invalid-json': [400, '请求内容不是合法的 JSON'],
  unauthenticated: [401, '请先登录'],
  forbidden: [403, '无权执行此操作'],
  'not-found': [404, '未找到'],
  'invalid-cursor': [400, '分页游标无效'],
  internal: [500, '服务器内部错误'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof httpErrors> {}
}
