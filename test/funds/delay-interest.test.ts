import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { expectProblem, filingBody, movableClock, newIdNumber } from '../api/fixtures.ts';
import { buildPartyAccount } from '../support/builders/access.builder.ts';
import { caller, receipt, signInStaff, type Call, type Staff } from './funds-fixtures.ts';

// 迟延履行利息 through the API: each collection into the case account goes to the money debt first
// (法释〔2014〕8号 第4条) and stops the interest on the part it pays (第3条); the rest accrues at
// 1.75‱ a day from the day after the performance deadline (第1–2条, day count "exclusive").

let app: TestApp;
let staff: Staff;
let finance: Call;
let judge: Call;
const clock = movableClock('2026-11-26T02:00:00.000Z');

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 30 } });
  staff = await signInStaff(app);
  finance = caller(app, staff.finance);
  judge = caller(app, staff.judge);
}, 120_000);
afterAll(() => app?.close());

async function fileCase(title: Record<string, unknown> = {}): Promise<string> {
  const base = filingBody();
  const filed = await judge('POST', '/api/v1/cases', { ...base, title: { ...base.title, ...title } });
  expect(filed.statusCode, filed.body).toBe(201);
  return filed.json().id as string;
}

async function collect(caseId: string, amount: string, receivedOn: string) {
  const r = await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt(amount, { receivedOn }), crypto.randomUUID());
  expect(r.statusCode, r.body).toBe(201);
}

const interestOf = async (caseId: string, asOf?: string) => {
  const res = await judge('GET', `/api/v1/cases/${caseId}/delay-interest${asOf ? `?asOf=${asOf}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
};

describe('delay interest on the case (迟延履行利息)', () => {
  it('splits the debt at each collection: a collected part stops accruing on its day, the rest runs to the day asked', async () => {
    const caseId = await fileCase(); // 120000.00, performance deadline 2026-10-19
    await collect(caseId, '30000.00', '2026-11-01');
    await collect(caseId, '50000.00', '2026-11-10');
    const now = await interestOf(caseId); // as of the clock's today, 2026-11-26
    expect(now).toMatchObject({
      asOf: '2026-11-26',
      deadline: '2026-10-19',
      deadlineSource: 'performance-deadline',
      dayCount: 'exclusive',
      status: 'accruing',
      base: '120000.00',
      collected: '80000.00',
      outstandingPrincipal: '40000.00',
      doubledInterest: '526.75',
      interestOutstanding: '526.75',
      outstandingTotal: '40526.75',
      dailyAccrual: '7.00',
      surplus: '0.00',
    });
    expect(now.segments).toEqual([
      { from: '2026-10-19', to: '2026-11-01', base: '30000.00', days: 13, interest: '68.25', closedBy: 'collection' },
      { from: '2026-10-19', to: '2026-11-10', base: '50000.00', days: 22, interest: '192.50', closedBy: 'collection' },
      { from: '2026-10-19', to: '2026-11-26', base: '40000.00', days: 38, interest: '266.00', closedBy: 'as-of' },
    ]);
    expect(now.collections).toEqual([
      { on: '2026-11-01', amount: '30000.00', toPrincipal: '30000.00', toInterest: '0.00' },
      { on: '2026-11-10', amount: '50000.00', toPrincipal: '50000.00', toInterest: '0.00' },
    ]);

    // A day later only the unpaid 40000.00 earns more: 7.00.
    const later = await interestOf(caseId, '2026-11-27');
    expect(later.segments.slice(0, 2)).toEqual(now.segments.slice(0, 2));
    expect(later.segments[2]).toMatchObject({ base: '40000.00', days: 39, interest: '273.00' });
    expect(later.doubledInterest).toBe('533.75');

    // Asked for a day before the second collection, that collection does not count yet.
    const before = await interestOf(caseId, '2026-11-05');
    expect(before).toMatchObject({ collected: '30000.00', outstandingPrincipal: '90000.00', doubledInterest: '336.00' });
    expect(before.segments[1]).toEqual({
      from: '2026-10-19',
      to: '2026-11-05',
      base: '90000.00',
      days: 17,
      interest: '267.75',
      closedBy: 'as-of',
    });
  }, 120_000);

  it('applies collections to the money debt before the interest, then stops; beyond both is surplus', async () => {
    const caseId = await fileCase();
    await collect(caseId, '80000.00', '2026-11-10');
    await collect(caseId, '40300.00', '2026-11-26');
    const paid = await interestOf(caseId);
    expect(paid.collections[1]).toEqual({ on: '2026-11-26', amount: '40300.00', toPrincipal: '40000.00', toInterest: '300.00' });
    // 80000.00 × 22 days + 40000.00 × 38 days at 1.75‱
    expect(paid).toMatchObject({
      status: 'settled',
      outstandingPrincipal: '0.00',
      doubledInterest: '574.00',
      interestPaid: '300.00',
      interestOutstanding: '274.00',
      outstandingTotal: '274.00',
      dailyAccrual: '0.00',
    });
    // Once the debt is paid the interest is fixed, whatever day is asked.
    clock.set('2026-12-20T02:00:00.000Z');
    try {
      expect((await interestOf(caseId)).doubledInterest).toBe('574.00');
      await collect(caseId, '500.00', '2026-12-20');
      const over = await interestOf(caseId);
      expect(over).toMatchObject({ interestPaid: '574.00', interestOutstanding: '0.00', outstandingTotal: '0.00', surplus: '226.00' });
      expect(over.collections[2]).toEqual({ on: '2026-12-20', amount: '274.00', toPrincipal: '0.00', toInterest: '274.00' });
    } finally {
      clock.set('2026-11-26T02:00:00.000Z');
    }
  }, 120_000);

  it('without a performance deadline it runs from the title’s effective date; ordinary interest is not in the base', async () => {
    const caseId = await fileCase({
      performanceDeadline: null,
      obligations: [
        { kind: 'money', amount: '100000.00', description: '给付货款本金' },
        { kind: 'money', amount: '5000.00', description: '给付逾期付款利息' },
        { kind: 'money', amount: '2300.00', description: '负担案件受理费' },
      ],
    });
    const r = await interestOf(caseId, '2026-10-19');
    expect(r).toMatchObject({ deadline: '2026-10-09', deadlineSource: 'effective-on', base: '102300.00', status: 'accruing' });
    expect(r.baseParts.map((p: { included: boolean }) => p.included)).toEqual([true, false, true]);
    expect(r.segments).toEqual([
      { from: '2026-10-09', to: '2026-10-19', base: '102300.00', days: 10, interest: '179.03', closedBy: 'as-of' },
    ]);
    const early = await interestOf(caseId, '2026-10-09');
    expect(early).toMatchObject({ status: 'not-due', doubledInterest: '0.00', outstandingPrincipal: '102300.00', segments: [] });
  }, 120_000);

  it('answers 404 for an unknown case or another court’s staff, 422 for a malformed day', async () => {
    const caseId = await fileCase();
    expectProblem(await judge('GET', `/api/v1/cases/${crypto.randomUUID()}/delay-interest`), 404, 'case-not-found');
    expectProblem(await caller(app, staff.taishan)('GET', `/api/v1/cases/${caseId}/delay-interest`), 404, 'case-not-found');
    expectProblem(await judge('GET', `/api/v1/cases/${caseId}/delay-interest?asOf=2026-13-01`), 422, 'validation-failed');
  }, 120_000);
});

describe('the parties’ view in the portal', () => {
  it('a party reads the same figures on their own case only, and not through the staff route', async () => {
    const idNumber = newIdNumber();
    const { caseId } = await buildPartyAccount(app, { idNumber, username: 'party-interest' });
    await collect(caseId, '30000.00', '2026-11-01');
    const party = caller(app, await login(app, 'party-interest'));
    const own = await party('GET', `/api/v1/party/cases/${caseId}/delay-interest?asOf=2026-11-26`);
    expect(own.statusCode, own.body).toBe(200);
    expect(own.json()).toEqual(await interestOf(caseId, '2026-11-26'));
    expect(own.json()).toMatchObject({ outstandingPrincipal: '90000.00', doubledInterest: '666.75' });
    const other = await fileCase();
    expectProblem(await party('GET', `/api/v1/party/cases/${other}/delay-interest`), 404, 'case-not-found');
    expectProblem(await party('GET', `/api/v1/cases/${caseId}/delay-interest`), 403, 'forbidden');
    expectProblem(await judge('GET', `/api/v1/party/cases/${caseId}/delay-interest`), 403, 'forbidden');
  }, 120_000);
});

describe('the court’s settings (UNSURE in the digest)', () => {
  it('reads the base and day-count settings, refusing anything else', () => {
    expect(loadConfig({}).funds.delayInterest).toEqual({ dayCount: 'exclusive', costsInBase: true });
    const set = loadConfig({ ZHIXING_DELAY_INTEREST_COSTS_IN_BASE: '0', ZHIXING_DELAY_INTEREST_DAY_COUNT: 'inclusive' });
    expect(set.funds.delayInterest).toEqual({ dayCount: 'inclusive', costsInBase: false });
    expect(() => loadConfig({ ZHIXING_DELAY_INTEREST_COSTS_IN_BASE: 'yes' })).toThrow(/ZHIXING_DELAY_INTEREST_COSTS_IN_BASE/);
    expect(() => loadConfig({ ZHIXING_DELAY_INTEREST_DAY_COUNT: 'both' })).toThrow(/ZHIXING_DELAY_INTEREST_DAY_COUNT/);
  });

  it('leaves costs out of the base and counts both ends when the court sets so', async () => {
    const other = await createTestApp({
      clock,
      seedCases: 0,
      config: { funds: { ...loadConfig({}).funds, delayInterest: { dayCount: 'inclusive', costsInBase: false } } },
    });
    try {
      const auth = await login(other, 'judge');
      const base = filingBody();
      const obligations = [
        { kind: 'money', amount: '100000.00', description: '给付货款本金' },
        { kind: 'money', amount: '2300.00', description: '负担案件受理费' },
      ];
      const filed = await other.server.inject({
        method: 'POST',
        url: '/api/v1/cases',
        payload: { ...base, title: { ...base.title, obligations } },
        headers: auth,
      });
      expect(filed.statusCode, filed.body).toBe(201);
      const res = await other.server.inject({
        method: 'GET',
        url: `/api/v1/cases/${filed.json().id}/delay-interest?asOf=2026-10-29`,
        headers: auth,
      });
      expect(res.statusCode, res.body).toBe(200);
      // 100000.00 × 11 days (2026-10-19 to 2026-10-29, both counted) at 1.75‱
      expect(res.json()).toMatchObject({ base: '100000.00', dayCount: 'inclusive', doubledInterest: '192.50' });
      expect(res.json().baseParts[1]).toMatchObject({ included: false, note: '诉讼费用等不计入基数（本院设置）' });
    } finally {
      await other.close();
    }
  }, 120_000);
});
