import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, newIdNumber } from './fixtures.ts';
import { flushPersonalDataReads } from '../../src/access/personal-data-log.ts';

// Who sees ID numbers in full (issue 7 item 9; ADR 0061): the roles that handle cases do, and each
// such read is logged; the court administrator and the coordinator see them masked unless they open
// a case's identities on purpose, with a reason, which is logged; a search by ID number is logged;
// no problem answer echoes a searched number.

let app: TestApp;
let as: Record<'judge' | 'clerk' | 'head' | 'courtAdmin' | 'coordinator' | 'party' | 'taishan', ReturnType<typeof client>>;
let caseId: string;
let debtorId: string;
let otherCourtCase: string;

beforeAll(async () => {
  app = await createTestApp({ seedCases: 10 });
  const c = async (u: string) => client(app, await login(app, u));
  as = {
    judge: await c('judge'),
    clerk: await c('clerk'),
    head: await c('head'),
    courtAdmin: await c('court-admin'),
    coordinator: await c('coordinator'),
    party: await c('party'),
    taishan: await c('taishan'),
  };
  debtorId = newIdNumber();
  const filed = await as.judge.post('/api/v1/cases', filingBody({ debtors: [{ kind: 'person', name: '周大海', idNumber: debtorId }] }));
  expect(filed.statusCode, filed.body).toBe(201);
  caseId = filed.json().id;
  const other = await as.taishan.post('/api/v1/cases', filingBody({ courtCode: '粤0781' }));
  otherCourtCase = other.json().id;
});
afterAll(() => app?.close());

// Detail reads are logged write-behind (ADR 0020): flushed before they are counted.
const reads = async (purpose: string) => {
  await flushPersonalDataReads(app);
  return app.db.selectFrom('personal_data_reads').select(['case_id', 'user_id']).where('purpose', '=', purpose).orderBy('id').execute();
};
const userId = async (username: string) =>
  (await app.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;
const events = (action: string) =>
  app.db.selectFrom('events').select(['actor_id', 'entity_id', 'changes', 'case_id']).where('action', '=', action).orderBy('seq').execute();
const identitiesOf = (c: { applicants: { idNumber?: string; creditCode?: string }[]; debtors: typeof c.applicants }) =>
  [...c.applicants, ...c.debtors].map((p) => p.idNumber ?? p.creditCode!);

describe('case details', () => {
  it('show the roles that handle cases every number in full, and log each such read', async () => {
    for (const [who, username] of [
      [as.judge, 'judge'],
      [as.clerk, 'clerk'],
      [as.head, 'head'],
    ] as const) {
      const before = (await reads('case.detail')).length;
      const c = (await who.get(`/api/v1/cases/${caseId}`)).json();
      expect(identitiesOf(c)).toContain(debtorId);
      expect(c.debtors[0].birthDate).toBeDefined();
      const after = await reads('case.detail');
      expect(after).toHaveLength(before + 1);
      expect(after.at(-1)).toEqual({ case_id: caseId, user_id: await userId(username) });
    }
  });

  it('show the court administrator and the coordinator every number masked, with nothing decoded from it, and log no read', async () => {
    const before = (await reads('case.detail')).length;
    for (const who of [as.courtAdmin, as.coordinator]) {
      const res = await who.get(`/api/v1/cases/${caseId}`);
      expect(res.statusCode).toBe(200);
      const c = res.json();
      for (const id of identitiesOf(c)) expect(id).toMatch(/^.{6}\*+.{4}$/);
      expect(res.body).not.toContain(debtorId);
      expect(c.debtors[0]).not.toHaveProperty('birthDate');
      expect(c.debtors[0]).not.toHaveProperty('sex');
    }
    expect(await reads('case.detail')).toHaveLength(before);
  });

  it('offer the permissions that say so to the web app', async () => {
    expect((await as.courtAdmin.get('/api/v1/auth/me')).json().permissions).toEqual(expect.arrayContaining(['identity.reveal']));
    expect((await as.courtAdmin.get('/api/v1/auth/me')).json().permissions).not.toContain('identity.read');
    expect((await as.clerk.get('/api/v1/auth/me')).json().permissions).toContain('identity.read');
  });
});

describe('opening a case’s identities on purpose', () => {
  it('answers the coordinator the case with every number in full, logged as a read and an audit event with the reason', async () => {
    const res = await as.coordinator.post(`/api/v1/cases/${caseId}/identities`, { reason: '核对被执行人身份' });
    expect(res.statusCode, res.body).toBe(200);
    expect(identitiesOf(res.json())).toContain(debtorId);
    expect(res.json().debtors[0].birthDate).toBeDefined();
    expect(await reads('case.identity.reveal')).toEqual([{ case_id: caseId, user_id: await userId('coordinator') }]);
    const [event] = await events('case.identities-revealed');
    expect(event).toMatchObject({ actor_id: await userId('coordinator'), entity_id: caseId, case_id: null });
    expect(event!.changes).toMatchObject({ reason: '核对被执行人身份' });
    // the next plain read is masked again
    expect((await as.coordinator.get(`/api/v1/cases/${caseId}`)).body).not.toContain(debtorId);
  });

  it('needs a reason, a case within the user’s courts, and a staff role', async () => {
    expectProblem(await as.courtAdmin.post(`/api/v1/cases/${caseId}/identities`, { reason: '' }), 422, 'validation-failed');
    expectProblem(await as.courtAdmin.post(`/api/v1/cases/${caseId}/identities`, {}), 422, 'validation-failed');
    expectProblem(await as.courtAdmin.post(`/api/v1/cases/${otherCourtCase}/identities`, { reason: '查看' }), 404, 'case-not-found');
    expectProblem(await as.party.post(`/api/v1/cases/${caseId}/identities`, { reason: '查看' }), 403, 'forbidden');
    expect(await reads('case.identity.reveal')).toHaveLength(1);
  });
});

describe('a search by ID number', () => {
  it('is an audit event naming the number and what it found, and a personal-data read of each case found', async () => {
    const res = await as.courtAdmin.get(`/api/v1/cases?party=${debtorId}`);
    expect(res.json().items.map((c: { id: string }) => c.id)).toEqual([caseId]);
    const [event] = await events('case.searched-by-identity');
    expect(event).toMatchObject({ actor_id: await userId('court-admin'), case_id: null });
    expect(event!.changes).toEqual({ identity: debtorId, found: 1 });
    expect(await reads('case.search.identity')).toEqual([{ case_id: caseId, user_id: await userId('court-admin') }]);
  });

  it('is logged when it finds nothing too, and a search by name is not', async () => {
    await as.judge.get(`/api/v1/cases?party=${newIdNumber()}`);
    await as.judge.get(`/api/v1/cases?party=${encodeURIComponent('周大海')}`);
    const logged = await events('case.searched-by-identity');
    expect(logged).toHaveLength(2);
    expect(logged[1]!.changes).toMatchObject({ found: 0 });
  });

  it('is never echoed back in a problem answer', async () => {
    for (const query of [`party=${debtorId}&cursor=not!valid`, `party=${debtorId}&limit=0`, `party=${debtorId}&court=nowhere`]) {
      const res = await as.judge.get(`/api/v1/cases?${query}`);
      expect(res.statusCode, query).toBeGreaterThanOrEqual(400);
      expect(res.json().instance, query).toBe('/api/v1/cases');
      expect(res.body, query).not.toContain(debtorId);
    }
  });
});
