import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { expectProblem, movableClock, type MovableClock } from '../api/fixtures.ts';
import { caller, signInStaff, type Call, type Staff } from '../funds/funds-fixtures.ts';
import { distributionCounts, fileAgainst, key, leadCase, personDebtor } from './distribution-fixtures.ts';

// The smaller promises of 参与分配: a retried join acts once, the plan's DOCX is the one whose hash
// is stored, an objection that the plan survives releases its hold, and unknown ids answer 404.

let app: TestApp;
let clock: MovableClock;
let staff: Staff;
let judge: Call;

beforeAll(async () => {
  clock = movableClock('2026-11-26T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  staff = await signInStaff(app);
  judge = caller(app, staff.judge);
}, 120_000);
afterAll(() => app?.close());

async function planned() {
  const debtor = personDebtor();
  const lead = await leadCase(app, staff, debtor, '3000.00');
  const other = await fileAgainst(judge, debtor, '李明');
  const opened = await judge(
    'POST',
    `/api/v1/cases/${lead.caseId}/distributions`,
    { debtorPartyId: lead.debtorPartyId, debtorKind: 'person', proceeds: '3000.00', costs: '0.00' },
    key(),
  );
  const id = opened.json().id as string;
  const claims = [];
  for (const body of [
    { caseId: lead.caseId, amount: '2000.00' },
    { caseId: other.caseId, amount: '2000.00' },
  ]) {
    const res = await judge('POST', `/api/v1/distributions/${id}/claims`, body, key());
    expect(res.statusCode, res.body).toBe(201);
    claims.push(res.json().id as string);
  }
  const plan = await judge('POST', `/api/v1/distributions/${id}/plan`);
  expect(plan.statusCode, plan.body).toBe(201);
  return { lead, id, claims, documentId: plan.json().documentId as string };
}

describe('参与分配 details', () => {
  it('answers a retried join with the first answer and joins once', async () => {
    const debtor = personDebtor();
    const lead = await leadCase(app, staff, debtor, '100.00');
    const opened = await judge(
      'POST',
      `/api/v1/cases/${lead.caseId}/distributions`,
      { debtorPartyId: lead.debtorPartyId, debtorKind: 'person', proceeds: '100.00', costs: '0.00' },
      key(),
    );
    const url = `/api/v1/distributions/${opened.json().id}/claims`;
    const body = { creditorName: '江门农村商业银行', amount: '50.00', priority: true };
    const first = await judge('POST', url, body, 'join-once');
    const before = await distributionCounts(app);
    const again = await judge('POST', url, body, 'join-once');
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect(await distributionCounts(app)).toEqual(before);
    expectProblem(await judge('POST', url, { ...body, amount: '60.00' }, 'join-once'), 409, 'idempotency-key-reused');
  }, 120_000);

  it('stores the plan as a 财产分配方案 DOCX whose bytes match the stored SHA-256', async () => {
    const { documentId } = await planned();
    const file = await judge('GET', `/api/v1/documents/${documentId}/file`);
    expect(file.statusCode).toBe(200);
    const sha = createHash('sha256').update(file.rawPayload).digest('hex');
    expect(file.headers['x-content-sha256']).toBe(sha);
    expect(file.rawPayload.subarray(0, 2).toString()).toBe('PK');
  }, 120_000);

  it('releases the held amount when the plan stands (the objector did not sue, 第510条)', async () => {
    const { lead, id, claims } = await planned();
    const [chen, li] = claims as [string, string];
    for (const claimId of claims) {
      const s = await judge(
        'POST',
        `/api/v1/distributions/${id}/services`,
        { claimId, method: 'post', servedOn: '2026-11-26', recipient: '债权人' },
        key(),
      );
      expect(s.statusCode, s.body).toBe(201);
    }
    const objection = await judge(
      'POST',
      `/api/v1/distributions/${id}/objections`,
      { claimId: li, targetClaimId: chen, disputed: '500.00', reason: '债权数额有误', objectedOn: '2026-11-26' },
      key(),
    );
    expect(objection.statusCode, objection.body).toBe(201);
    const account = async () => (await judge('GET', `/api/v1/cases/${lead.caseId}/account`)).json();
    expect((await account()).holds).toEqual([expect.objectContaining({ kind: 'distribution', amount: '500.00' })]);
    const stands = await judge('POST', `/api/v1/distribution-objections/${objection.json().id}/outcome`, {
      outcome: 'stands',
      on: '2026-11-26',
    });
    expect(stands.json()).toEqual({ state: 'stands', released: true });
    expect(await account()).toMatchObject({ held: '0.00', holds: [] });
    const d = (await judge('GET', `/api/v1/cases/${lead.caseId}/distributions`)).json().items[0];
    expect(d.objections[0]).toMatchObject({ state: 'stands', stateName: '原分配方案维持' });
  }, 120_000);

  it('answers 404 for an unknown or malformed distribution or objection, writing nothing', async () => {
    const before = await distributionCounts(app);
    expectProblem(await judge('POST', '/api/v1/distributions/not-a-uuid/plan'), 404, 'distribution-not-found');
    expectProblem(
      await judge(
        'POST',
        '/api/v1/distributions/00000000-0000-4000-8000-000000000000/claims',
        { creditorName: 'x', amount: '1.00', priority: 1 },
        key(),
      ),
      404,
      'distribution-not-found',
    );
    expectProblem(
      await judge('POST', '/api/v1/distribution-objections/nope/outcome', { outcome: 'stands', on: '2026-11-26' }),
      404,
      'distribution-objection-not-found',
    );
    expect(await distributionCounts(app)).toEqual(before);
    expect(clock.today()).toBe('2026-11-26');
  }, 120_000);
});
