import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, operation, Out, Ref, Strict, Text, Uuid } from '../shared/contract.ts';
import { MAX_PASSWORD_LENGTH, MIN_PASSWORD_LENGTH, roles } from './access.types.ts';

// The account pages: one's own password and sessions, and the administration of users. Part of
// access's contract (access.contract.ts publishes these schemas with its own).
const tags = ['登录与账户'];

const Password = (title: string) =>
  Text({ title, minLength: 1, maxLength: MAX_PASSWORD_LENGTH, description: `至少 ${MIN_PASSWORD_LENGTH} 位，不能与用户名相同` });
const Scope = OneOf(['court', 'subtree'] as const, { title: '范围', description: 'court：本院；subtree：本院及下级法院' });
const UserParams = Strict({ id: Uuid({ title: '用户编号' }) });

export const AccountUser = Type.Object(
  {
    id: Out({ description: '用户编号（UUID）' }),
    username: Out(),
    displayName: Out({ description: '显示名称' }),
    role: OneOf(roles),
    roleName: Out({ description: '角色的中文名称' }),
    court: Type.Object({ code: Out({ description: '法院代字' }), name: Out({ description: '法院名称' }) }),
    scope: Scope,
    disabled: Type.Boolean({ description: '已停用：不能登录，原有会话已结束' }),
    mustChangePassword: Type.Boolean({ description: '管理员设置了临时密码，用户下次登录后须先修改密码' }),
    createdAt: Type.Optional(Type.String({ format: 'date-time', description: '创建时间（UTC）' })),
  },
  { $id: 'AccountUser', title: '用户账户' },
);

export const AccountSession = Type.Object(
  {
    id: Out({ description: '会话编号（UUID；不是令牌）' }),
    createdAt: Type.String({ format: 'date-time', description: '登录时间（UTC）' }),
    lastSeenAt: Type.String({ format: 'date-time', description: '最近使用时间（UTC，精确到分钟）' }),
    expiresAt: Type.String({ format: 'date-time', description: '失效时间（UTC）' }),
    address: Nullable(Out({ description: '登录时的客户端地址' })),
    userAgent: Nullable(Out({ description: '登录时的浏览器或客户端（User-Agent）' })),
    current: Type.Boolean({ description: '是否为本次请求所用的会话' }),
  },
  { $id: 'AccountSession', title: '登录设备' },
);

export const accountSchemas = [AccountUser, AccountSession];

export const changePassword = operation({
  operationId: 'changePassword',
  summary: '修改本人密码',
  description:
    '凭当前密码设置新密码。当前密码错误时密码不变，错误次数与登录共用限制（过于频繁时答复 429）。修改后本人其他设备上的登录全部退出，当前设备保持登录；管理员设置的临时密码由此解除。',
  tags,
  signedIn: true,
  body: Strict(
    { currentPassword: Password('当前密码'), newPassword: Password('新密码') },
    { examples: [{ currentPassword: 'zhixing-demo', newPassword: 'a-new-passphrase-2026' }] },
  ),
  status: 200,
  response: Type.Object({ otherSessionsEnded: Type.Integer({ description: '因此退出的其他设备数' }) }),
  errors: ['wrong-current-password', 'weak-password', 'too-many-attempts'],
});

export const listSessions = operation({
  operationId: 'listOwnSessions',
  summary: '本人的登录设备',
  description: '当前用户尚未退出、尚未过期的会话，新登录的在前：登录时间、最近使用时间、客户端地址和浏览器。',
  tags,
  signedIn: true,
  status: 200,
  response: Type.Object({ items: Type.Array(Ref(AccountSession)) }),
  errors: [],
});

export const signOutSession = operation({
  operationId: 'signOutSession',
  summary: '退出另一台设备',
  description: '使本人的另一个会话立即失效。正在使用的会话请用「退出登录」。',
  tags,
  signedIn: true,
  params: UserParams,
  status: 204,
  errors: ['session-not-found', 'current-session'],
});

export const signOutOthers = operation({
  operationId: 'signOutOtherSessions',
  summary: '退出其他全部设备',
  description: '使本人除当前会话外的全部会话立即失效。',
  tags,
  signedIn: true,
  status: 200,
  response: Type.Object({ ended: Type.Integer({ description: '退出的设备数' }) }),
  errors: [],
});

export const listUsers = operation({
  operationId: 'listUsers',
  summary: '用户列表',
  description:
    '系统管理员管理范围内的账户，按法院和用户名排序，按 offset/limit 分页；可按法院（仅该院）、角色和文字（用户名或显示名称中的文字）筛选。`total` 为筛选后的总数。',
  tags,
  signedIn: true,
  querystring: Strict({
    court: Type.Optional(Text({ title: '法院代字', maxLength: 20 })),
    role: Type.Optional(OneOf(roles, { title: '角色' })),
    q: Type.Optional(Text({ title: '查找', maxLength: 50, description: '用户名或显示名称中的文字' })),
    offset: Type.Optional(Type.Integer({ title: '跳过条数', minimum: 0, maximum: 100000, default: 0 })),
    limit: Type.Optional(Type.Integer({ title: '每页条数', minimum: 1, maximum: 200, default: 20 })),
  }),
  status: 200,
  response: Type.Object({ total: Type.Integer({ description: '筛选后的账户总数' }), items: Type.Array(Ref(AccountUser)) }),
  errors: ['unknown-court', 'court-out-of-scope'],
});

const adminErrors = ['user-not-found', 'court-out-of-scope', 'scope-too-wide', 'own-account'] as const;

export const disableUser = operation({
  operationId: 'disableUser',
  summary: '停用用户',
  description: '停用账户：不能再登录，已登录的会话立即结束（重新启用也不会恢复）。不能停用本人，也不能停用一个法院唯一在用的系统管理员。',
  tags,
  signedIn: true,
  params: UserParams,
  status: 200,
  response: Ref(AccountUser),
  errors: [...adminErrors, 'last-administrator'],
});

export const enableUser = operation({
  operationId: 'enableUser',
  summary: '启用用户',
  description: '重新启用已停用的账户，用户可以再次登录。',
  tags,
  signedIn: true,
  params: UserParams,
  status: 200,
  response: Ref(AccountUser),
  errors: [...adminErrors],
});

export const resetPassword = operation({
  operationId: 'resetUserPassword',
  summary: '重置用户密码',
  description:
    '管理员为用户设置临时密码：该用户已登录的会话全部结束，下次登录后须先修改密码才能使用其他功能。本人的密码请用「修改本人密码」。',
  tags,
  signedIn: true,
  params: UserParams,
  body: Strict({ password: Password('临时密码') }, { examples: [{ password: 'temp-pass-2026' }] }),
  status: 200,
  response: Ref(AccountUser),
  errors: [...adminErrors, 'weak-password'],
});

export const assignCourt = operation({
  operationId: 'assignUserCourt',
  summary: '调整所在法院和范围',
  description:
    '设定账户的所在法院和范围（本院，或本院及下级法院），限管理员本人管理范围内的法院，范围不得大于管理员本人。不能调离一个法院唯一在用的系统管理员；当事人账户的范围总是本院。',
  tags,
  signedIn: true,
  params: UserParams,
  body: Strict(
    { courtCode: Text({ title: '所在法院代字', minLength: 1, maxLength: 20 }), scope: Scope },
    {
      examples: [{ courtCode: '粤0703', scope: 'court' }],
    },
  ),
  status: 200,
  response: Ref(AccountUser),
  errors: [...adminErrors, 'unknown-court', 'last-administrator'],
});
