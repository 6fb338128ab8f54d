import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { movableClock, type MovableClock } from '../api/fixtures.ts';
import { payoutDeadline } from '../../src/rules/payout-deadline.ts';
import type { LocalDate } from '../../src/shared/dates.ts';
import { caller, caseWithPayee, expectLedgerSound, receipt, signInStaff, type Staff } from './funds-fixtures.ts';

// The funds deadlines as node deadlines: a payout deadline per receipt (30 days of arrival, the
// rules library's calculator), met when payouts have paid the receipt out; a claim deadline per
// 暂存款, the court's (no case), met by the claim; both on the court's overdue list.

let app: TestApp;
let clock: MovableClock;
let staff: Staff;

beforeAll(async () => {
  clock = movableClock('2026-11-26T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  staff = await signInStaff(app);
});
afterAll(() => app?.close());

type Item = { node: string; subject: string | null; dueOn: string; state: string; caseId: string | null; caseNumber: string | null };
const caseDeadlines = async (caseId: string): Promise<Item[]> =>
  (await caller(app, staff.judge)('GET', `/api/v1/cases/${caseId}/deadlines`)).json().items;
const overdueList = async (): Promise<Item[]> =>
  (await caller(app, staff.judge)('GET', '/api/v1/deadlines?court=粤0703&state=overdue&limit=100')).json().items;
const at = async (iso: string) => {
  clock.set(iso);
  staff = await signInStaff(app); // sessions of days ago have expired
};

async function payOut(caseId: string, partyId: string, amount: string, key: string) {
  const asked = await caller(app, staff.judge)('POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount }, key);
  expect(asked.statusCode, asked.body).toBe(201);
  const id = asked.json().id as string;
  for (const who of [staff.enforcer, staff.head, staff.finance]) {
    const r = await caller(app, who)('POST', `/api/v1/payouts/${id}/approve`, {});
    expect(r.statusCode, r.body).toBe(200);
  }
  return id;
}

describe('the payout deadline of a receipt (执行款发放期限)', () => {
  it('opens with the receipt, due on the rules library’s day, and is met once payouts have paid that receipt out', async () => {
    await at('2026-11-26T02:00:00.000Z');
    const finance = caller(app, staff.finance);
    const { caseId, partyId } = await caseWithPayee(app, staff);
    const judgeId = (await app.db.selectFrom('users').select('id').where('username', '=', 'judge').executeTakeFirstOrThrow()).id;
    const assigned = await caller(app, staff.judge)('POST', `/api/v1/cases/${caseId}/officer`, { officerId: judgeId });
    expect(assigned.statusCode, assigned.body).toBe(200);
    const first = (await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('5000.00'), 'd-r1')).json();
    const second = (
      await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('1000.00', { receivedOn: '2026-11-26' }), 'd-r2')
    ).json();
    const rule = payoutDeadline({ arrivedOn: '2026-11-25' as LocalDate }, app.calendar);
    expect(rule.ok && rule.value.payBy).toBe('2026-12-25');
    const payouts = (await caseDeadlines(caseId)).filter((d) => d.node === 'payout');
    expect(payouts.map((d) => [d.subject, d.dueOn, d.state])).toEqual([
      [first.id, '2026-12-25', 'open'],
      [second.id, '2026-12-28', 'open'], // 30 days end on Saturday 12-26: moved on to Monday (民诉法 第85条)
    ]);
    expect(first.payBy).toBe('2026-12-25');

    // 5000 paid out: the first receipt (first in, first out) is paid, the second is not.
    await payOut(caseId, partyId, '5000.00', 'd-p1');
    const after = (await caseDeadlines(caseId)).filter((d) => d.node === 'payout');
    expect(after.map((d) => [d.subject, d.state])).toEqual([
      [first.id, 'met'],
      [second.id, 'open'],
    ]);

    // The second, unpaid after its day, reaches the court's overdue list and the officer's 待办.
    await at('2026-12-29T02:00:00.000Z');
    expect((await overdueList()).filter((d) => d.caseId === caseId).map((d) => [d.node, d.subject])).toContainEqual(['payout', second.id]);
    const todo = (await caller(app, staff.judge)('GET', '/api/v1/me/todo?limit=100')).json().items as Item[];
    expect(todo.some((d) => d.node === 'payout' && d.subject === second.id)).toBe(true);
    await expectLedgerSound(app);
  }, 120_000);
});

describe('the claim deadline of 暂存款', () => {
  const mapping = { amount: '金额', receivedOn: '日期', payerName: '户名', bankReference: '流水号' };

  it('is the court’s deadline (no case), on the court’s overdue list when late, and met by the claim', async () => {
    await at('2026-11-26T02:00:00.000Z');
    const csv = ['日期,流水号,户名,金额', '2026-11-26,DL-001,梁国强,88.00'].join('\n');
    const imported = await caller(app, staff.finance)('POST', '/api/v1/funds/statements', { format: 'csv', content: csv, mapping });
    expect(imported.json(), imported.body).toMatchObject({ unmatched: 1 });
    const unmatchedId = imported.json().lines[0].unmatchedId as string;
    const queue = (await caller(app, staff.finance)('GET', '/api/v1/funds/unmatched')).json().items;
    // 3 days from Thursday 11-26 end on Sunday 11-29: moved on to Monday 11-30.
    expect(queue.find((u: { id: string }) => u.id === unmatchedId)).toMatchObject({ claimBy: '2026-11-30', overdue: false });

    await at('2026-12-01T02:00:00.000Z');
    const late = (await overdueList()).find((d) => d.subject === unmatchedId);
    expect(late).toMatchObject({ node: 'unmatched-claim', caseId: null, caseNumber: null, dueOn: '2026-11-30', state: 'overdue' });

    const { caseId } = await caseWithPayee(app, staff);
    const claimed = await caller(app, staff.finance)('POST', `/api/v1/funds/unmatched/${unmatchedId}/claim`, { caseId }, 'dl-claim');
    expect(claimed.statusCode, claimed.body).toBe(201);
    expect((await overdueList()).some((d) => d.subject === unmatchedId)).toBe(false);
    const met = (await caller(app, staff.judge)('GET', '/api/v1/deadlines?court=粤0703&node=unmatched-claim&state=met')).json().items;
    expect(met.find((d: Item) => d.subject === unmatchedId)).toMatchObject({ state: 'met', caseId: null });
    // The claimed money's own payout deadline counts from its arrival at the bank.
    expect((await caseDeadlines(caseId)).find((d) => d.node === 'payout')).toMatchObject({ dueOn: '2026-12-28', state: 'open' });
  }, 120_000);
});
