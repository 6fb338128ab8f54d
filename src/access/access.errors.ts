import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Users, sign-in and sessions.
export const accessErrors = {
  'invalid-credentials': [401, '用户名或密码错误'],
  'too-many-attempts': [429, '登录尝试过于频繁，请稍后再试'],
  'user-not-found': [404, '用户不存在'],
  'duplicate-username': [409, '用户名已存在'],
  'invalid-party-identity': [422, '当事人账户须绑定有效的身份证号码或统一社会信用代码'],
  'party-identity-unproven': [422, '该身份未出现在您管理的法院的案件当事人中，不能绑定'],
  'unknown-role': [422, '角色不正确'],
  'scope-too-wide': [403, '不能创建管理范围大于本人的账户'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof accessErrors> {}
}
