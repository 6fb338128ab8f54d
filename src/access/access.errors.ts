import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Users, sign-in and sessions.
export const accessErrors = {
  'invalid-credentials': [401, '用户名或密码错误'],
  'account-locked': [423, '登录失败次数过多，账户已暂时锁定'],
  'user-not-found': [404, '用户不存在'],
  'duplicate-username': [409, '用户名已存在'],
  'invalid-party-identity': [422, '当事人账户须绑定有效的身份证号码或统一社会信用代码'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof accessErrors> {}
}
