import type { AppContext } from '../platform/context.ts';
import { who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { changePassword } from './change-password.ts';
import { listOwnSessions, signOutOtherSessions, signOutSession } from './own-sessions.ts';
import { listUsers } from './list-users.ts';
import { setUserDisabled } from './user-status.ts';
import { resetPassword } from './reset-password.ts';
import { assignCourt } from './assign-court.ts';
import * as contract from './accounts.contract.ts';

// The account pages' routes: one's own password and sessions, and user administration.
export async function accountRoutes(api: Api, ctx: AppContext) {
  api.post('/auth/password', { config: { permission: 'signed-in' }, schema: schemaOf(contract.changePassword) }, async (req, res) =>
    send(res, req, contract.changePassword, await changePassword(ctx, who(req), req.body, { address: req.ip })),
  );

  api.get('/auth/sessions', { config: { permission: 'signed-in' }, schema: schemaOf(contract.listSessions) }, async (req, res) =>
    send(res, req, contract.listSessions, await listOwnSessions(ctx, who(req))),
  );

  api.post(
    '/auth/sessions/:id/sign-out',
    { config: { permission: 'signed-in' }, schema: schemaOf(contract.signOutSession) },
    async (req, res) => {
      const r = await signOutSession(ctx, who(req), req.params.id);
      return r.ok ? res.code(204).send() : send(res, req, contract.signOutSession, r);
    },
  );

  api.post(
    '/auth/sessions/sign-out-others',
    { config: { permission: 'signed-in' }, schema: schemaOf(contract.signOutOthers) },
    async (req, res) => send(res, req, contract.signOutOthers, await signOutOtherSessions(ctx, who(req))),
  );

  api.get('/users', { config: { permission: 'user.manage' }, schema: schemaOf(contract.listUsers) }, async (req, res) =>
    send(res, req, contract.listUsers, await listUsers(ctx, who(req), req.query)),
  );

  api.post('/users/:id/disable', { config: { permission: 'user.manage' }, schema: schemaOf(contract.disableUser) }, async (req, res) =>
    send(res, req, contract.disableUser, await setUserDisabled(ctx, who(req), req.params.id, true)),
  );

  api.post('/users/:id/enable', { config: { permission: 'user.manage' }, schema: schemaOf(contract.enableUser) }, async (req, res) =>
    send(res, req, contract.enableUser, await setUserDisabled(ctx, who(req), req.params.id, false)),
  );

  api.post('/users/:id/password', { config: { permission: 'user.manage' }, schema: schemaOf(contract.resetPassword) }, async (req, res) =>
    send(res, req, contract.resetPassword, await resetPassword(ctx, who(req), req.params.id, req.body.password)),
  );

  api.post('/users/:id/court', { config: { permission: 'user.manage' }, schema: schemaOf(contract.assignCourt) }, async (req, res) =>
    send(res, req, contract.assignCourt, await assignCourt(ctx, who(req), req.params.id, req.body)),
  );
}
