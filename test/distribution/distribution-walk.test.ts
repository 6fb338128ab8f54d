import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { expectProblem, movableClock, type MovableClock } from '../api/fixtures.ts';
import { caller, expectLedgerSound, signInStaff, type Call, type Staff } from '../funds/funds-fixtures.ts';
import { distributionCounts, enterpriseDebtor, fileAgainst, key, leadCase, personDebtor } from './distribution-fixtures.ts';

// 参与分配 through the API: creditors join (one with a priority right, one from another case), the
// plan by the rules library, its service and the 15-day objection window, an objection whose amount
// is held while the rest is paid through the case's payouts, and refusals that write nothing.

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

const open = async (caseId: string, body: Record<string, unknown>) => {
  const res = await judge('POST', `/api/v1/cases/${caseId}/distributions`, body, key());
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const join = async (id: string, body: Record<string, unknown>) => {
  const res = await judge('POST', `/api/v1/distributions/${id}/claims`, body, key());
  expect(res.statusCode, res.body).toBe(201);
  return res.json().id as string;
};
const distributionOf = async (caseId: string, id: string) => {
  const res = await judge('GET', `/api/v1/cases/${caseId}/distributions`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items.find((d: { id: string }) => d.id === id);
};
const serve = (id: string, claimId: string, servedOn = '2026-11-26') =>
  judge('POST', `/api/v1/distributions/${id}/services`, { claimId, method: 'direct', servedOn, recipient: '债权人' }, key());
// Moving the clock by days ends the sessions: sign in again on the new day.
const at = async (iso: string) => {
  clock.set(iso);
  staff = await signInStaff(app);
  judge = caller(app, staff.judge);
};
const account = async (caseId: string) => (await judge('GET', `/api/v1/cases/${caseId}/account`)).json();

describe('an enterprise debtor not sent to bankruptcy: costs, the priority claim, then seizure order (第514条)', () => {
  it('plans, serves, holds the disputed amount, pays the rest, and releases the hold when the suit ends', async () => {
    await at('2026-11-26T02:00:00.000Z');
    const debtor = enterpriseDebtor();
    const lead = await leadCase(app, staff, debtor, '100000.00');
    const other = await fileAgainst(judge, debtor, '李明');
    const id = await open(lead.caseId, {
      debtorPartyId: lead.debtorPartyId,
      debtorKind: 'enterprise',
      proceeds: '100000.00',
      costs: '1000.00',
    });
    const bank = await join(id, { creditorName: '中国建设银行江门分行', amount: '30000.00', priority: true, priorityBasis: '抵押权' });
    const chen = await join(id, { caseId: lead.caseId, amount: '60000.00', seizureRank: 1 });
    const li = await join(id, { caseId: other.caseId, amount: '50000.00', seizureRank: 2 });

    const planned = await judge('POST', `/api/v1/distributions/${id}/plan`);
    expect(planned.statusCode, planned.body).toBe(201);
    const d = await distributionOf(lead.caseId, id);
    expect(d).toMatchObject({ status: 'planned', costsPaid: '1000.00', remainder: '0.00', documentId: planned.json().documentId });
    expect(d.claims.map((c: Record<string, unknown>) => [c.creditorName, c.stage, c.allocated, c.shortfall])).toEqual([
      ['中国建设银行江门分行', 'priority', '30000.00', '0.00'],
      ['陈小红', 'ordinary', '60000.00', '0.00'],
      ['李明', 'ordinary', '9000.00', '41000.00'],
    ]);
    const doc = (await judge('GET', `/api/v1/documents/${d.documentId}`)).json();
    expect(doc).toMatchObject({ kind: 'distribution-plan', title: '财产分配方案' });
    expect(doc.sha256).toMatch(/^[0-9a-f]{64}$/);

    for (const claim of [bank, chen, li]) {
      const s = await serve(id, claim);
      expect(s.statusCode, s.body).toBe(201);
      expect(s.json().objectionDueOn).toBe('2026-12-11'); // 15 days from 2026-11-26 (第509条)
    }
    const deadlines = (await judge('GET', `/api/v1/cases/${lead.caseId}/deadlines`)).json().items;
    expect(deadlines.filter((x: { node: string }) => x.node === 'distribution-objection')).toHaveLength(3);

    await at('2026-12-03T02:00:00.000Z');
    const objection = await judge(
      'POST',
      `/api/v1/distributions/${id}/objections`,
      { claimId: li, targetClaimId: chen, disputed: '20000.00', reason: '陈小红的查封在后，不应首先受偿', objectedOn: '2026-12-03' },
      key(),
    );
    expect(objection.statusCode, objection.body).toBe(201);
    const objectionId = objection.json().id as string;
    expect(await account(lead.caseId)).toMatchObject({ balance: '100000.00', held: '20000.00', available: '80000.00' });

    const early = await judge('POST', `/api/v1/distributions/${id}/payouts`, undefined, key());
    expectProblem(early, 409, 'distribution-objection-window-open');

    await at('2026-12-12T02:00:00.000Z'); // every creditor's 15 days have passed
    const paid = await judge('POST', `/api/v1/distributions/${id}/payouts`, undefined, key());
    expect(paid.statusCode, paid.body).toBe(201);
    // 陈小红 is paid from this case; 李明's share moves to his own case's account (a transfer); the
    // mortgagee has no case here and is paid by a separate instruction.
    expect(paid.json().paid).toEqual([
      expect.objectContaining({ creditor: '陈小红', amount: '40000.00', via: 'payout' }),
      expect.objectContaining({ creditor: '李明', amount: '9000.00', via: 'transfer' }),
    ]);
    expect(paid.json().unpaid).toEqual([
      expect.objectContaining({ creditor: '中国建设银行江门分行', amount: '30000.00', reason: 'other-case' }),
      expect.objectContaining({ creditor: '陈小红', amount: '20000.00', reason: 'in-dispute' }),
    ]);
    const payouts = (await judge('GET', `/api/v1/cases/${lead.caseId}/payouts`)).json().items;
    expect(payouts.map((p: { amount: string; status: string }) => [p.amount, p.status]).sort()).toEqual([
      ['40000.00', 'pending'],
      ['9000.00', 'pending'],
    ]);
    expect(await account(lead.caseId)).toMatchObject({ held: '69000.00', available: '31000.00' });
    const transfer = paid.json().paid[1].payoutId as string;
    for (const who of [staff.enforcer, staff.head, staff.finance]) {
      const step = await caller(app, who)('POST', `/api/v1/payouts/${transfer}/approve`, {});
      expect(step.statusCode, step.body).toBe(200);
    }
    expect(await account(other.caseId)).toMatchObject({ balance: '9000.00' });
    expect(await account(lead.caseId)).toMatchObject({ balance: '91000.00', held: '60000.00' });
    expectProblem(await judge('POST', `/api/v1/distributions/${id}/payouts`, undefined, key()), 409, 'distribution-nothing-to-pay');

    const windows = (await judge('GET', `/api/v1/cases/${lead.caseId}/deadlines`)).json().items;
    const objectionWindows = windows.filter((x: { node: string }) => x.node === 'distribution-objection');
    expect(objectionWindows.map((x: { state: string; metOn: string }) => [x.state, x.metOn]).sort()).toEqual([
      ['met', '2026-12-03'],
      ['met', '2026-12-11'],
      ['met', '2026-12-11'],
    ]);

    const notice = await judge('POST', `/api/v1/distribution-objections/${objectionId}/notice`, { notifiedOn: '2026-12-03' });
    expect(notice.statusCode, notice.body).toBe(200);
    expect(notice.json().answerDueOn).toBe('2026-12-18');
    expectProblem(
      await judge('POST', `/api/v1/distribution-objections/${objectionId}/outcome`, { outcome: 'ended', on: '2026-12-12' }),
      409,
      'distribution-outcome-invalid',
    );
    const suit = await judge('POST', `/api/v1/distribution-objections/${objectionId}/outcome`, { outcome: 'suit-filed', on: '2026-12-12' });
    expect(suit.json()).toEqual({ state: 'suit-filed', released: false });
    expect((await account(lead.caseId)).held).toBe('60000.00');
    const ended = await judge('POST', `/api/v1/distribution-objections/${objectionId}/outcome`, { outcome: 'ended', on: '2026-12-12' });
    expect(ended.json()).toEqual({ state: 'ended', released: true });
    expect((await account(lead.caseId)).held).toBe('40000.00');

    const rest = await judge('POST', `/api/v1/distributions/${id}/payouts`, undefined, key());
    expect(rest.statusCode, rest.body).toBe(201);
    expect(rest.json().paid).toEqual([expect.objectContaining({ creditor: '陈小红', amount: '20000.00' })]);
    const after = await distributionOf(lead.caseId, id);
    expect(after.objections[0]).toMatchObject({ state: 'ended', disputed: '20000.00', creditorName: '李明', targetName: '陈小红' });
    expect(after.claims[1].paid).toBe('60000.00');
    expect(after.claims[2].paid).toBe('9000.00');
    await expectLedgerSound(app);
  }, 120_000);
});

describe('a natural person: costs, the priority claim, then pro rata (第508条)', () => {
  it('shares what is left after the mortgagee in proportion to the ordinary claims', async () => {
    await at('2026-11-26T02:00:00.000Z');
    const debtor = personDebtor();
    const lead = await leadCase(app, staff, debtor, '90000.00');
    const other = await fileAgainst(judge, debtor, '李明');
    const id = await open(lead.caseId, { debtorPartyId: lead.debtorPartyId, debtorKind: 'person', proceeds: '90000.00', costs: '0.00' });
    await join(id, { creditorName: '江门农村商业银行', amount: '30000.00', priority: 1, priorityBasis: '抵押权' });
    await join(id, { caseId: lead.caseId, amount: '60000.00' });
    await join(id, { caseId: other.caseId, amount: '30000.00' });
    expect((await judge('POST', `/api/v1/distributions/${id}/plan`)).statusCode).toBe(201);
    const d = await distributionOf(lead.caseId, id);
    expect(d.claims.map((c: Record<string, unknown>) => [c.stage, c.allocated, c.shortfall])).toEqual([
      ['priority', '30000.00', '0.00'],
      ['ordinary', '40000.00', '20000.00'],
      ['ordinary', '20000.00', '10000.00'],
    ]);
  }, 120_000);

  it('refuses enterprise treatment for a natural person (第506条, 第514条), writing nothing', async () => {
    const lead = await leadCase(app, staff, personDebtor(), '100.00');
    const before = await distributionCounts(app);
    const res = await judge(
      'POST',
      `/api/v1/cases/${lead.caseId}/distributions`,
      { debtorPartyId: lead.debtorPartyId, debtorKind: 'enterprise', proceeds: '100.00', costs: '0.00' },
      key(),
    );
    expectProblem(res, 422, 'distribution-debtor-kind-invalid');
    expectProblem(
      await judge(
        'POST',
        `/api/v1/cases/${lead.caseId}/distributions`,
        { debtorPartyId: lead.debtorPartyId, debtorKind: 'person', proceeds: '100.01', costs: '0.00' },
        key(),
      ),
      409,
      'distribution-proceeds-exceed-balance',
    );
    expect(await distributionCounts(app)).toEqual(before);
  }, 120_000);
});

describe('bad input is refused with stable codes and writes nothing', () => {
  it('a creditor without a title, another debtor’s case, a missing seizure rank, joining after the plan, an objection after 15 days', async () => {
    await at('2026-11-26T02:00:00.000Z');
    const debtor = enterpriseDebtor();
    const lead = await leadCase(app, staff, debtor, '1000.00');
    const stranger = await fileAgainst(judge, enterpriseDebtor(), '赵六');
    const id = await open(lead.caseId, { debtorPartyId: lead.debtorPartyId, debtorKind: 'enterprise', proceeds: '1000.00', costs: '0.00' });
    const chen = await join(id, { caseId: lead.caseId, amount: '600.00', seizureRank: 1 });
    const url = `/api/v1/distributions/${id}/claims`;

    let before = await distributionCounts(app);
    expectProblem(await judge('POST', url, { creditorName: '某个人', amount: '100.00' }, key()), 422, 'distribution-title-required');
    expectProblem(
      await judge('POST', url, { caseId: stranger.caseId, amount: '100.00', seizureRank: 2 }, key()),
      422,
      'distribution-debtor-mismatch',
    );
    const other = await fileAgainst(judge, debtor, '李明');
    before = await distributionCounts(app);
    expectProblem(await judge('POST', url, { caseId: other.caseId, amount: '100.00' }, key()), 422, 'distribution-seizure-rank-missing');
    expectProblem(
      await judge('POST', url, { caseId: lead.caseId, amount: '100.00', seizureRank: 3 }, key()),
      409,
      'distribution-creditor-repeated',
    );
    expect(await distributionCounts(app)).toEqual(before);

    await join(id, { caseId: other.caseId, amount: '600.00', seizureRank: 2 });
    expect((await judge('POST', `/api/v1/distributions/${id}/plan`)).statusCode).toBe(201);
    before = await distributionCounts(app);
    expectProblem(
      await judge('POST', url, { creditorName: '某银行', amount: '100.00', priority: true }, key()),
      409,
      'distribution-joining-closed',
    );
    const objection = { claimId: chen, targetClaimId: chen, disputed: '10.00', reason: '异议', objectedOn: '2026-11-26' };
    expectProblem(await judge('POST', `/api/v1/distributions/${id}/objections`, objection, key()), 409, 'distribution-plan-not-served');
    expect(await distributionCounts(app)).toEqual(before);

    expect((await serve(id, chen)).statusCode).toBe(201);
    await at('2026-12-14T02:00:00.000Z');
    before = await distributionCounts(app);
    const late = await judge('POST', `/api/v1/distributions/${id}/objections`, { ...objection, objectedOn: '2026-12-14' }, key());
    expectProblem(late, 422, 'distribution-objection-late');
    const tooMuch = await judge('POST', `/api/v1/distributions/${id}/objections`, { ...objection, disputed: '600.01' }, key());
    expectProblem(tooMuch, 422, 'distribution-disputed-invalid');
    expect(await distributionCounts(app)).toEqual(before);
    expect((await account(lead.caseId)).held).toBe('0.00');
  }, 120_000);
});
