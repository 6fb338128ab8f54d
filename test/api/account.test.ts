import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { buildStaff } from '../support/builders/access.builder.ts';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, loginAdmin } from './fixtures.ts';

// One's own account: changing the password with the current one, and the list of one's sessions
// with signing out the others. (User administration: account-admin.test.ts.)

let app: TestApp;
const PASSWORD = 'first-password-1';

beforeAll(async () => {
  app = await createTestApp({ config: { signIn: { attemptsPerAddressPerMinute: 300, failuresPerAccount: 5, failureWindowMinutes: 15 } } });
  await buildStaff(app);
});
afterAll(() => app?.close());

async function account(username: string): Promise<string> {
  const r = await createUser(app, systemPrincipal(app, '测试数据'), {
    username,
    displayName: `${username} 测试`,
    password: PASSWORD,
    role: 'clerk',
    courtCode: '粤0703',
    scope: 'court',
  });
  if (!r.ok) throw new Error(r.code);
  return r.value.id;
}

const signInAs = (username: string, password: string, userAgent = 'test-agent/1.0', address = '127.0.0.1') =>
  app.server.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password, token: true },
    headers: { 'user-agent': userAgent },
    remoteAddress: address,
  });

const events = (userId: string, action: string) =>
  app.db
    .selectFrom('events')
    .select(['actor_id', 'actor_name', 'changes'])
    .where('entity_id', '=', userId)
    .where('action', '=', action)
    .execute();

const hashOf = async (id: string) =>
  (await app.db.selectFrom('users').select('password_hash').where('id', '=', id).executeTakeFirstOrThrow()).password_hash;

describe('changing one’s own password', () => {
  it('refuses a wrong current password (422 wrong-current-password) and changes nothing', async () => {
    const id = await account('pw-wrong');
    const me = client(app, await login(app, 'pw-wrong', PASSWORD));
    const before = await hashOf(id);
    const res = await me.post('/api/v1/auth/password', { currentPassword: 'not-it-at-all', newPassword: 'second-password-2' });
    const problem = expectProblem(res, 422, 'wrong-current-password');
    expect(problem.title).toBe('当前密码不正确');
    expect(String(problem.detail)).toContain('密码未修改');
    expect(await hashOf(id)).toBe(before);
    expect(await events(id, 'user.password-changed')).toEqual([]);
    expect((await signInAs('pw-wrong', PASSWORD)).statusCode).toBe(200);
  });

  it('refuses a new password the policy does not allow (422 weak-password), with the reason in Chinese', async () => {
    await account('pw-weak');
    const me = client(app, await login(app, 'pw-weak', PASSWORD));
    const cases: [string, string][] = [
      ['short-1', '密码至少 8 位'],
      [PASSWORD, '新密码不能与当前密码相同'],
      ['pw-weak', '密码至少 8 位'],
      ['aaaaaaaaaa', '密码过于简单：至少包含 3 个不同的字符'],
      [' padded-password ', '密码首尾不能有空格'],
      // Allowed (and so the last): the username in another case, with more after it.
      ['PW-WEAK-x', ''],
    ];
    for (const [newPassword, detail] of cases) {
      const res = await me.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword });
      if (!detail) {
        expect(res.statusCode, res.body).toBe(200);
        continue;
      }
      expect(expectProblem(res, 422, 'weak-password').detail).toBe(detail);
    }
  });

  it('refuses a new password equal to the username', async () => {
    await account('same-as-name');
    const me = client(app, await login(app, 'same-as-name', PASSWORD));
    const res = await me.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'Same-As-Name' });
    expect(expectProblem(res, 422, 'weak-password').detail).toBe('密码不能与用户名相同');
  });

  it('changes the password, signs the other sessions out, keeps this one, and records who did it', async () => {
    const id = await account('pw-change');
    const here = client(app, await login(app, 'pw-change', PASSWORD));
    const elsewhere = client(app, await login(app, 'pw-change', PASSWORD));
    const res = await here.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'second-password-2' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ otherSessionsEnded: 1 });
    expect((await here.get('/api/v1/auth/me')).statusCode).toBe(200);
    expectProblem(await elsewhere.get('/api/v1/auth/me'), 401, 'unauthenticated');
    expectProblem(await signInAs('pw-change', PASSWORD), 401, 'invalid-credentials');
    expect((await signInAs('pw-change', 'second-password-2')).statusCode).toBe(200);
    const [event] = await events(id, 'user.password-changed');
    expect(event).toMatchObject({ actor_id: id, actor_name: 'pw-change 测试', changes: { otherSessionsEnded: 1 } });
    expect(JSON.stringify(event)).not.toContain('second-password-2');
  });

  it('throttles guessing of the current password: the sixth try is refused with the local time to try again', async () => {
    await account('pw-guess');
    const me = client(app, await login(app, 'pw-guess', PASSWORD));
    for (let i = 0; i < 5; i++)
      expectProblem(
        await me.post('/api/v1/auth/password', { currentPassword: `guess-${i}-x`, newPassword: 'second-password-2' }),
        422,
        'wrong-current-password',
      );
    const res = await me.post('/api/v1/auth/password', { currentPassword: PASSWORD, newPassword: 'second-password-2' });
    const problem = expectProblem(res, 429, 'too-many-attempts');
    // TEST_NOW is 10:00 in Asia/Shanghai; fifteen minutes on.
    expect(problem.detail).toBe('尝试次数过多，请于 10:15 后再试');
    expect(problem.title).toBe('尝试次数过多，请稍后再试');
    expect(Number(res.headers['retry-after'])).toBe(15 * 60);
  });
});

describe('the list of one’s sessions', () => {
  it('shows each session with when and where it was opened, and which one is in use', async () => {
    await account('devices');
    const phone = await signInAs('devices', PASSWORD, 'Mozilla/5.0 (iPhone) Mobile', '10.0.0.8');
    const desk = await signInAs('devices', PASSWORD, 'Mozilla/5.0 (Windows NT 10.0)', '10.0.0.9');
    const me = client(app, { authorization: `Bearer ${desk.json().token}` });
    expect(phone.statusCode).toBe(200);
    const res = await me.get('/api/v1/auth/sessions');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { current: boolean; address: string; userAgent: string; createdAt: string; lastSeenAt: string }[];
    expect(items).toHaveLength(2);
    expect(items.find((s) => s.current)).toMatchObject({ address: '10.0.0.9', userAgent: 'Mozilla/5.0 (Windows NT 10.0)' });
    expect(items.find((s) => !s.current)).toMatchObject({ address: '10.0.0.8', userAgent: 'Mozilla/5.0 (iPhone) Mobile' });
    expect(items[0]!.createdAt).toBe('2026-11-26T02:00:00.000Z');
    expect(items[0]!.lastSeenAt).toBe('2026-11-26T02:00:00.000Z');
    expect(JSON.stringify(items)).not.toContain(desk.json().token);
  });

  it('signs out one other session, which is refused at once; not the one in use, nor anyone else’s', async () => {
    const id = await account('one-out');
    const other = client(app, await login(app, 'one-out', PASSWORD));
    const me = client(app, await login(app, 'one-out', PASSWORD));
    const items = (await me.get('/api/v1/auth/sessions')).json().items as { id: string; current: boolean }[];
    const current = items.find((s) => s.current)!;
    const theOther = items.find((s) => !s.current)!;

    expectProblem(await me.post(`/api/v1/auth/sessions/${current.id}/sign-out`), 409, 'current-session');
    const judge = client(app, await login(app, 'judge'));
    expectProblem(await judge.post(`/api/v1/auth/sessions/${theOther.id}/sign-out`), 404, 'session-not-found');
    expect((await other.get('/api/v1/auth/me')).statusCode).toBe(200);

    const res = await me.post(`/api/v1/auth/sessions/${theOther.id}/sign-out`);
    expect(res.statusCode, res.body).toBe(204);
    expectProblem(await other.get('/api/v1/auth/me'), 401, 'unauthenticated');
    expect((await me.get('/api/v1/auth/me')).statusCode).toBe(200);
    expectProblem(await me.post(`/api/v1/auth/sessions/${theOther.id}/sign-out`), 404, 'session-not-found');
    expect(await events(id, 'session.signed-out')).toHaveLength(1);
  });

  it('signs out every other session at once', async () => {
    const id = await account('all-out');
    const others = [client(app, await login(app, 'all-out', PASSWORD)), client(app, await login(app, 'all-out', PASSWORD))];
    const me = client(app, await login(app, 'all-out', PASSWORD));
    const res = await me.post('/api/v1/auth/sessions/sign-out-others');
    expect(res.json()).toEqual({ ended: 2 });
    for (const o of others) expectProblem(await o.get('/api/v1/auth/me'), 401, 'unauthenticated');
    expect((await me.get('/api/v1/auth/sessions')).json().items).toHaveLength(1);
    expect(await events(id, 'session.others-signed-out')).toMatchObject([{ changes: { count: 2 } }]);
  });

  it('is the caller’s own: the administrator too sees only their sessions', async () => {
    const admin = client(app, await loginAdmin(app));
    const items = (await admin.get('/api/v1/auth/sessions')).json().items as unknown[];
    expect(items).toHaveLength(1);
  });
});
