import type { AppContext } from '../platform/context.ts';
import { sessionToken, SESSION_COOKIE, who, type Api } from '../http/route-kit.ts';
import { schemaOf, send } from '../http/operation.ts';
import { success } from '../shared/result.ts';
import { signIn, signOut } from './sign-in.ts';
import { createUser } from './create-user.ts';
import { currentUser } from './current-user.ts';
import { listOfficers } from './list-officers.ts';
import * as contract from './access.contract.ts';

/** The Secure flag of the session cookie: by the setting, or (auto) when the request came over HTTPS. */
const cookieSecure = (setting: 'auto' | 'always' | 'never', protocol: string): boolean =>
  setting === 'always' || (setting === 'auto' && protocol === 'https');

export async function accessRoutes(api: Api, ctx: AppContext) {
  api.post('/auth/login', { config: { permission: 'anyone' }, schema: schemaOf(contract.login) }, async (req, res) => {
    const result = await signIn(ctx, req.body.username, req.body.password, { address: req.ip, userAgent: req.headers['user-agent'] });
    if (!result.ok) return send(res, req, contract.login, result);
    res.setCookie(SESSION_COOKIE, result.value.token, {
      httpOnly: true,
      sameSite: 'strict',
      path: '/',
      secure: cookieSecure(ctx.config.cookieSecure, req.protocol),
      // A lifetime, not an instant: the browser judges it by its own clock, which need not be ours.
      maxAge: ctx.config.sessionHours * 3600,
    });
    // The web app never sees the token (a script injected into the page could not take it away);
    // an API client asks for it.
    const { token, mustChangePassword } = result.value;
    const expiresAt = result.value.expiresAt.toISOString();
    return send(
      res,
      req,
      contract.login,
      success(req.body.token === true ? { token, expiresAt, mustChangePassword } : { expiresAt, mustChangePassword }),
    );
  });

  api.post('/auth/logout', { config: { permission: 'signed-in' }, schema: schemaOf(contract.logout) }, async (req, res) => {
    const token = sessionToken(req);
    if (token) await signOut(ctx, token);
    res.clearCookie(SESSION_COOKIE, { path: '/', secure: cookieSecure(ctx.config.cookieSecure, req.protocol) });
    return res.code(204).send();
  });

  api.get('/auth/me', { config: { permission: 'signed-in' }, schema: schemaOf(contract.me) }, async (req, res) =>
    send(res, req, contract.me, currentUser(ctx, who(req))),
  );

  api.get('/users/officers', { config: { permission: 'case.read' }, schema: schemaOf(contract.officers) }, async (req, res) =>
    send(res, req, contract.officers, await listOfficers(ctx, who(req))),
  );

  api.post('/users', { config: { permission: 'user.manage' }, schema: schemaOf(contract.createUser) }, async (req, res) =>
    send(res, req, contract.createUser, await createUser(ctx, who(req), req.body)),
  );
}
