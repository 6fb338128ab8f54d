import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { client, expectProblem, filingBody, loginAdmin, newIdNumber } from './fixtures.ts';

// User administration cannot widen anyone's reach: users are created within the creator's courts
// with no wider scope, and a party account is bound to an identity only on the evidence of a case.
let app: TestApp;
let courtAdmin: ReturnType<typeof client>;
let admin: ReturnType<typeof client>;
const base = { displayName: '新账户', password: 'a-long-password' };

beforeAll(async () => {
  app = await createTestApp({ seedCases: 20 });
  courtAdmin = client(app, await login(app, 'court-admin'));
  admin = client(app, await loginAdmin(app));
});
afterAll(() => app?.close());

describe('creating users within one’s scope', () => {
  it('refuses a court administrator who asks for a whole-subtree account (403 scope-too-wide)', async () => {
    const res = await courtAdmin.post('/api/v1/users', {
      ...base,
      username: 'wide-admin',
      role: 'administrator',
      courtCode: '粤0703',
      scope: 'subtree',
    });
    expectProblem(res, 403, 'scope-too-wide');
    expect(await app.db.selectFrom('users').select('id').where('username', '=', 'wide-admin').executeTakeFirst()).toBeUndefined();
  });

  it('refuses a court administrator who creates an account at another court (403 court-out-of-scope)', async () => {
    expectProblem(
      await courtAdmin.post('/api/v1/users', { ...base, username: 'elsewhere', role: 'clerk', courtCode: '粤0781', scope: 'court' }),
      403,
      'court-out-of-scope',
    );
  });

  it('lets the national administrator create a subtree coordinator', async () => {
    const res = await admin.post('/api/v1/users', {
      ...base,
      username: 'coord-07',
      role: 'coordinator',
      courtCode: '粤07',
      scope: 'subtree',
    });
    expect(res.statusCode, res.body).toBe(201);
  });
});

describe('binding a party account to an identity', () => {
  it('refuses an identity that is no party to any case of the administrator’s courts (422 party-identity-unproven)', async () => {
    const stranger = newIdNumber('110101');
    const res = await courtAdmin.post('/api/v1/users', {
      ...base,
      username: 'stranger-party',
      role: 'party',
      courtCode: '粤0703',
      scope: 'court',
      partyIdentity: stranger,
    });
    const problem = expectProblem(res, 422, 'party-identity-unproven');
    expect(String(problem.detail)).not.toContain(stranger);
  });

  it('refuses the identity of a party of another court’s case, even for the system (CLI and seed use the same check)', async () => {
    const otherCourt = await client(app, await login(app, 'taishan')).post('/api/v1/cases', filingBody({ courtCode: '粤0781' }));
    expect(otherCourt.statusCode, otherCourt.body).toBe(201);
    const identity = (
      await app.db
        .selectFrom('case_parties')
        .select('id_number')
        .where('case_id', '=', otherCourt.json().id)
        .where('role', '=', 'applicant')
        .executeTakeFirstOrThrow()
    ).id_number!;
    const res = await courtAdmin.post('/api/v1/users', {
      ...base,
      username: 'other-party',
      role: 'party',
      courtCode: '粤0703',
      scope: 'court',
      partyIdentity: identity,
    });
    expectProblem(res, 422, 'party-identity-unproven');
    const viaSystem = await createUser(app, systemPrincipal(app, '命令行'), {
      ...base,
      username: 'no-case-party',
      role: 'party',
      courtCode: '粤0703',
      scope: 'court',
      partyIdentity: newIdNumber('110101'),
    });
    expect(viaSystem).toMatchObject({ ok: false, code: 'party-identity-unproven' });
  });

  it('binds an identity that is a party to one of the court’s cases, names that case in the audit event, and shows that party only their own cases', async () => {
    const filed = await client(app, await login(app, 'judge')).post('/api/v1/cases', filingBody());
    const debtor = await app.db
      .selectFrom('case_parties')
      .select(['id_number', 'credit_code'])
      .where('case_id', '=', filed.json().id)
      .where('role', '=', 'debtor')
      .executeTakeFirstOrThrow();
    const identity = (debtor.id_number ?? debtor.credit_code)!;
    const res = await courtAdmin.post('/api/v1/users', {
      ...base,
      username: 'bound-party',
      role: 'party',
      courtCode: '粤0703',
      scope: 'court',
      partyIdentity: identity,
    });
    expect(res.statusCode, res.body).toBe(201);
    const event = await app.db
      .selectFrom('events')
      .select('changes')
      .where('action', '=', 'user.created')
      .where('entity_id', '=', res.json().id)
      .executeTakeFirstOrThrow();
    expect(event.changes).toMatchObject({ evidence: { caseId: filed.json().id, caseNumber: filed.json().caseNumber } });
    const party = client(app, await login(app, 'bound-party', 'a-long-password'));
    const list = (await party.get('/api/v1/cases?limit=50')).json();
    expect(list.items.map((c: { id: string }) => c.id)).toEqual([filed.json().id]);
  });
});
