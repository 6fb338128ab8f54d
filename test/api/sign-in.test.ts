import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { expectProblem, HOUR, MINUTE, movableClock } from './fixtures.ts';

// Signing in and out: wrong passwords, the fifteen-minute lock, session expiry, and the cookie.

const clock = movableClock(TEST_NOW);
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({ seedCases: 50, clock });
});
afterAll(() => app?.close());

const signIn = (username: string, password: string) =>
  app.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password } });
const me = (headers: Record<string, string>) => app.server.inject({ method: 'GET', url: '/api/v1/auth/me', headers });

describe('signing in', () => {
  it('signs a user in and answers who they are', async () => {
    const res = await signIn('judge', 'zhixing-demo');
    expect(res.statusCode).toBe(200);
    const { token, expiresAt } = res.json();
    expect(token).toMatch(/^[A-Za-z0-9_-]{40,}$/);
    expect(expiresAt).toBe(new Date(clock.now().getTime() + app.config.sessionHours * HOUR).toISOString());
    const who = await me({ authorization: `Bearer ${token}` });
    expect(who.statusCode).toBe(200);
    expect(who.json()).toMatchObject({ username: 'judge', role: 'judge', roleName: '执行法官', court: { code: '粤0703' }, scope: 'court' });
  });

  it('refuses a wrong password (401 invalid-credentials)', async () => {
    expectProblem(await signIn('clerk', 'wrong-password'), 401, 'invalid-credentials');
  });

  it('refuses an unknown user with the same answer as a wrong password', async () => {
    const res = expectProblem(await signIn('nobody-here', 'zhixing-demo'), 401, 'invalid-credentials');
    expect(res.detail).toBeUndefined();
  });

  it('refuses a request with no token (401 unauthenticated) or a made-up one', async () => {
    expectProblem(await me({}), 401, 'unauthenticated');
    expectProblem(await me({ authorization: 'Bearer made-up-token' }), 401, 'unauthenticated');
  });

  it('forgets earlier wrong passwords once the right one is given', async () => {
    for (let i = 0; i < 4; i++) expectProblem(await signIn('head', 'wrong'), 401, 'invalid-credentials');
    expect((await signIn('head', 'zhixing-demo')).statusCode).toBe(200);
    for (let i = 0; i < 4; i++) expectProblem(await signIn('head', 'wrong'), 401, 'invalid-credentials');
    expect((await signIn('head', 'zhixing-demo')).statusCode).toBe(200);
  });
});

describe('locking an account after five wrong passwords', () => {
  it('locks the account on the fifth wrong password (423 account-locked), refuses even the right password, and unlocks after fifteen minutes', async () => {
    for (let i = 0; i < 4; i++) expectProblem(await signIn('enforcer', 'wrong'), 401, 'invalid-credentials');
    expectProblem(await signIn('enforcer', 'wrong'), 423, 'account-locked');
    expectProblem(await signIn('enforcer', 'zhixing-demo'), 423, 'account-locked');

    clock.advance(14 * MINUTE + 59_000);
    expectProblem(await signIn('enforcer', 'zhixing-demo'), 423, 'account-locked');

    clock.advance(1_000);
    const res = await signIn('enforcer', 'zhixing-demo');
    expect(res.statusCode, res.body).toBe(200);
  });

  it('locks the account even when ten wrong passwords arrive at the same moment', async () => {
    const answers = await Promise.all(Array.from({ length: 10 }, () => signIn('court-admin', 'wrong')));
    const codes = answers.map((r) => r.json().code as string).sort();
    expect(codes).toEqual([...Array(6).fill('account-locked'), ...Array(4).fill('invalid-credentials')]);
    expectProblem(await signIn('court-admin', 'zhixing-demo'), 423, 'account-locked');
    clock.advance(15 * MINUTE);
    expect((await signIn('court-admin', 'zhixing-demo')).statusCode).toBe(200);
  });

  it('records the failures and the lock in the audit trail of the user’s court', async () => {
    const enforcer = await app.db.selectFrom('users').select('id').where('username', '=', 'enforcer').executeTakeFirstOrThrow();
    const events = await app.db.selectFrom('events').select('action').where('entity_id', '=', enforcer.id).orderBy('seq').execute();
    const actions = events.map((e) => e.action);
    expect(actions.filter((a) => a === 'user.sign-in-failed')).toHaveLength(4);
    expect(actions).toContain('user.locked');
    expect(actions.at(-1)).toBe('user.signed-in');
  });
});

describe('sessions', () => {
  it('ends a session after the configured number of hours', async () => {
    const auth = await login(app, 'coordinator');
    clock.advance(app.config.sessionHours * HOUR - 1_000);
    expect((await me(auth)).statusCode).toBe(200);
    clock.advance(1_000);
    expectProblem(await me(auth), 401, 'unauthenticated');
  });

  it('revokes the token on sign-out, and only that token', async () => {
    const first = await login(app, 'taishan');
    const second = await login(app, 'taishan');
    const out = await app.server.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: first });
    expect(out.statusCode).toBe(204);
    expectProblem(await me(first), 401, 'unauthenticated');
    expect((await me(second)).statusCode).toBe(200);
  });

  it('sets an HttpOnly session cookie that alone signs later requests in, and clears it on sign-out', async () => {
    const res = await signIn('clerk', 'zhixing-demo');
    expect(res.statusCode).toBe(200);
    const setCookie = String(res.headers['set-cookie']);
    expect(setCookie).toMatch(/^zhixing_session=[^;]+;/);
    expect(setCookie).toMatch(/HttpOnly/i);
    expect(setCookie).toMatch(/SameSite=Strict/i);
    // A lifetime the browser counts on its own clock, never an instant of ours that it may already have passed.
    expect(setCookie).toMatch(new RegExp(`Max-Age=${app.config.sessionHours * 3600}(;|$)`));
    expect(setCookie).not.toMatch(/Expires=/i);
    const cookie = res.cookies.find((c) => c.name === 'zhixing_session')!;
    expect(cookie.value).toBe(res.json().token);

    const who = await app.server.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { zhixing_session: cookie.value } });
    expect(who.statusCode, who.body).toBe(200);
    expect(who.json().username).toBe('clerk');
    const list = await app.server.inject({ method: 'GET', url: '/api/v1/cases?limit=1', cookies: { zhixing_session: cookie.value } });
    expect(list.statusCode).toBe(200);

    const out = await app.server.inject({ method: 'POST', url: '/api/v1/auth/logout', cookies: { zhixing_session: cookie.value } });
    expect(out.statusCode).toBe(204);
    expect(String(out.headers['set-cookie'])).toMatch(/zhixing_session=;/);
    expectProblem(
      await app.server.inject({ method: 'GET', url: '/api/v1/auth/me', cookies: { zhixing_session: cookie.value } }),
      401,
      'unauthenticated',
    );
  });
});
