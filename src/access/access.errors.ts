import type { CatalogOf, ErrorRows } from '../shared/result.ts';

// Users, sign-in and sessions.
export const accessErrors = {
  'invalid-credentials': [401, '用户名或密码错误'],
  'too-many-attempts': [429, '尝试次数过多，请稍后再试'],
  'user-not-found': [404, '用户不存在'],
  'duplicate-username': [409, '用户名已存在'],
  'invalid-party-identity': [422, '当事人账户须绑定有效的身份证号码或统一社会信用代码'],
  'party-identity-unproven': [422, '该身份未出现在您管理的法院的案件当事人中，不能绑定'],
  'unknown-role': [422, '角色不正确'],
  'unknown-institution': [422, '协助执行单位不正确'],
  'scope-too-wide': [403, '不能创建或管理范围大于本人的账户'],
  'wrong-current-password': [422, '当前密码不正确'],
  'weak-password': [422, '新密码不符合要求'],
  'own-account': [409, '不能对本人账户执行此操作'],
  'last-administrator': [409, '不能停用或调离该法院最后一名系统管理员'],
  'session-not-found': [404, '该登录设备不存在或已退出'],
  'current-session': [409, '这是您正在使用的设备'],
} as const satisfies ErrorRows;

declare module '../shared/result.ts' {
  // eslint-disable-next-line @typescript-eslint/consistent-type-definitions, @typescript-eslint/no-empty-object-type
  interface ErrorCatalog extends CatalogOf<typeof accessErrors> {}
}
