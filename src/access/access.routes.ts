import type { FastifyInstance } from 'fastify';
import type { AppContext } from '../platform/context.ts';
import { reply, sessionToken, SESSION_COOKIE, who } from '../http/route-kit.ts';
import { success } from '../shared/result.ts';
import { roleNames, rolePermissions, roles } from './access.types.ts';
import { signIn, signOut } from './sign-in.ts';
import { createUser, type NewUser } from './create-user.ts';

export async function accessRoutes(api: FastifyInstance, ctx: AppContext) {
  api.post<{ Body: { username: string; password: string } }>(
    '/auth/login',
    {
      config: { permission: 'anyone' },
      schema: {
        tags: ['access'],
        summary: '登录',
        body: {
          type: 'object',
          required: ['username', 'password'],
          properties: {
            username: { type: 'string', minLength: 1, maxLength: 100 },
            password: { type: 'string', minLength: 1, maxLength: 200 },
          },
        },
      },
    },
    async (req, res) => {
      const result = await signIn(ctx, req.body.username, req.body.password, { address: req.ip });
      if (result.ok) {
        res.setCookie(SESSION_COOKIE, result.value.token, {
          httpOnly: true,
          sameSite: 'strict',
          path: '/',
          // A lifetime, not an instant: the browser judges it by its own clock, which need not be ours.
          maxAge: ctx.config.sessionHours * 3600,
        });
        return reply(res, req, success({ token: result.value.token, expiresAt: result.value.expiresAt.toISOString() }));
      }
      return reply(res, req, result);
    },
  );

  api.post('/auth/logout', { config: { permission: 'signed-in' }, schema: { tags: ['access'], summary: '退出登录' } }, async (req, res) => {
    const token = sessionToken(req);
    if (token) await signOut(ctx, token);
    res.clearCookie(SESSION_COOKIE, { path: '/' });
    return res.code(204).send();
  });

  api.get('/auth/me', { config: { permission: 'signed-in' }, schema: { tags: ['access'], summary: '当前用户' } }, async (req) => {
    const p = who(req);
    const court = ctx.courts.byId(p.courtId)!;
    return {
      id: p.userId,
      username: p.username,
      displayName: p.displayName,
      role: p.role,
      roleName: roleNames[p.role],
      court: { code: court.code, name: court.name },
      scope: p.scope,
      permissions: rolePermissions[p.role],
    };
  });

  api.get(
    '/users/officers',
    { config: { permission: 'case.read' }, schema: { tags: ['access'], summary: '本院执行人员' } },
    async (req) => {
      const p = who(req);
      const rows = await ctx.db
        .selectFrom('users')
        .select(['id', 'display_name', 'role', 'court_id'])
        .where('court_id', 'in', p.courtIds as number[])
        .where('role', 'in', ['judge', 'enforcer'])
        .orderBy('display_name')
        .limit(500)
        .execute();
      return { items: rows.map((r) => ({ id: r.id, name: r.display_name, role: r.role, courtCode: ctx.courts.byId(r.court_id)!.code })) };
    },
  );

  api.post<{ Body: NewUser }>(
    '/users',
    {
      config: { permission: 'user.manage' },
      schema: {
        tags: ['access'],
        summary: '新建用户',
        body: {
          type: 'object',
          required: ['username', 'displayName', 'password', 'role', 'courtCode', 'scope'],
          properties: {
            username: { type: 'string', pattern: '^[a-zA-Z0-9_.-]{2,50}$' },
            displayName: { type: 'string', minLength: 1, maxLength: 50 },
            password: { type: 'string', minLength: 8, maxLength: 200 },
            role: { type: 'string', enum: [...roles] },
            courtCode: { type: 'string' },
            scope: { type: 'string', enum: ['court', 'subtree'] },
            partyIdentity: { type: ['string', 'null'] },
          },
        },
      },
    },
    async (req, res) => {
      return reply(res, req, await createUser(ctx, who(req), req.body), 201);
    },
  );
}
