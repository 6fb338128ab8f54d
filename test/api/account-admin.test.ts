import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import type { Role } from '../../src/access/access.types.ts';
import { buildStaff } from '../support/builders/access.builder.ts';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, loginAdmin } from './fixtures.ts';

// User administration within the administrator's scope: the list, disabling and enabling,
// temporary passwords that must be changed, and courts. Each change is an audit event naming
// who made it; nothing reaches beyond the administrator's courts.

let app: TestApp;
let staff: Record<string, string>;
let courtAdmin: ReturnType<typeof client>;
let admin: ReturnType<typeof client>;
const PASSWORD = 'first-password-1';

beforeAll(async () => {
  app = await createTestApp();
  staff = await buildStaff(app);
  courtAdmin = client(app, await login(app, 'court-admin'));
  admin = client(app, await loginAdmin(app));
});
afterAll(() => app?.close());

async function account(username: string, role: Role = 'clerk', courtCode = '粤0703'): Promise<string> {
  const r = await createUser(app, systemPrincipal(app, '测试数据'), {
    username,
    displayName: `${username} 测试`,
    password: PASSWORD,
    role,
    courtCode,
    scope: 'court',
  });
  if (!r.ok) throw new Error(r.code);
  return r.value.id;
}

const userRow = (id: string) =>
  app.db
    .selectFrom('users')
    .select(['disabled', 'must_change_password', 'court_id', 'scope', 'password_hash'])
    .where('id', '=', id)
    .executeTakeFirstOrThrow();
const events = (id: string, action: string) =>
  app.db
    .selectFrom('events')
    .select(['actor_name', 'changes', 'court_id'])
    .where('entity_id', '=', id)
    .where('action', '=', action)
    .execute();

describe('the list of users', () => {
  it('shows a court administrator the accounts of their court only, by court and username', async () => {
    const res = await courtAdmin.get('/api/v1/users?limit=200');
    expect(res.statusCode, res.body).toBe(200);
    const { total, items } = res.json() as { total: number; items: { username: string; court: { code: string }; roleName: string }[] };
    expect(items.every((u) => u.court.code === '粤0703')).toBe(true);
    expect(items.map((u) => u.username)).toEqual(expect.arrayContaining(['judge', 'clerk', 'court-admin']));
    expect(items.map((u) => u.username)).not.toContain('taishan');
    expect(total).toBe(items.length);
    expect(items.find((u) => u.username === 'judge')!.roleName).toBe('执行法官');
  });

  it('filters by role and by text, and pages', async () => {
    const judges = (await courtAdmin.get('/api/v1/users?role=judge')).json();
    expect(judges.items.map((u: { username: string }) => u.username)).toEqual(['judge']);
    const byName = (await courtAdmin.get(`/api/v1/users?q=${encodeURIComponent('王芳')}`)).json();
    expect(byName.items.map((u: { username: string }) => u.username)).toEqual(['clerk']);
    const percent = (await courtAdmin.get(`/api/v1/users?q=${encodeURIComponent('%')}`)).json();
    expect(percent.total).toBe(0);
    const page1 = (await admin.get('/api/v1/users?limit=2')).json();
    const page2 = (await admin.get('/api/v1/users?limit=2&offset=2')).json();
    expect(page1.items).toHaveLength(2);
    expect(page1.total).toBeGreaterThan(4);
    expect(page2.items[0].username).not.toBe(page1.items[0].username);
    const taishan = (await admin.get(`/api/v1/users?court=${encodeURIComponent('粤0781')}`)).json();
    expect(taishan.items.map((u: { username: string }) => u.username)).toContain('taishan');
  });

  it('refuses a court outside the administrator’s scope (403 court-out-of-scope), an unknown one, and non-administrators', async () => {
    expectProblem(await courtAdmin.get(`/api/v1/users?court=${encodeURIComponent('粤0781')}`), 403, 'court-out-of-scope');
    expectProblem(await courtAdmin.get('/api/v1/users?court=XX99'), 422, 'unknown-court');
    expectProblem(await client(app, await login(app, 'judge')).get('/api/v1/users'), 403, 'forbidden');
  });
});

describe('disabling and enabling an account', () => {
  it('ends the account’s sessions at once, refuses its sign-in, and records who disabled it', async () => {
    const id = await account('to-disable');
    const session = client(app, await login(app, 'to-disable', PASSWORD));
    expect((await session.get('/api/v1/auth/me')).statusCode).toBe(200);
    const res = await courtAdmin.post(`/api/v1/users/${id}/disable`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ username: 'to-disable', disabled: true });
    expectProblem(await session.get('/api/v1/auth/me'), 401, 'unauthenticated');
    const signIn = await app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'to-disable', password: PASSWORD },
    });
    expectProblem(signIn, 401, 'invalid-credentials');
    expect(await events(id, 'user.disabled')).toMatchObject([{ actor_name: '周敏（蓬江法院管理员）', changes: { sessionsEnded: 1 } }]);

    expect((await courtAdmin.post(`/api/v1/users/${id}/enable`)).json()).toMatchObject({ disabled: false });
    // The old session stays ended; a new sign-in works.
    expectProblem(await session.get('/api/v1/auth/me'), 401, 'unauthenticated');
    expect((await client(app, await login(app, 'to-disable', PASSWORD)).get('/api/v1/auth/me')).statusCode).toBe(200);
    expect(await events(id, 'user.enabled')).toHaveLength(1);
  });

  it('refuses an administrator who disables themselves (409 own-account)', async () => {
    const problem = expectProblem(await courtAdmin.post(`/api/v1/users/${staff['court-admin']}/disable`), 409, 'own-account');
    expect(problem.detail).toBe('不能停用或启用本人的账户');
    expect((await userRow(staff['court-admin']!)).disabled).toBe(false);
  });

  it('refuses to disable the last enabled administrator of a court (409 last-administrator), and allows it once there is another', async () => {
    const only = await account('only-admin', 'administrator', '粤0781');
    const problem = expectProblem(await admin.post(`/api/v1/users/${only}/disable`), 409, 'last-administrator');
    expect(problem.detail).toContain('台山');
    expect((await userRow(only)).disabled).toBe(false);
    await account('second-admin', 'administrator', '粤0781');
    expect((await admin.post(`/api/v1/users/${only}/disable`)).statusCode).toBe(200);
  });

  it('refuses an account of a court outside the administrator’s scope (403 court-out-of-scope), and one wider than theirs', async () => {
    expectProblem(await courtAdmin.post(`/api/v1/users/${staff.taishan}/disable`), 403, 'court-out-of-scope');
    expect((await userRow(staff.taishan!)).disabled).toBe(false);
    const wide = await createUser(app, systemPrincipal(app, '测试数据'), {
      username: 'wide-here',
      displayName: '本院及下级',
      password: PASSWORD,
      role: 'judge',
      courtCode: '粤0703',
      scope: 'subtree',
    });
    if (!wide.ok) throw new Error(wide.code);
    expectProblem(await courtAdmin.post(`/api/v1/users/${wide.value.id}/disable`), 403, 'scope-too-wide');
    expectProblem(await courtAdmin.post('/api/v1/users/00000000-0000-4000-8000-000000000000/disable'), 404, 'user-not-found');
  });
});

describe('resetting a password', () => {
  it('sets a temporary password, ends the sessions, and lets the user do nothing but change it at the next sign-in', async () => {
    const id = await account('forgot');
    const old = client(app, await login(app, 'forgot', PASSWORD));
    const res = await courtAdmin.post(`/api/v1/users/${id}/password`, { password: 'temporary-pass-1' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ mustChangePassword: true });
    expectProblem(await old.get('/api/v1/auth/me'), 401, 'unauthenticated');
    expect(await events(id, 'user.password-reset')).toMatchObject([
      { actor_name: '周敏（蓬江法院管理员）', changes: { mustChangePassword: true } },
    ]);

    const signIn = await app.server.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: 'forgot', password: 'temporary-pass-1', token: true },
    });
    expect(signIn.json()).toMatchObject({ mustChangePassword: true });
    const user = client(app, { authorization: `Bearer ${signIn.json().token}` });
    expect((await user.get('/api/v1/auth/me')).json()).toMatchObject({ mustChangePassword: true, permissions: ['signed-in'] });
    expectProblem(await user.get('/api/v1/cases'), 403, 'forbidden');
    const refused = expectProblem(await user.get('/api/v1/users/officers'), 403, 'forbidden');
    expect(String(refused.detail)).toContain('请先修改密码');

    const changed = await user.post('/api/v1/auth/password', { currentPassword: 'temporary-pass-1', newPassword: 'my-own-password-9' });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await user.get('/api/v1/auth/me')).json()).toMatchObject({ mustChangePassword: false });
    expect((await user.get('/api/v1/cases')).statusCode).toBe(200);
    expect((await userRow(id)).must_change_password).toBe(false);
  });

  it('refuses a temporary password the policy does not allow, one’s own account, and an account out of scope; nothing changes', async () => {
    const id = await account('reset-refused');
    const before = (await userRow(id)).password_hash;
    expect(expectProblem(await courtAdmin.post(`/api/v1/users/${id}/password`, { password: 'short' }), 422, 'weak-password').detail).toBe(
      '密码至少 8 位',
    );
    expectProblem(
      await courtAdmin.post(`/api/v1/users/${staff['court-admin']}/password`, { password: 'temporary-pass-1' }),
      409,
      'own-account',
    );
    expectProblem(
      await courtAdmin.post(`/api/v1/users/${staff.coordinator}/password`, { password: 'temporary-pass-1' }),
      403,
      'court-out-of-scope',
    );
    expect((await userRow(id)).password_hash).toBe(before);
    expect((await userRow(staff.coordinator!)).must_change_password).toBe(false);
  });
});

describe('assigning courts', () => {
  it('moves an account to another court of the administrator’s scope, which the account sees at once', async () => {
    const id = await account('mover');
    const mover = client(app, await login(app, 'mover', PASSWORD));
    const res = await admin.post(`/api/v1/users/${id}/court`, { courtCode: '粤0781', scope: 'court' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ court: { code: '粤0781' }, scope: 'court' });
    expect((await mover.get('/api/v1/auth/me')).json()).toMatchObject({ court: { code: '粤0781' } });
    expect(await events(id, 'user.court-assigned')).toMatchObject([
      { actor_name: '系统管理员', changes: { court: { before: '粤0703', after: '粤0781' }, scope: { before: 'court', after: 'court' } } },
    ]);
  });

  it('refuses a court outside the administrator’s scope and a scope wider than theirs; nothing changes', async () => {
    const id = await account('stays');
    const before = await userRow(id);
    const out = expectProblem(
      await courtAdmin.post(`/api/v1/users/${id}/court`, { courtCode: '粤0781', scope: 'court' }),
      403,
      'court-out-of-scope',
    );
    expect(out.detail).toContain('不在您的管理范围内');
    expectProblem(await courtAdmin.post(`/api/v1/users/${id}/court`, { courtCode: '粤0703', scope: 'subtree' }), 403, 'scope-too-wide');
    expectProblem(await courtAdmin.post(`/api/v1/users/${id}/court`, { courtCode: 'XX99', scope: 'court' }), 422, 'unknown-court');
    expectProblem(
      await courtAdmin.post(`/api/v1/users/${staff['court-admin']}/court`, { courtCode: '粤0703', scope: 'court' }),
      409,
      'own-account',
    );
    expect(await userRow(id)).toEqual(before);
    expect(await events(id, 'user.court-assigned')).toEqual([]);
  });

  it('refuses to take the last administrator away from a court (409 last-administrator)', async () => {
    const lone = await account('lone-admin', 'administrator', '粤0784');
    expectProblem(await admin.post(`/api/v1/users/${lone}/court`, { courtCode: '粤0703', scope: 'court' }), 409, 'last-administrator');
    expect((await userRow(lone)).court_id).toBe(app.courts.byCode('粤0784')!.id);
  });
});
