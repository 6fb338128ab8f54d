import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { expectProblem, filingBody, movableClock } from '../api/fixtures.ts';
import { caller, caseWithPayee, expectLedgerSound, fundsCounts, receipt, signInStaff, type Call, type Staff } from './funds-fixtures.ts';

// 执行款划转 (ADR 0185): money moved from one case's account to another's of the same court, approved
// in the payout's steps (承办人 → 执行局长 → 财务人员), posted as one ledger transaction case → case.

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

/** Two cases of the court; the first with 10000.00 received. */
async function twoCases(key: string) {
  const a = await caseWithPayee(app, staff);
  const b = await caseWithPayee(app, staff);
  const posted = await finance('POST', `/api/v1/cases/${a.caseId}/receipts`, receipt('10000.00'), `${key}-r`);
  expect(posted.statusCode, posted.body).toBe(201);
  const bNumber = (await judge('GET', `/api/v1/cases/${b.caseId}`)).json().caseNumber as string;
  const aNumber = (await judge('GET', `/api/v1/cases/${a.caseId}`)).json().caseNumber as string;
  return { from: a.caseId, to: b.caseId, fromNumber: aNumber, toNumber: bNumber };
}

const transfer = (amount: string, to: Record<string, string>) => ({
  ...to,
  amount,
  reason: '被执行人同一，经申请执行人同意划转至另案清偿',
});

const account = async (caseId: string) => (await judge('GET', `/api/v1/cases/${caseId}/account`)).json();
const entries = async (caseId: string) =>
  (await judge('GET', `/api/v1/cases/${caseId}/account/entries`))
    .json()
    .items.map((e: { kind: string; amount: string }) => [e.kind, e.amount]);

describe('a transfer between case accounts', () => {
  it('holds at request, moves the money at the last approval in one transaction, and gives the target a receipt with its own deadline', async () => {
    const c = await twoCases('t1');
    const res = await judge('POST', `/api/v1/cases/${c.from}/transfers`, transfer('4000.00', { toCaseNumber: c.toNumber }), 't1');
    expect(res.statusCode, res.body).toBe(201);
    const t = res.json();
    expect(t).toMatchObject({
      kind: 'transfer',
      kindName: '划转',
      status: 'pending',
      toCaseId: c.to,
      partyId: null,
      partyName: c.toNumber,
    });
    expect(await account(c.from)).toMatchObject({ balance: '10000.00', held: '4000.00', available: '6000.00' });

    const inbox = (await enforcer('GET', '/api/v1/payouts/inbox')).json();
    expect(inbox.items.find((i: { id: string }) => i.id === t.id)).toMatchObject({ kindName: '划转', amount: '4000.00' });
    expect((await enforcer('POST', `/api/v1/payouts/${t.id}/approve`, { opinion: '核算无误' })).statusCode).toBe(200);
    expect((await head('POST', `/api/v1/payouts/${t.id}/approve`, {})).statusCode).toBe(200);
    const done = await finance('POST', `/api/v1/payouts/${t.id}/approve`, {});
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({ status: 'transferred', statusName: '已划转', awaitingStep: null });

    expect(await account(c.from)).toMatchObject({ balance: '6000.00', held: '0.00', paidOut: '4000.00', received: '10000.00' });
    const b = await account(c.to);
    expect(b).toMatchObject({ balance: '4000.00', received: '4000.00', held: '0.00', available: '4000.00' });
    expect(b.receipts).toHaveLength(1);
    expect(b.receipts[0]).toMatchObject({
      source: 'transfer',
      sourceName: '他案划入',
      amount: '4000.00',
      payerName: `${c.fromNumber}案款账户`,
    });
    expect(b.receipts[0].payBy > b.receipts[0].receivedOn).toBe(true);

    expect(await entries(c.from)).toEqual([
      ['transfer', '-4000.00'],
      ['receipt', '10000.00'],
    ]);
    expect(await entries(c.to)).toEqual([['transfer', '4000.00']]);
    const tx = await sql<{ n: number; total: string }>`select count(distinct t.id)::int as n, sum(e.amount)::text as total
      from ledger_transactions t join ledger_entries e on e.transaction_id = t.id where t.posting_key = ${`transfer:${t.id}`}`.execute(
      app.db,
    );
    expect(tx.rows[0]).toEqual({ n: 1, total: '0' });
    const events = await sql<{ case_id: string; action: string }>`select case_id, action from events
      where entity_id = ${t.id} order by seq`.execute(app.db);
    const actions = events.rows.map((e) => [e.case_id === c.from ? 'from' : 'to', e.action]);
    expect(actions).toEqual(
      expect.arrayContaining([
        ['from', 'funds.transfer-requested'],
        ['to', 'funds.transfer-requested'],
        ['from', 'funds.transferred'],
        ['to', 'funds.transferred-in'],
      ]),
    );
    const deadline = await sql<{ n: number }>`select count(*)::int as n from events
      where case_id = ${c.to} and action = 'funds.received'`.execute(app.db);
    expect(deadline.rows[0]!.n).toBe(1);
    await expectLedgerSound(app);
  });

  it('answers a retry under the same key with the first answer and writes nothing more', async () => {
    const c = await twoCases('t2');
    const first = await judge('POST', `/api/v1/cases/${c.from}/transfers`, transfer('100.00', { toCaseId: c.to }), 't2');
    expect(first.statusCode, first.body).toBe(201);
    const before = await fundsCounts(app);
    const again = await judge('POST', `/api/v1/cases/${c.from}/transfers`, transfer('100.00', { toCaseId: c.to }), 't2');
    expect(again.statusCode).toBe(201);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect(await fundsCounts(app)).toEqual(before);
    expect(await account(c.from)).toMatchObject({ held: '100.00' });
  });

  it('a rejected transfer releases the hold and moves nothing', async () => {
    const c = await twoCases('t3');
    const t = (await judge('POST', `/api/v1/cases/${c.from}/transfers`, transfer('300.00', { toCaseId: c.to }), 't3')).json();
    const r = await enforcer('POST', `/api/v1/payouts/${t.id}/reject`, { opinion: '目标案件尚待核实' });
    expect(r.json().status).toBe('rejected');
    expect(await account(c.from)).toMatchObject({ balance: '10000.00', held: '0.00' });
    expect(await account(c.to)).toMatchObject({ balance: '0.00' });
    await expectLedgerSound(app);
  });
});

describe('refusals write nothing', () => {
  it('refuses the same case, an unknown or other court’s target, a closed target, bad amounts, too much, no target, a reused key', async () => {
    const c = await twoCases('t4');
    const other = await caller(app, staff.taishan)('POST', '/api/v1/cases', filingBody({ courtCode: '粤0781' }));
    const url = `/api/v1/cases/${c.from}/transfers`;
    await judge('POST', url, transfer('10.00', { toCaseId: c.to }), 't4-used');
    const closedCase = await caseWithPayee(app, staff);
    const closed = await judge('POST', `/api/v1/cases/${closedCase.caseId}/close`, {
      mode: 'fully-enforced',
      closedOn: '2026-11-25',
      reason: '已履行完毕',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const before = await fundsCounts(app);
    expectProblem(await judge('POST', url, transfer('10.00', { toCaseId: c.from }), 't4-a'), 422, 'transfer-same-case');
    expectProblem(await judge('POST', url, transfer('10.00', { toCaseNumber: c.fromNumber }), 't4-b'), 422, 'transfer-same-case');
    expectProblem(
      await judge('POST', url, transfer('10.00', { toCaseNumber: '（2026）粤0703执999999号' }), 't4-c'),
      404,
      'transfer-target-not-found',
    );
    expectProblem(
      await judge('POST', url, transfer('10.00', { toCaseId: '00000000-0000-4000-8000-000000000000' }), 't4-d'),
      404,
      'transfer-target-not-found',
    );
    expectProblem(await judge('POST', url, transfer('10.00', { toCaseId: 'not-a-uuid' }), 't4-e'), 404, 'transfer-target-not-found');
    expect(other.statusCode, other.body).toBe(201);
    expectProblem(await judge('POST', url, transfer('10.00', { toCaseId: other.json().id }), 't4-f'), 404, 'transfer-target-not-found');
    expectProblem(await judge('POST', url, transfer('10.00', { toCaseId: closedCase.caseId }), 't4-g'), 409, 'transfer-target-closed');
    expectProblem(await judge('POST', url, transfer('0.00', { toCaseId: c.to }), 't4-h'), 422, 'invalid-money');
    expectProblem(await judge('POST', url, transfer('-5.00', { toCaseId: c.to }), 't4-i'), 422, 'validation-failed');
    expectProblem(await judge('POST', url, transfer('1.005', { toCaseId: c.to }), 't4-j'), 422, 'validation-failed');
    expectProblem(await judge('POST', url, transfer('9990.01', { toCaseId: c.to }), 't4-k'), 409, 'insufficient-funds');
    expectProblem(await judge('POST', url, { amount: '10.00', reason: '划转' }, 't4-l'), 422, 'transfer-target-required');
    expectProblem(
      await judge('POST', url, transfer('10.00', { toCaseId: c.to, toCaseNumber: c.toNumber }), 't4-m'),
      422,
      'transfer-target-required',
    );
    expectProblem(await judge('POST', url, { toCaseId: c.to, amount: '10.00', reason: '  ' }, 't4-n'), 422, 'validation-failed');
    expectProblem(await judge('POST', url, transfer('10.00', { toCaseId: c.to })), 428, 'idempotency-key-required');
    expectProblem(await judge('POST', url, transfer('11.00', { toCaseId: c.to }), 't4-used'), 409, 'idempotency-key-reused');
    expectProblem(await caller(app, staff.clerk)('POST', url, transfer('10.00', { toCaseId: c.to }), 't4-o'), 403, 'forbidden');
    expectProblem(await caller(app, staff.taishan)('POST', url, transfer('10.00', { toCaseId: c.to }), 't4-p'), 404, 'case-not-found');
    expect(await fundsCounts(app)).toEqual(before);
    await expectLedgerSound(app);
  });
});
