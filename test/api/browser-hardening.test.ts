import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import type { Clock } from '../../src/platform/clock.ts';
import type { Config } from '../../src/platform/config.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { localDateAt, HOUR_MS, instantAfter } from '../../src/shared/dates.ts';
import { purgeExpiredSessions, sweepSessionsEvery } from '../../src/access/purge-sessions.ts';
import { expectProblem } from './fixtures.ts';

// What a browser is told to refuse (security headers), how the session cookie travels, that the
// web app never holds the token, and that dead sessions do not pile up (issue 7 item 10; ADR 0060).

// A clock the test moves on: sessions expire by the server's clock.
let instant = new Date(TEST_NOW);
const movable: Clock = { now: () => new Date(instant), today: () => localDateAt(instant) };

let app: TestApp;
beforeAll(async () => {
  app = await createTestApp({ seedCases: 0, clock: movable });
});
afterAll(() => app?.close());

const signIn = (a: TestApp, body: Record<string, unknown>, headers: Record<string, string> = {}) =>
  a.server.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: 'admin', password: 'admin-test-password', ...body },
    headers,
  });

describe('security headers', () => {
  it('sends a CSP that allows only our own scripts and forbids framing, with nosniff and no Referer, on every answer', async () => {
    for (const url of ['/api/v1/health', '/api/v1/no-such-route', '/api/v1/auth/me', '/docs']) {
      const res = await app.server.inject({ method: 'GET', url });
      const csp = String(res.headers['content-security-policy']);
      expect(csp, url).toContain("frame-ancestors 'none'");
      expect(csp, url).toContain("script-src 'self'");
      expect(csp, url).toContain("object-src 'none'");
      expect(csp, url).toContain("default-src 'self'");
      expect(csp, url).not.toMatch(/script-src[^;]*unsafe/);
      expect(res.headers['x-content-type-options'], url).toBe('nosniff');
      expect(res.headers['referrer-policy'], url).toBe('no-referrer');
      expect(res.headers['x-frame-options'], url).toBe('DENY');
    }
  });
});

describe('the token', () => {
  it('is not in the body of a sign-in that did not ask for it (the web app): only in the HttpOnly cookie', async () => {
    const res = await signIn(app, {});
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({
      expiresAt: instantAfter(instant, app.config.sessionHours * HOUR_MS).toISOString(),
      mustChangePassword: false,
    });
    expect(res.body).not.toContain(res.cookies.find((c) => c.name === 'zhixing_session')!.value);
  });

  it('is answered to an API client that asks for it, and signs its requests in as a bearer token', async () => {
    const res = await signIn(app, { token: true });
    const token = res.json().token as string;
    expect(token).toBe(res.cookies.find((c) => c.name === 'zhixing_session')!.value);
    const me = await app.server.inject({ method: 'GET', url: '/api/v1/auth/me', headers: { authorization: `Bearer ${token}` } });
    expect(me.json().username).toBe('admin');
  });

  it('is asked for with a boolean, not a string', async () => {
    expectProblem(await signIn(app, { token: 'yes' }), 422, 'validation-failed');
  });
});

describe('the Secure flag of the session cookie', () => {
  const cookieOf = (res: { headers: Record<string, unknown> }) => String(res.headers['set-cookie']);
  const withConfig = async (config: Partial<Config>, fn: (a: TestApp) => Promise<void>) => {
    const a = await createTestApp({ config });
    try {
      await fn(a);
    } finally {
      await a.close();
    }
  };

  it('is left off over plain HTTP, and a client cannot claim HTTPS when no proxy is trusted', async () => {
    expect(cookieOf(await signIn(app, {}))).not.toMatch(/;\s*Secure/i);
    expect(cookieOf(await signIn(app, {}, { 'x-forwarded-proto': 'https' }))).not.toMatch(/;\s*Secure/i);
  });

  it('is set behind a trusted proxy when the proxy says the request came over HTTPS, and cleared alike', async () => {
    await withConfig({ trustProxy: true }, async (a) => {
      const secure = await signIn(a, {}, { 'x-forwarded-proto': 'https' });
      expect(cookieOf(secure)).toMatch(/;\s*Secure/i);
      expect(cookieOf(await signIn(a, {}, { 'x-forwarded-proto': 'http' }))).not.toMatch(/;\s*Secure/i);
      const cookie = secure.cookies.find((c) => c.name === 'zhixing_session')!.value;
      const out = await a.server.inject({
        method: 'POST',
        url: '/api/v1/auth/logout',
        cookies: { zhixing_session: cookie },
        headers: { 'x-forwarded-proto': 'https' },
      });
      expect(cookieOf(out)).toMatch(/zhixing_session=;.*Secure/i);
    });
  });

  it('is always set when the setting says always (TLS ended by a proxy that sends no header)', async () => {
    await withConfig({ cookieSecure: 'always' }, async (a) => {
      expect(cookieOf(await signIn(a, {}))).toMatch(/;\s*Secure/i);
    });
  });

  it('reads its settings from the environment', () => {
    expect(loadConfig({})).toMatchObject({ cookieSecure: 'auto', trustProxy: false, sessionSweepMinutes: 60 });
    expect(loadConfig({ ZHIXING_COOKIE_SECURE: 'always', ZHIXING_TRUST_PROXY: '10.0.0.0/8,127.0.0.1' })).toMatchObject({
      cookieSecure: 'always',
      trustProxy: '10.0.0.0/8,127.0.0.1',
    });
    expect(() => loadConfig({ ZHIXING_COOKIE_SECURE: 'maybe' })).toThrow(/ZHIXING_COOKIE_SECURE/);
  });
});

describe('dead sessions', () => {
  const sessions = () => app.db.selectFrom('sessions').select(['token_hash', 'expires_at', 'revoked_at']).execute();

  it('are purged, expired and signed-out alike, while live sessions stay and still sign in', async () => {
    instant = new Date(TEST_NOW);
    await app.db.deleteFrom('sessions').execute();
    const early = await login(app, 'admin', 'admin-test-password');
    const signedOut = await login(app, 'admin', 'admin-test-password');
    await app.server.inject({ method: 'POST', url: '/api/v1/auth/logout', headers: signedOut });
    instant = instantAfter(instant, (app.config.sessionHours - 1) * HOUR_MS);
    const late = await login(app, 'admin', 'admin-test-password');
    instant = instantAfter(instant, 2 * HOUR_MS); // the first two have expired, the last has not
    expect(await sessions()).toHaveLength(3);

    expect(await purgeExpiredSessions(app)).toEqual({ ok: true, value: { purged: 2 } });
    const left = await sessions();
    expect(left).toHaveLength(1);
    expect(left[0]!.revoked_at).toBeNull();
    expect((await app.server.inject({ method: 'GET', url: '/api/v1/auth/me', headers: late })).statusCode).toBe(200);
    expectProblem(await app.server.inject({ method: 'GET', url: '/api/v1/auth/me', headers: early }), 401, 'unauthenticated');
    expect(await purgeExpiredSessions(app)).toEqual({ ok: true, value: { purged: 0 } });
  });

  it('are swept by the server on a timer, which stops when asked', async () => {
    instant = new Date(TEST_NOW);
    await app.db.deleteFrom('sessions').execute();
    await login(app, 'admin', 'admin-test-password');
    instant = instantAfter(instant, (app.config.sessionHours + 1) * HOUR_MS);
    const errors: unknown[] = [];
    const stop = sweepSessionsEvery(app, 0.001, (e) => errors.push(e)); // every 60 ms
    try {
      for (let i = 0; i < 100 && (await sessions()).length > 0; i++) await new Promise((r) => setTimeout(r, 20));
    } finally {
      await stop();
    }
    expect(await sessions()).toEqual([]);
    expect(errors).toEqual([]);
  });
});
