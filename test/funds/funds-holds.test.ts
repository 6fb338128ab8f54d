import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { expectProblem, movableClock, type MovableClock } from '../api/fixtures.ts';
import { caller, caseWithPayee, expectLedgerSound, fundsCounts, receipt, signInStaff, type Staff } from './funds-fixtures.ts';

// 延缓发放: a hold for a lawful reason takes effect at the bureau head's approval, holds the money
// and stops the clock of the case's payout deadlines; its release lets them run on with the days
// they had left, counted on the statutory calendar.

let app: TestApp;
let clock: MovableClock;
let staff: Staff;

beforeAll(async () => {
  clock = movableClock('2026-11-26T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  staff = await signInStaff(app);
});
afterAll(() => app?.close());

const at = async (iso: string) => {
  clock.set(iso);
  staff = await signInStaff(app);
};
type Item = { node: string; subject: string | null; dueOn: string; state: string; paused: boolean; dueLabel: string; pauses: unknown[] };
const payoutDeadlines = async (caseId: string): Promise<Item[]> =>
  ((await caller(app, staff.judge)('GET', `/api/v1/cases/${caseId}/deadlines`)).json().items as Item[]).filter((d) => d.node === 'payout');
const account = async (caseId: string) => (await caller(app, staff.judge)('GET', `/api/v1/cases/${caseId}/account`)).json();

describe('a hold of case money (暂缓发放)', () => {
  it('stops the payout deadline from its approval and, released, lets it run on with the days left', async () => {
    await at('2026-11-26T02:00:00.000Z');
    const { caseId } = await caseWithPayee(app, staff);
    const r = (await caller(app, staff.finance)('POST', `/api/v1/cases/${caseId}/receipts`, receipt('5000.00'), 'h-r1')).json();
    expect((await payoutDeadlines(caseId))[0]).toMatchObject({ subject: r.id, dueOn: '2026-12-25', paused: false });

    await at('2026-12-01T02:00:00.000Z');
    const asked = await caller(app, staff.judge)('POST', `/api/v1/cases/${caseId}/holds`, {
      kind: 'objection',
      amount: '2000.00',
      reason: '案外人对该笔款项提出执行异议，正在审查',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect(asked.json()).toMatchObject({ kind: 'funds.hold', state: 'pending', summary: '暂缓发放 2000.00 元（执行异议审查中）' });
    // Asked, not approved: nothing is held, the clock runs.
    expect(await account(caseId)).toMatchObject({ held: '0.00', holds: [] });
    expect((await payoutDeadlines(caseId))[0]).toMatchObject({ paused: false });

    const approved = await caller(app, staff.head)('POST', `/api/v1/approvals/${asked.json().id}/approve`, { opinion: '同意暂缓' });
    expect(approved.statusCode, approved.body).toBe(200);
    const held = await account(caseId);
    expect(held).toMatchObject({ held: '2000.00', available: '3000.00' });
    expect(held.holds[0]).toMatchObject({ kind: 'objection', kindName: '执行异议审查中', amount: '2000.00', releasable: true });
    expect(held.holds[0].basis).toContain('民事诉讼法(2023) 第236条');
    expect(held.holds[0].approvedByName).toBeTruthy();
    expect((await payoutDeadlines(caseId))[0]).toMatchObject({ paused: true, dueLabel: '已停止计时（暂缓发放）' });

    // Money arriving during the hold waits with the rest.
    await at('2026-12-02T02:00:00.000Z');
    const late = (
      await caller(app, staff.finance)('POST', `/api/v1/cases/${caseId}/receipts`, receipt('100.00', { receivedOn: '2026-12-02' }), 'h-r2')
    ).json();
    expect((await payoutDeadlines(caseId)).find((d) => d.subject === late.id)).toMatchObject({ paused: true });

    // Released on 12-02: 24 days were left on 12-01; they count again from 12-03 and end on Saturday
    // 12-26, moved on to Monday 12-28 (民诉法 第85条).
    const holdId = held.holds[0].id as string;
    const released = await caller(app, staff.judge)('POST', `/api/v1/holds/${holdId}/release`, { note: '异议已裁定驳回' });
    expect(released.statusCode, released.body).toBe(200);
    const after = await payoutDeadlines(caseId);
    expect(after.find((d) => d.subject === r.id)).toMatchObject({ paused: false, dueOn: '2026-12-28', state: 'open' });
    expect(after.find((d) => d.subject === late.id)).toMatchObject({ paused: false, state: 'open' });
    expect(await account(caseId)).toMatchObject({ held: '0.00', available: '5100.00', holds: [] });
    expectProblem(await caller(app, staff.judge)('POST', `/api/v1/holds/${holdId}/release`, {}), 409, 'hold-released');
    await expectLedgerSound(app);
  }, 120_000);

  it('refuses a payout’s own hold as a reason, more than the available money, and an empty reason, writing nothing', async () => {
    await at('2026-11-26T02:00:00.000Z');
    const { caseId } = await caseWithPayee(app, staff);
    await caller(app, staff.finance)('POST', `/api/v1/cases/${caseId}/receipts`, receipt('500.00'), 'h-r3');
    const before = await fundsCounts(app);
    const ask = (body: Record<string, unknown>) => caller(app, staff.judge)('POST', `/api/v1/cases/${caseId}/holds`, body);
    expectProblem(await ask({ kind: 'payout', amount: '10.00', reason: '—' }), 422, 'validation-failed');
    expectProblem(await ask({ kind: 'distribution', amount: '500.01', reason: '参与分配' }), 409, 'insufficient-funds');
    expectProblem(await ask({ kind: 'distribution', amount: '10.00', reason: '  ' }), 422, 'validation-failed');
    expectProblem(
      await caller(app, staff.clerk)('POST', `/api/v1/cases/${caseId}/holds`, { kind: 'other', amount: '1.00', reason: 'x' }),
      403,
      'forbidden',
    );
    expect(await fundsCounts(app)).toEqual(before);
  }, 120_000);

  it('outlives the case’s own continuation: only a case fact’s pause ends with 恢复执行', async () => {
    await at('2026-11-26T02:00:00.000Z');
    const { caseId } = await caseWithPayee(app, staff);
    await caller(app, staff.finance)('POST', `/api/v1/cases/${caseId}/receipts`, receipt('800.00'), 'h-r4');
    const asked = await caller(app, staff.judge)('POST', `/api/v1/cases/${caseId}/holds`, {
      kind: 'suspended',
      amount: '800.00',
      reason: '案件中止执行',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    expect((await caller(app, staff.head)('POST', `/api/v1/approvals/${asked.json().id}/approve`, {})).statusCode).toBe(200);
    expect((await payoutDeadlines(caseId))[0]).toMatchObject({ paused: true });
    expect((await account(caseId)).holds[0]).toMatchObject({ kindName: '案件中止或暂缓执行' });
    const judge = caller(app, staff.judge);
    expect((await judge('POST', `/api/v1/cases/${caseId}/start`, {})).statusCode).toBe(200);
    const suspended = await judge('POST', `/api/v1/cases/${caseId}/suspend`, { reason: '案外人异议' });
    expect(suspended.statusCode, suspended.body).toBe(200);
    await at('2026-11-30T02:00:00.000Z');
    const continued = await caller(app, staff.judge)('POST', `/api/v1/cases/${caseId}/continue`, {});
    expect(continued.statusCode, continued.body).toBe(200);
    // The 执行期限 runs again; the money's hold still stands, and so does its payout deadline's pause.
    const all = (await caller(app, staff.judge)('GET', `/api/v1/cases/${caseId}/deadlines`)).json().items as Item[];
    expect(all.find((d) => d.node === 'enforcement-period')).toMatchObject({ paused: false });
    expect(all.find((d) => d.node === 'payout')).toMatchObject({ paused: true });
  }, 120_000);
});
