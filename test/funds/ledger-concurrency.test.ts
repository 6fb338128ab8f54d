import { afterAll, beforeAll, expect, it } from 'vitest';
import type { LightMyRequestResponse } from 'fastify';
import { sql } from 'kysely';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { movableClock } from '../api/fixtures.ts';
import { formatYuan } from '../../src/shared/money.ts';
import { verifyAuditChains } from '../../src/audit/verify-chain.ts';
import { caller, caseWithPayee, expectLedgerSound, receipt, signInStaff, type Staff } from './funds-fixtures.ts';

// 1,000 receipts and payouts fired at one account at once, every request sent twice with the
// same key, and then all of them retried: the ledger balances to the fen, every key posts once,
// and no balance goes below zero. The approvals of every accepted payout race the same way.

let app: TestApp;
let staff: Staff;

beforeAll(async () => {
  app = await createTestApp({ clock: movableClock('2026-11-26T02:00:00.000Z'), seedCases: 0 });
  staff = await signInStaff(app);
});
afterAll(() => app?.close());

// A client that, told the server is busy (503 database-unavailable: every connection waits on the
// one account's row), tries again later with the same key, as a bank's or a clerk's client would.
async function answered(send: () => Promise<LightMyRequestResponse>): Promise<LightMyRequestResponse> {
  for (let attempt = 0; ; attempt++) {
    const r = await send();
    if (r.statusCode !== 503 || attempt === 50) return r;
    await new Promise((done) => setTimeout(done, 50 + ((attempt * 37) % 200)));
  }
}

// A fixed pseudo-random sequence: the same amounts on every run.
function amounts(n: number, seed: number): bigint[] {
  let x = seed;
  return Array.from({ length: n }, () => {
    x = (x * 1103515245 + 12345) % 2147483648;
    return BigInt(1 + (x % 50_000)); // 0.01 … 500.00 yuan
  });
}

it(
  '1,000 concurrent receipts and payouts, each retried under its key, post once and balance to the fen',
  { timeout: 600_000 },
  async () => {
    const { caseId, partyId } = await caseWithPayee(app, staff);
    const finance = caller(app, staff.finance);
    const judge = caller(app, staff.judge);
    const inFen = amounts(600, 7);
    const outFen = amounts(400, 11).map((a) => a / 2n + 1n);
    const ops = [
      ...inFen.map(
        (a, i) => () => finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt(formatYuan(a), { reference: `R${i}` }), `in-${i}`),
      ),
      ...outFen.map((a, i) => () => judge('POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: formatYuan(a) }, `out-${i}`)),
    ];
    // Interleave receipts and payouts, each sent twice at once, then every request retried.
    const order = ops.map((_, i) => i).sort((a, b) => ((a * 7919) % 1000) - ((b * 7919) % 1000));
    const first = await Promise.all(order.flatMap((i) => [answered(ops[i]!), answered(ops[i]!)]));
    const again = await Promise.all(order.map((i) => answered(ops[i]!)));
    for (const r of [...first, ...again]) expect([201, 409], r.body).toContain(r.statusCode);
    for (const r of [...first, ...again]) if (r.statusCode === 409) expect(r.json().code).toBe('insufficient-funds');

    // Every answer of one key names one posting.
    const idsByKey = new Map<number, Set<string>>();
    [...first.map((r, j) => [order[Math.floor(j / 2)]!, r] as const), ...again.map((r, j) => [order[j]!, r] as const)].forEach(([i, r]) => {
      if (r.statusCode !== 201) return;
      const set = idsByKey.get(i) ?? new Set();
      set.add(r.json().id);
      idsByKey.set(i, set);
    });
    for (const set of idsByKey.values()) expect(set.size).toBe(1);
    for (let i = 0; i < inFen.length; i++) expect(idsByKey.has(i), `receipt ${i}`).toBe(true);

    const received = inFen.reduce((s, a) => s + a, 0n);
    const accepted = [...idsByKey.keys()].filter((i) => i >= inFen.length);
    const held = accepted.reduce((s, i) => s + outFen[i - inFen.length]!, 0n);
    const counts = await sql<{ receipts: number; keys: number; payouts: number }>`select
    (select count(*)::int from funds_receipts where case_id = ${caseId}) as receipts,
    (select count(distinct posting_key)::int from ledger_transactions where case_id = ${caseId} and kind = 'receipt') as keys,
    (select count(*)::int from funds_payouts where case_id = ${caseId}) as payouts`.execute(app.db);
    expect(counts.rows[0]).toEqual({ receipts: 600, keys: 600, payouts: accepted.length });
    const account = (await judge('GET', `/api/v1/cases/${caseId}/account`)).json();
    expect(account).toMatchObject({ balance: formatYuan(received), received: formatYuan(received), held: formatYuan(held) });
    await expectLedgerSound(app);

    // The three steps of every accepted payout, each approval sent twice at once.
    const payoutIds = [...accepted].map((i) => [...idsByKey.get(i)!][0]!);
    for (const who of [staff.enforcer, staff.head, staff.finance]) {
      const approve = caller(app, who);
      const answers = await Promise.all(
        payoutIds.flatMap((id) => [
          answered(() => approve('POST', `/api/v1/payouts/${id}/approve`, {})),
          answered(() => approve('POST', `/api/v1/payouts/${id}/approve`, {})),
        ]),
      );
      for (let k = 0; k < payoutIds.length; k++) {
        const pair = [answers[2 * k]!, answers[2 * k + 1]!];
        expect(
          pair.filter((r) => r.statusCode === 200),
          pair[0]!.body + pair[1]!.body,
        ).toHaveLength(1);
      }
    }
    const after = (await judge('GET', `/api/v1/cases/${caseId}/account`)).json();
    expect(after).toMatchObject({ balance: formatYuan(received - held), paidOut: formatYuan(held), held: '0.00' });
    const payoutsPosted = await sql<{
      n: number;
    }>`select count(*)::int as n from ledger_transactions where case_id = ${caseId} and kind = 'payout'`.execute(app.db);
    expect(payoutsPosted.rows[0]!.n).toBe(accepted.length);
    await expectLedgerSound(app);
    // Each receipt linked its events into the court's chain in SQL (linkedAppendWrite): the chain verifies.
    expect((await verifyAuditChains(app.db)).breaks).toEqual([]);
  },
);
