import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { movableClock, type MovableClock } from '../api/fixtures.ts';
import { caller, caseWithPayee, expectLedgerSound, receipt, signInStaff, type Staff } from './funds-fixtures.ts';

// A bank refund (付款失败退回) undoes the payout: the payout deadlines it met are open again, with
// their original due dates, so overdue at once when those have passed (issue 11, part 3).

let app: TestApp;
let clock: MovableClock;
let staff: Staff;

beforeAll(async () => {
  clock = movableClock('2026-11-26T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  staff = await signInStaff(app);
});
afterAll(() => app?.close());

type Item = { node: string; subject: string | null; dueOn: string; state: string };
// Both receipts arrive on one day (one due date): in the order of their subjects, to compare.
const payoutDeadlines = async (caseId: string): Promise<Item[]> =>
  ((await caller(app, staff.judge)('GET', `/api/v1/cases/${caseId}/deadlines`)).json().items as Item[])
    .filter((d) => d.node === 'payout')
    .sort((a, b) => order.indexOf(a.subject ?? '') - order.indexOf(b.subject ?? ''));
let order: string[] = [];

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

describe('a bank refund reopens the payout deadlines its payout met', () => {
  it('opens the met deadline again with its original due date, overdue when that is past; a paid payout leaves it met', async () => {
    const finance = caller(app, staff.finance);
    const { caseId, partyId } = await caseWithPayee(app, staff);
    const first = (await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('5000.00'), 'rr-r1')).json();
    const second = (await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('1000.00'), 'rr-r2')).json();
    order = [first.id, second.id];

    // 5000 paid out and confirmed by the bank; 1000 paid out, and the bank refunds it.
    const paid = await payOut(caseId, partyId, '5000.00', 'rr-p1');
    const ok = await finance('POST', `/api/v1/payouts/${paid}/bank-result`, { outcome: 'paid', bankReference: 'B-1' });
    expect(ok.statusCode, ok.body).toBe(200);
    const refunded = await payOut(caseId, partyId, '1000.00', 'rr-p2');
    expect((await payoutDeadlines(caseId)).map((d) => [d.subject, d.state])).toEqual([
      [first.id, 'met'],
      [second.id, 'met'],
    ]);

    // The refund comes after the second receipt's due date: its deadline is overdue again at once.
    clock.set('2026-12-30T02:00:00.000Z');
    staff = await signInStaff(app);
    const failed = await caller(app, staff.finance)('POST', `/api/v1/payouts/${refunded}/bank-result`, {
      outcome: 'failed',
      note: '户名不符',
    });
    expect(failed.statusCode, failed.body).toBe(200);
    expect(failed.json().status).toBe('failed');
    const after = await payoutDeadlines(caseId);
    expect(after.map((d) => [d.subject, d.state, d.dueOn])).toEqual([
      [first.id, 'met', first.payBy],
      [second.id, 'overdue', second.payBy],
    ]);
    const overdue = (await caller(app, staff.judge)('GET', '/api/v1/deadlines?court=粤0703&state=overdue&limit=100')).json()
      .items as (Item & { caseId: string })[];
    expect(overdue.some((d) => d.caseId === caseId && d.subject === second.id)).toBe(true);
    const events = await app.db
      .selectFrom('events')
      .select(['action'])
      .where('case_id', '=', caseId)
      .where('action', '=', 'deadline.reopened')
      .execute();
    expect(events).toHaveLength(1);

    // Paid out again, the deadline is met again (late).
    await payOut(caseId, partyId, '1000.00', 'rr-p3');
    expect((await payoutDeadlines(caseId)).map((d) => d.state)).toEqual(['met', 'met']);
    await expectLedgerSound(app);
  }, 120_000);
});
