import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, movableClock, newIdNumber } from '../api/fixtures.ts';
import { buildPartyAccount, buildStaff } from '../support/builders/access.builder.ts';
import { recordTerminationFacts } from '../support/termination-facts.ts';

// A 终本 case stays open to asset leads: the applicant submits one in the portal and may ask with it
// that the case be resumed (民诉法解释 第517条); the officer verifies it and resumes. Any other
// closed case refuses a lead, and an open case refuses a request to resume, writing nothing.

const clock = movableClock(TEST_NOW);
let app: TestApp;
let judge: ReturnType<typeof client>;
let party: ReturnType<typeof client>;
let caseId: string;

beforeAll(async () => {
  app = await createTestApp({ clock, config: { sessionHours: 24 * 200 } });
  await buildStaff(app);
  caseId = (await buildPartyAccount(app, { idNumber: newIdNumber() })).caseId;
  judge = client(app, await login(app, 'judge'));
  party = client(app, await login(app, 'party'));
});
afterAll(() => app?.close());

const lead = { kind: 'vehicle', identifier: '粤J88888', description: '被执行人近期驾驶该车辆出入小区，来源：申请执行人现场所见' };
const rows = async () =>
  (
    await sql<{ leads: string; events: string; deadlines: string }>`select (select count(*) from asset_leads) as leads,
      (select count(*) from events) as events, (select count(*) from deadlines) as deadlines`.execute(app.db)
  ).rows[0]!;
const close = async (id: string, mode: string) => {
  expect((await judge.post(`/api/v1/cases/${id}/start`, {})).statusCode).toBe(200);
  const dormant = mode === 'current-procedure-terminated';
  if (dormant) await recordTerminationFacts(app, id);
  const res = await judge.post(`/api/v1/cases/${id}/close`, {
    mode,
    closedOn: clock.today(),
    reason: '结案理由',
    ...(dormant ? { route: 'applicant-confirmed' } : {}),
  });
  expect(res.statusCode, res.body).toBe(200);
};

describe('a lead on a 终本 case', () => {
  it('refuses a request to resume while the case is open, writing nothing', async () => {
    const before = await rows();
    expectProblem(
      await party.post(`/api/v1/party/cases/${caseId}/leads`, { ...lead, requestResumption: true }),
      409,
      'resumption-request-not-allowed',
    );
    expect(await rows()).toEqual(before);
  });

  it('is accepted from the applicant with a request to resume, verified by the officer, and the case resumed', async () => {
    clock.set('2027-03-01T02:00:00.000Z'); // more than three months after the filing of 2026-11-20
    await close(caseId, 'current-procedure-terminated');
    const res = await party.post(`/api/v1/party/cases/${caseId}/leads`, { ...lead, requestResumption: true });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ source: 'party', submittedOn: '2027-03-01', verifyDueOn: '2027-03-08', outcome: null });
    const requested = (
      await sql<{ changes: Record<string, unknown> }>`select changes from events
        where case_id = ${caseId} and action = 'case.resumption-requested'`.execute(app.db)
    ).rows;
    expect(requested).toEqual([
      { changes: { leadId: res.json().id, source: 'party', requestedOn: '2027-03-01', kind: 'vehicle', identifier: '粤J88888' } },
    ]);
    // The officer sees it among the case's leads and records the vehicle found.
    const leads = (await judge.get(`/api/v1/cases/${caseId}/leads`)).json().items as { id: string }[];
    expect(leads.map((l) => l.id)).toContain(res.json().id);
    const outcome = await judge.post(`/api/v1/leads/${res.json().id}/outcome`, { outcome: 'verified-found', on: '2027-03-01' });
    expect(outcome.statusCode, outcome.body).toBe(200);
    const assets = (await judge.get(`/api/v1/cases/${caseId}/assets`)).json().items as { identifier: string }[];
    expect(assets.map((a) => a.identifier)).toContain('粤J88888');
    const resumed = await judge.post(`/api/v1/cases/${caseId}/resume`, {
      filedOn: '2027-03-01',
      claimAmount: '80000.00',
      reason: '申请执行人提供财产线索，经核查属实',
    });
    expect(resumed.statusCode, resumed.body).toBe(201);
  });

  it('is refused on a case closed otherwise, writing nothing', async () => {
    const other = (await buildPartyAccount(app, { idNumber: newIdNumber(), username: 'party2' })).caseId;
    await close(other, 'fully-enforced');
    const second = client(app, await login(app, 'party2'));
    const before = await rows();
    expectProblem(await second.post(`/api/v1/party/cases/${other}/leads`, lead), 409, 'lead-on-closed-case');
    expect(await rows()).toEqual(before);
  });
});
