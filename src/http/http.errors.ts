import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Failures of the HTTP edge itself, before or around any use case.
export const httpErrors = {
  'bad-request': [400, '请求无法处理'],
  'validation-failed': [422, '请求内容不符合要求'],
  'invalid-json': [400, '请求内容不是合法的 JSON'],
  'json-too-deep': [400, '请求内容的 JSON 嵌套层级过深'],
  'payload-too-large': [413, '请求内容过大'],
  'unsupported-media-type': [415, '请求内容的类型不受支持，请以 application/json 提交'],
  unauthenticated: [401, '请先登录'],
  forbidden: [403, '无权执行此操作'],
  'not-found': [404, '未找到'],
  'invalid-cursor': [400, '分页游标无效'],
  'rate-limited': [429, '查询过于频繁，请稍后再试'],
  internal: [500, '服务器内部错误'],
  'database-unavailable': [503, '数据库暂时无法访问，请稍后重试'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof httpErrors> {}
}
