import { expect } from 'vitest';
import { sql } from 'kysely';
import type { LightMyRequestResponse } from 'fastify';
import { login, type TestApp } from '../support/test-app.ts';
import { filingBody } from '../api/fixtures.ts';

// Shared by the funds tests: staff who post and approve, a case with a confirmed payee, and the
// ledger's own checks (every transaction balances, every kept balance equals its entries).

export type Staff = Record<'judge' | 'enforcer' | 'clerk' | 'head' | 'finance' | 'taishan', { authorization: string }>;

export async function signInStaff(app: TestApp): Promise<Staff> {
  const names = ['judge', 'enforcer', 'clerk', 'head', 'finance', 'taishan'] as const;
  const out: Partial<Staff> = {};
  for (const n of names) out[n] = await login(app, n);
  return out as Staff;
}

export type Call = (method: 'GET' | 'POST' | 'PUT', url: string, payload?: unknown, key?: string) => Promise<LightMyRequestResponse>;

export const caller =
  (app: TestApp, auth: { authorization: string }): Call =>
  (method, url, payload, key) =>
    app.server.inject({
      method,
      url,
      ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
      headers: { ...auth, ...(key ? { 'idempotency-key': key } : {}) },
    });

/** Files a case in 粤0703 and confirms its applicant's collecting account; answers the case and party ids. */
export async function caseWithPayee(app: TestApp, staff: Staff): Promise<{ caseId: string; partyId: string }> {
  const judge = caller(app, staff.judge);
  const filed = await judge('POST', '/api/v1/cases', filingBody());
  expect(filed.statusCode, filed.body).toBe(201);
  const caseId = filed.json().id as string;
  const detail = await judge('GET', `/api/v1/cases/${caseId}`);
  const partyId = detail.json().applicants[0].id as string;
  expect(partyId).toMatch(/^[0-9a-f-]{36}$/);
  const payee = await judge('PUT', `/api/v1/cases/${caseId}/parties/${partyId}/payee-account`, {
    accountName: '陈小红',
    accountNumber: '6222 0210 0100 5566 778',
    bankName: '中国工商银行江门分行',
  });
  expect(payee.statusCode, payee.body).toBe(200);
  return { caseId, partyId };
}

/** Everything the funds context writes, and the events: a refusal must leave them all as they were. */
export async function fundsCounts(app: TestApp) {
  const r = await sql<Record<string, string>>`select
    (select count(*) from ledger_transactions) as transactions, (select count(*) from ledger_entries) as entries,
    (select count(*) from funds_receipts) as receipts, (select count(*) from funds_payouts) as payouts,
    (select count(*) from funds_payout_decisions) as decisions, (select count(*) from funds_holds where state = 'active') as holds,
    (select coalesce(sum(balance), 0) from funds_accounts) as balances, (select coalesce(sum(held), 0) from funds_accounts) as held,
    (select count(*) from events) as events`.execute(app.db);
  return r.rows[0]!;
}

/** The ledger's invariants: no transaction out of balance, no kept balance apart from its entries. */
export async function expectLedgerSound(app: TestApp) {
  const r = await sql<{ unbalanced: number; drift: number; negative: number }>`select
    (select count(*)::int from (select transaction_id from ledger_entries group by transaction_id having sum(amount) <> 0) u) as unbalanced,
    (select count(*)::int from funds_accounts a where a.kind = 'case'
       and a.balance <> coalesce((select -sum(e.amount) from ledger_entries e where e.account_id = a.id), 0)) as drift,
    (select count(*)::int from funds_accounts where balance < 0 or held < 0 or held > balance) as negative`.execute(app.db);
  expect(r.rows[0]).toEqual({ unbalanced: 0, drift: 0, negative: 0 });
}

export const receipt = (amount: string, extra: Record<string, unknown> = {}) => ({
  amount,
  receivedOn: '2026-11-25',
  payerName: '江门市恒泰建材有限公司',
  ...extra,
});
