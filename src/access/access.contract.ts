import { Type } from '@sinclair/typebox';
import { Nullable, OneOf, operation, Out, Ref, Strict, Text, Uuid } from '../shared/contract.ts';
import { permissions, roles } from './access.types.ts';
import { accountSchemas } from './accounts.contract.ts';

// The contract of sign-in, the signed-in user and user administration.
const tags = ['登录与账户'];

const CourtRef = Type.Object({ code: Out({ description: '法院代字' }), name: Out({ description: '法院名称' }) });

export const SignedIn = Type.Object(
  {
    token: Type.Optional(Out({ description: '会话令牌：之后的请求带 Authorization: Bearer <token>。仅当请求内容中 token 为 true 时答复' })),
    expiresAt: Type.String({ format: 'date-time', description: '令牌失效时间（UTC，ISO 8601）' }),
    mustChangePassword: Type.Boolean({ description: '管理员设置了临时密码：须先修改密码（POST /auth/password），其他功能答复 403' }),
  },
  { $id: 'SignedIn', title: '登录结果' },
);

export const CurrentUser = Type.Object(
  {
    id: Out({ description: '用户编号（UUID）' }),
    username: Out(),
    displayName: Out({ description: '显示名称' }),
    role: OneOf(roles, { description: '角色' }),
    roleName: Out({ description: '角色的中文名称' }),
    court: CourtRef,
    scope: OneOf(['court', 'subtree'] as const, { description: 'court：本院；subtree：本院及下级法院' }),
    permissions: Type.Array(OneOf(permissions), { description: '该用户拥有的权限（须修改密码时只有 signed-in）' }),
    mustChangePassword: Type.Boolean({ description: '管理员设置了临时密码，须先修改密码' }),
  },
  { $id: 'CurrentUser', title: '当前用户' },
);

export const Officer = Type.Object(
  {
    id: Out({ description: '用户编号（UUID）' }),
    name: Out({ description: '姓名' }),
    role: OneOf(roles),
    courtCode: Out({ description: '所在法院代字' }),
  },
  { $id: 'Officer', title: '执行人员' },
);

export const accessSchemas = [SignedIn, CurrentUser, Officer, ...accountSchemas];

export const login = operation({
  operationId: 'login',
  summary: '登录',
  description:
    '以用户名和密码登录，设置 HttpOnly 会话 Cookie（经 HTTPS 访问时带 Secure）。令牌只在 Cookie 中，网页脚本读不到；API 客户端在请求内容中带 `"token": true`，答复中才有令牌，之后以 Authorization: Bearer 头使用。账户不会被锁定：同一账户或同一地址尝试过于频繁时答复 429 `too-many-attempts`，以 Retry-After 头给出可重试的秒数，detail 以北京时间说明何时可再试（如「尝试次数过多，请于 14:32 后再试」）。无需登录。',
  tags,
  signedIn: false,
  body: Strict(
    {
      username: Text({ title: '用户名', minLength: 1, maxLength: 100 }),
      password: Text({ title: '密码', minLength: 1, maxLength: 200 }),
      token: Type.Optional(
        Type.Boolean({
          title: '答复令牌',
          description: 'API 客户端设为 true，答复中带会话令牌；浏览器不设，令牌只在 HttpOnly Cookie 中',
        }),
      ),
    },
    {
      examples: [{ username: 'clerk', password: 'zhixing-demo', token: true }],
    },
  ),
  status: 200,
  response: Ref(SignedIn),
  errors: ['invalid-credentials', 'too-many-attempts'],
});

export const logout = operation({
  operationId: 'logout',
  summary: '退出登录',
  description: '使当前会话令牌失效并清除会话 Cookie。',
  tags,
  signedIn: true,
  status: 204,
  errors: [],
});

export const me = operation({
  operationId: 'getCurrentUser',
  summary: '当前用户',
  description: '当前登录用户的身份、所在法院、辖区范围和权限。未登录时答复 401 `unauthenticated`。',
  tags,
  signedIn: true,
  status: 200,
  response: Ref(CurrentUser),
  errors: [],
});

export const officers = operation({
  operationId: 'listOfficers',
  summary: '本院执行人员',
  description: '可指定为承办人的执行法官和执行员（限当前用户辖区内的法院），按姓名排序，最多 500 人。',
  tags,
  signedIn: true,
  status: 200,
  response: Type.Object({ items: Type.Array(Ref(Officer)) }),
  errors: [],
});

export const createUser = operation({
  operationId: 'createUser',
  summary: '新建用户',
  description:
    '系统管理员在本人管理范围内的法院新建账户，管理范围不得大于本人。当事人账户须绑定有效的身份证号码或统一社会信用代码，且该身份须是本人所管法院某一案件的当事人（绑定的依据记入审计事件）。',
  tags,
  signedIn: true,
  body: Strict(
    {
      username: Text({ title: '用户名', pattern: '^[a-zA-Z0-9_.-]{2,50}$', maxLength: 50, description: '2–50 位字母、数字或 _ . -' }),
      displayName: Text({ title: '显示名称', minLength: 1, maxLength: 50 }),
      password: Text({ title: '初始密码', minLength: 8, maxLength: 200 }),
      role: OneOf(roles, { title: '角色' }),
      courtCode: Text({ title: '所在法院代字', minLength: 1, maxLength: 20 }),
      scope: OneOf(['court', 'subtree'] as const, { title: '辖区范围' }),
      partyIdentity: Type.Optional(Nullable(Text({ title: '当事人证件号码', maxLength: 32 }))),
    },
    {
      examples: [
        {
          username: 'li.enforcer',
          displayName: '李明（执行员）',
          password: 'initial-pass-2026',
          role: 'enforcer',
          courtCode: '粤0703',
          scope: 'court',
        },
      ],
    },
  ),
  status: 201,
  response: Type.Object({ id: Uuid({ description: '新用户的编号' }) }),
  errors: [
    'unknown-court',
    'court-out-of-scope',
    'unknown-role',
    'scope-too-wide',
    'invalid-party-identity',
    'party-identity-unproven',
    'duplicate-username',
    'weak-password',
  ],
});
