import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaff } from '../support/builders/access.builder.ts';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { expectProblem, HOUR, MINUTE, movableClock } from './fixtures.ts';

// Signing in and out: wrong passwords, throttling (never a lockout), session expiry, and the cookie.

const clock = movableClock(TEST_NOW);
let app: TestApp;

beforeAll(async () => {
  app = await createTestApp({
    clock,
    config: { signIn: { attemptsPerAddressPerMinute: 30, failuresPerAccount: 5, failureWindowMinutes: 15 } },
  });
  await buildStaff(app);
});
afterAll(() => app?.close());

const signIn = (username: string, password: string, extra: Record<string, unknown> = {}) =>
  app.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password, ...extra } });
const me = (headers: Record<string, string>) => app.server.inject({ method: 'GET', url: '/api/v1/auth/me', headers });

describe('signing in', () => {
  it('signs a user in and answers who they are', async () => {
    const res = await signIn('judge', 'zhixing-demo', { token: true });
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

describe('throttling instead of locking', () => {
  const from = (address: string) => (username: string, password: string) =>
    app.server.inject({ method: 'POST', url: '/api/v1/auth/login', payload: { username, password }, remoteAddress: address });

  it('never locks an account: five wrong passwords from a stranger elsewhere leave the owner free to sign in', async () => {
    const stranger = from('203.0.113.7');
    for (let i = 0; i < 5; i++) expectProblem(await stranger('enforcer', 'wrong'), 401, 'invalid-credentials');
    const owner = await from('10.1.2.3')('enforcer', 'zhixing-demo');
    expect(owner.statusCode, owner.body).toBe(200);
  });

  it('throttles the sixth wrong password on one account from one address (429 with Retry-After and the local time), then admits again', async () => {
    const guesser = from('198.51.100.9');
    for (let i = 0; i < 5; i++) expectProblem(await guesser('court-admin', 'wrong'), 401, 'invalid-credentials');
    const sixth = await guesser('court-admin', 'zhixing-demo');
    const problem = expectProblem(sixth, 429, 'too-many-attempts');
    expect(Number(sixth.headers['retry-after'])).toBe(15 * 60);
    expect(problem.detail).toBe('尝试次数过多，请于 10:15 后再试');
    clock.advance(15 * MINUTE);
    expect((await guesser('court-admin', 'zhixing-demo')).statusCode).toBe(200);
  });

  it('answers an unknown username exactly as a known one, however often it is tried', async () => {
    const a = from('192.0.2.44');
    const known = [];
    const unknown = [];
    for (let i = 0; i < 7; i++) {
      known.push((await a('head', 'wrong')).statusCode);
      unknown.push((await a('nobody-at-all', 'wrong')).statusCode);
    }
    expect(unknown).toEqual(known);
    expect(known).toEqual([401, 401, 401, 401, 401, 429, 429]);
  });

  it('throttles an address that tries more than thirty sign-ins a minute, whatever the usernames', async () => {
    const spray = from('192.0.2.200');
    const codes = [];
    for (let i = 0; i < 31; i++) codes.push((await spray(`user-${i}`, 'wrong')).statusCode);
    expect(codes.slice(0, 30).every((c) => c === 401)).toBe(true);
    expect(codes[30]).toBe(429);
    expect((await from('192.0.2.201')('judge', 'zhixing-demo')).statusCode).toBe(200);
  });

  it('records every failed attempt, for known and unknown usernames alike, and each success in the audit trail', async () => {
    const rows = await app.db.selectFrom('sign_in_failures').select(['username', 'reason', 'address']).execute();
    expect(rows.filter((r) => r.username === 'nobody-at-all' && r.reason === 'unknown-user').length).toBeGreaterThanOrEqual(5);
    expect(rows.filter((r) => r.username === 'enforcer' && r.reason === 'wrong-password' && r.address === '203.0.113.7')).toHaveLength(5);
    const enforcer = await app.db.selectFrom('users').select('id').where('username', '=', 'enforcer').executeTakeFirstOrThrow();
    const events = await app.db.selectFrom('events').select('action').where('entity_id', '=', enforcer.id).orderBy('seq').execute();
    expect(events.map((e) => e.action).at(-1)).toBe('user.signed-in');
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
    expect(cookie.value).toMatch(/^[A-Za-z0-9_-]{43}$/);
    // The web app never sees the token: it asked for none, so the body carries only the expiry.
    expect(Object.keys(res.json())).toEqual(['expiresAt', 'mustChangePassword']);

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
