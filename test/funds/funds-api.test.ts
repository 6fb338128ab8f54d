import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { expectProblem, movableClock } from '../api/fixtures.ts';
import { caller, caseWithPayee, expectLedgerSound, fundsCounts, receipt, signInStaff, type Call, type Staff } from './funds-fixtures.ts';

// Case funds through the API: one account per case, receipts under an Idempotency-Key, payouts
// approved by the officer, the bureau head and finance in turn, and every refusal writing nothing.

let app: TestApp;
let staff: Staff;
let finance: Call;
let judge: Call;
let head: Call;
let enforcer: Call;

beforeAll(async () => {
  app = await createTestApp({ clock: movableClock('2026-11-26T02:00:00.000Z'), seedCases: 0 });
  staff = await signInStaff(app);
  finance = caller(app, staff.finance);
  judge = caller(app, staff.judge);
  head = caller(app, staff.head);
  enforcer = caller(app, staff.enforcer);
});
afterAll(() => app?.close());

describe('the case account (一案一账号)', () => {
  it('every case has an account numbered under its court’s master account, empty at filing', async () => {
    const { caseId } = await caseWithPayee(app, staff);
    const res = await judge('GET', `/api/v1/cases/${caseId}/account`);
    expect(res.statusCode, res.body).toBe(200);
    const a = res.json();
    expect(a).toMatchObject({ balance: '0.00', received: '0.00', paidOut: '0.00', held: '0.00', status: 'open' });
    expect(a.accountNumber.startsWith(a.masterAccountNumber)).toBe(true);
    expect(a.accountNumber).toMatch(/^\d{18}$/);
  });

  it('the case detail names every party with its id', async () => {
    const { caseId, partyId } = await caseWithPayee(app, staff);
    const c = (await judge('GET', `/api/v1/cases/${caseId}`)).json();
    expect(c.applicants[0].id).toBe(partyId);
    expect(c.debtors[0].id).toMatch(/^[0-9a-f-]{36}$/);
  });
});

describe('receipts', () => {
  it('posts a receipt once: the same key and body answer the first answer and post nothing more', async () => {
    const { caseId } = await caseWithPayee(app, staff);
    const first = await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('12000.50', { reference: 'ICBC001' }), 'r-once');
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ amount: '12000.50', balance: '12000.50', source: 'manual', payBy: '2026-12-25' });
    const before = await fundsCounts(app);
    const again = await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('12000.50', { reference: 'ICBC001' }), 'r-once');
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect(await fundsCounts(app)).toEqual(before);
    const a = (await judge('GET', `/api/v1/cases/${caseId}/account`)).json();
    expect(a).toMatchObject({ balance: '12000.50', received: '12000.50' });
    expect(a.receipts).toHaveLength(1);
    await expectLedgerSound(app);
  });

  it('refuses the same key with another body (409 idempotency-key-reused), a missing key, a bad amount and a future date, writing nothing', async () => {
    const { caseId } = await caseWithPayee(app, staff);
    await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('100.00'), 'r-reused');
    const before = await fundsCounts(app);
    expectProblem(await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('101.00'), 'r-reused'), 409, 'idempotency-key-reused');
    expectProblem(await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('100.00')), 428, 'idempotency-key-required');
    expectProblem(await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('-5.00'), 'r-neg'), 422, 'validation-failed');
    expectProblem(await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('0.00'), 'r-zero'), 422, 'invalid-money');
    expectProblem(await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('1.005'), 'r-fen'), 422, 'validation-failed');
    expectProblem(
      await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('5.00', { receivedOn: '2026-12-30' }), 'r-future'),
      422,
      'receipt-date-invalid',
    );
    expectProblem(await caller(app, staff.clerk)('POST', `/api/v1/cases/${caseId}/receipts`, receipt('5.00'), 'r-clerk'), 403, 'forbidden');
    expect(await fundsCounts(app)).toEqual(before);
  });

  it('refuses a receipt into a closed case’s account', async () => {
    const { caseId } = await caseWithPayee(app, staff);
    const closed = await judge('POST', `/api/v1/cases/${caseId}/close`, {
      mode: 'fully-enforced',
      closedOn: '2026-11-25',
      reason: '已履行完毕',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const before = await fundsCounts(app);
    expectProblem(await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('10.00'), 'r-closed'), 409, 'account-closed');
    expect(await fundsCounts(app)).toEqual(before);
  });

  it('another court’s case is not found', async () => {
    const { caseId } = await caseWithPayee(app, staff);
    expectProblem(await caller(app, staff.taishan)('GET', `/api/v1/cases/${caseId}/account`), 404, 'case-not-found');
  });
});

describe('payouts in approval steps', () => {
  it('officer → bureau head → finance, in turn; the money is held while pending and leaves at the last step', async () => {
    const { caseId, partyId } = await caseWithPayee(app, staff);
    await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('5000.00'), 'p-r1');
    const asked = await judge('POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: '3000.00' }, 'p-1');
    expect(asked.statusCode, asked.body).toBe(201);
    const p = asked.json();
    expect(p).toMatchObject({ status: 'pending', awaitingStep: { step: 'officer' }, payee: { accountNumber: '6222021001005566778' } });
    expect((await judge('GET', `/api/v1/cases/${caseId}/account`)).json()).toMatchObject({
      balance: '5000.00',
      held: '3000.00',
      available: '2000.00',
    });

    // Out of order: the bureau head and finance cannot decide the officer's step.
    expectProblem(await head('POST', `/api/v1/payouts/${p.id}/approve`, {}), 409, 'payout-wrong-step');
    expectProblem(await finance('POST', `/api/v1/payouts/${p.id}/approve`, {}), 409, 'payout-wrong-step');
    const s1 = await enforcer('POST', `/api/v1/payouts/${p.id}/approve`, { opinion: '核算无误' });
    expect(s1.statusCode, s1.body).toBe(200);
    expect(s1.json().awaitingStep.step).toBe('bureau-head');
    // Twice at one step: the officers' step is done.
    expectProblem(await judge('POST', `/api/v1/payouts/${p.id}/approve`, {}), 409, 'payout-wrong-step');
    const s2 = await head('POST', `/api/v1/payouts/${p.id}/approve`, {});
    expect(s2.json().awaitingStep.step).toBe('finance');
    const inbox = (await finance('GET', '/api/v1/payouts/inbox')).json();
    expect(inbox.step.title).toBe('财务人员核发');
    expect(inbox.items.map((i: { id: string }) => i.id)).toContain(p.id);
    const s3 = await finance('POST', `/api/v1/payouts/${p.id}/approve`, {});
    expect(s3.json()).toMatchObject({ status: 'instructed', awaitingStep: null });
    expect(s3.json().decisions.map((d: { step: string }) => d.step)).toEqual(['承办人审核', '执行局长审批', '财务人员核发']);
    expectProblem(await finance('POST', `/api/v1/payouts/${p.id}/approve`, {}), 409, 'payout-decided');
    expect((await judge('GET', `/api/v1/cases/${caseId}/account`)).json()).toMatchObject({
      balance: '2000.00',
      held: '0.00',
      paidOut: '3000.00',
      available: '2000.00',
    });
    const paid = await finance('POST', `/api/v1/payouts/${p.id}/bank-result`, { outcome: 'paid', bankReference: 'ICBC-OUT-1' });
    expect(paid.json().status).toBe('paid');
    expectProblem(await finance('POST', `/api/v1/payouts/${p.id}/bank-result`, { outcome: 'failed' }), 409, 'payout-not-instructed');
    await expectLedgerSound(app);
  });

  it('a payout above the available balance is refused with 409 insufficient-funds, and nothing is written', async () => {
    const { caseId, partyId } = await caseWithPayee(app, staff);
    await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('100.00'), 'p-r2');
    await judge('POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: '60.00' }, 'p-2a');
    const before = await fundsCounts(app);
    expectProblem(await judge('POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: '40.01' }, 'p-2b'), 409, 'insufficient-funds');
    expect(await fundsCounts(app)).toEqual(before);
    const ok = await judge('POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: '40.00' }, 'p-2c');
    expect(ok.statusCode).toBe(201);
  });

  it('pays only a named applicant with a confirmed account', async () => {
    const { caseId } = await caseWithPayee(app, staff);
    await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('100.00'), 'p-r3');
    const debtor = (await judge('GET', `/api/v1/cases/${caseId}`)).json().debtors[0].id;
    const before = await fundsCounts(app);
    expectProblem(
      await judge('POST', `/api/v1/cases/${caseId}/payouts`, { partyId: debtor, amount: '1.00' }, 'p-3a'),
      422,
      'party-not-applicant',
    );
    expect(await fundsCounts(app)).toEqual(before);
  });

  it('a rejection releases the hold; a failed bank payment puts the money back', async () => {
    const { caseId, partyId } = await caseWithPayee(app, staff);
    await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('900.00'), 'p-r4');
    const a = (await judge('POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: '900.00' }, 'p-4a')).json();
    expectProblem(await enforcer('POST', `/api/v1/payouts/${a.id}/reject`, { opinion: ' ' }), 422, 'validation-failed');
    const r = await enforcer('POST', `/api/v1/payouts/${a.id}/reject`, { opinion: '待分配方案确定' });
    expect(r.json().status).toBe('rejected');
    expect((await judge('GET', `/api/v1/cases/${caseId}/account`)).json()).toMatchObject({ held: '0.00', available: '900.00' });

    const b = (await judge('POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: '900.00' }, 'p-4b')).json();
    await enforcer('POST', `/api/v1/payouts/${b.id}/approve`, {});
    await head('POST', `/api/v1/payouts/${b.id}/approve`, {});
    await finance('POST', `/api/v1/payouts/${b.id}/approve`, {});
    const failed = await finance('POST', `/api/v1/payouts/${b.id}/bank-result`, { outcome: 'failed', note: '账户已销户' });
    expect(failed.json().status).toBe('failed');
    expect((await judge('GET', `/api/v1/cases/${caseId}/account`)).json()).toMatchObject({ balance: '900.00', paidOut: '0.00' });
    const entries = (await judge('GET', `/api/v1/cases/${caseId}/account/entries?limit=2`)).json();
    expect(entries.items.map((e: { kind: string; amount: string }) => [e.kind, e.amount])).toEqual([
      ['refund', '900.00'],
      ['payout', '-900.00'],
    ]);
    const rest = (await judge('GET', `/api/v1/cases/${caseId}/account/entries?cursor=${entries.nextCursor}`)).json();
    expect(rest.items.map((e: { kind: string; balanceAfter: string }) => [e.kind, e.balanceAfter])).toEqual([['receipt', '900.00']]);
    expect(rest.nextCursor).toBeNull();
    await expectLedgerSound(app);
  });

  it('ledger entries cannot be changed: a correction is a reversing transaction', async () => {
    await expect(app.db.updateTable('ledger_entries').set({ amount: 1n }).execute()).rejects.toThrow(/append-only/);
  });
});
