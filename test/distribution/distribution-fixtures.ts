import { randomUUID } from 'node:crypto';
import { expect } from 'vitest';
import { sql } from 'kysely';
import type { TestApp } from '../support/test-app.ts';
import { filingBody, newCreditCode, newIdNumber } from '../api/fixtures.ts';
import { caller, type Call, type Staff } from '../funds/funds-fixtures.ts';
import { nextInSequence } from '../support/sequences.ts';

// Shared by the distribution tests: a debtor with two enforcement cases against it (the lead case
// whose account holds the proceeds, and another creditor's), the lead case's payee confirmed.

export type Debtor = { kind: 'person'; name: string; idNumber: string } | { kind: 'organization'; name: string; creditCode: string };

export const enterpriseDebtor = (): Debtor => ({ kind: 'organization', name: '江门市恒泰建材有限公司', creditCode: newCreditCode() });
export const personDebtor = (): Debtor => ({ kind: 'person', name: '王建国', idNumber: newIdNumber() });

export async function fileAgainst(
  judge: Call,
  debtor: Debtor,
  applicant: string,
  idNumber = newIdNumber(),
): Promise<{ caseId: string; partyId: string; debtorPartyId: string }> {
  const doc = `（2026）粤0703民初${2000 + nextInSequence('distribution-title')}号`;
  const body = filingBody({ debtors: [debtor], applicants: [{ kind: 'person', name: applicant, idNumber }] });
  body.title.documentNumber = doc;
  const filed = await judge('POST', '/api/v1/cases', body);
  expect(filed.statusCode, filed.body).toBe(201);
  const caseId = filed.json().id as string;
  const detail = (await judge('GET', `/api/v1/cases/${caseId}`)).json();
  return { caseId, partyId: detail.applicants[0].id, debtorPartyId: detail.debtors[0].id };
}

/** The lead case with its applicant's payee confirmed and `amount` received on its account. */
export async function leadCase(app: TestApp, staff: Staff, debtor: Debtor, amount: string) {
  const judge = caller(app, staff.judge);
  const lead = await fileAgainst(judge, debtor, '陈小红');
  const payee = await judge('PUT', `/api/v1/cases/${lead.caseId}/parties/${lead.partyId}/payee-account`, {
    accountName: '陈小红',
    accountNumber: '6222 0210 0100 5566 778',
    bankName: '中国工商银行江门分行',
  });
  expect(payee.statusCode, payee.body).toBe(200);
  const r = await caller(app, staff.finance)(
    'POST',
    `/api/v1/cases/${lead.caseId}/receipts`,
    { amount, receivedOn: '2026-11-25', payerName: '江门市公共资源交易中心' },
    key(),
  );
  expect(r.statusCode, r.body).toBe(201);
  return lead;
}

/** Everything the distribution writes, and the holds and events: a refusal must leave them as they were. */
export async function distributionCounts(app: TestApp) {
  const r = await sql<Record<string, string>>`select
    (select count(*) from distributions) as distributions, (select count(*) from distribution_claims) as claims,
    (select count(*) from distribution_objections) as objections, (select count(*) from funds_holds) as holds,
    (select count(*) from funds_payouts) as payouts, (select count(*) from documents) as documents,
    (select count(*) from deadlines) as deadlines, (select count(*) from events) as events`.execute(app.db);
  return r.rows[0]!;
}

/** A fresh Idempotency-Key. */
export const key = () => `dist-${randomUUID()}`;
