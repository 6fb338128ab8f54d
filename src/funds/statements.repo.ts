import { sql } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { LocalDate } from '../shared/dates.ts';
import type { StatementLine } from './funds.types.ts';

// Statement lines as imported (for reconciliation), and 暂存款: lines no case account claimed yet.

/** Records a line once per court and bank reference; false when it was imported before. */
export async function insertLine(
  tx: Tx,
  l: StatementLine & { id: string; courtId: number; outcome: 'posted' | 'unmatched'; receiptId: string | null; at: Date; byName: string },
): Promise<boolean> {
  const r = await tx
    .insertInto('funds_statement_lines')
    .values({
      id: l.id,
      court_id: l.courtId,
      line_key: l.bankReference,
      amount: l.amount,
      received_on: l.receivedOn,
      payer_name: l.payerName,
      payer_account: l.payerAccount,
      payer_id_number: l.payerIdNumber,
      account_number: l.accountNumber,
      remark: l.remark,
      bank_reference: l.bankReference,
      outcome: l.outcome,
      receipt_id: l.receiptId,
      imported_at: l.at,
      imported_by_name: l.byName,
    })
    .onConflict((oc) => oc.columns(['court_id', 'line_key']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) === 1;
}

export async function lineImported(db: Executor, courtId: number, bankReference: string): Promise<boolean> {
  const r = await db
    .selectFrom('funds_statement_lines')
    .select('id')
    .where('court_id', '=', courtId)
    .where('line_key', '=', bankReference)
    .executeTakeFirst();
  return Boolean(r);
}

export async function setLineReceipt(tx: Tx, lineId: string, receiptId: string): Promise<void> {
  await tx.updateTable('funds_statement_lines').set({ receipt_id: receiptId }).where('id', '=', lineId).execute();
}

export async function insertUnmatched(
  tx: Tx,
  u: StatementLine & { id: string; courtId: number; lineId: string; transactionId: string; claimBy: LocalDate },
): Promise<void> {
  await tx
    .insertInto('funds_unmatched')
    .values({
      id: u.id,
      court_id: u.courtId,
      line_id: u.lineId,
      transaction_id: u.transactionId,
      amount: u.amount,
      received_on: u.receivedOn,
      payer_name: u.payerName,
      payer_account: u.payerAccount,
      payer_id_number: u.payerIdNumber,
      remark: u.remark,
      claim_by: u.claimBy,
    })
    .execute();
}

export type UnmatchedRow = {
  id: string;
  courtId: number;
  amount: bigint;
  receivedOn: LocalDate;
  payerName: string;
  payerAccount: string | null;
  payerIdNumber: string | null;
  remark: string | null;
  claimBy: LocalDate;
  state: 'waiting' | 'claimed';
  claimedCaseId: string | null;
  claimedByName: string | null;
  bankReference: string;
};

const unmatchedQuery = (db: Executor) =>
  db
    .selectFrom('funds_unmatched as u')
    .innerJoin('funds_statement_lines as l', 'l.id', 'u.line_id')
    .select([
      'u.id',
      'u.court_id',
      'u.amount',
      'u.received_on',
      'u.payer_name',
      'u.payer_account',
      'u.payer_id_number',
      'u.remark',
      'u.claim_by',
      'u.state',
      'u.claimed_case_id',
      'u.claimed_by_name',
      'l.bank_reference',
    ]);

const unmatchedOf = (r: Awaited<ReturnType<ReturnType<typeof unmatchedQuery>['executeTakeFirstOrThrow']>>): UnmatchedRow => ({
  id: r.id,
  courtId: r.court_id,
  amount: BigInt(r.amount),
  receivedOn: r.received_on as LocalDate,
  payerName: r.payer_name,
  payerAccount: r.payer_account,
  payerIdNumber: r.payer_id_number,
  remark: r.remark,
  claimBy: r.claim_by as LocalDate,
  state: r.state,
  claimedCaseId: r.claimed_case_id,
  claimedByName: r.claimed_by_name,
  bankReference: r.bank_reference,
});

export async function unmatchedOfCourt(db: Executor, courtId: number, state: 'waiting' | 'claimed'): Promise<UnmatchedRow[]> {
  const rows = await unmatchedQuery(db)
    .where('u.court_id', '=', courtId)
    .where('u.state', '=', state)
    .orderBy('u.seq')
    .limit(500)
    .execute();
  return rows.map(unmatchedOf);
}

export async function findUnmatched(db: Executor, id: string): Promise<UnmatchedRow | undefined> {
  const r = await unmatchedQuery(db).where('u.id', '=', id).executeTakeFirst();
  return r && unmatchedOf(r);
}

export async function lockUnmatched(tx: Tx, id: string): Promise<{ state: 'waiting' | 'claimed' } | undefined> {
  return tx.selectFrom('funds_unmatched').select('state').where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function markClaimed(tx: Tx, id: string, c: { caseId: string; receiptId: string; at: Date; byName: string }): Promise<void> {
  await tx
    .updateTable('funds_unmatched')
    .set({ state: 'claimed', claimed_case_id: c.caseId, receipt_id: c.receiptId, claimed_at: c.at, claimed_by_name: c.byName })
    .where('id', '=', id)
    .execute();
}

export type Suggestion = { caseId: string; caseNumber: string; reasons: string[] };

/**
 * Cases of the court the money may belong to: the case number written in the remark, a debtor of
 * that name or ID number, or an open case whose claim equals the amount. Best first.
 */
export async function suggestionsFor(db: Executor, u: UnmatchedRow): Promise<Suggestion[]> {
  const numbers = [...(u.remark ?? '').matchAll(/[（(]\d{4}[）)][^\s，,；;]*?执[^\s，,；;]*?\d+号/g)].map((m) =>
    m[0].replace(/\(/g, '（').replace(/\)/g, '）'),
  );
  const { rows } = await sql<{ id: string; case_number: string; by_number: boolean; by_name: boolean; by_id: boolean; by_amount: boolean }>`
    select c.id, c.case_number,
      c.case_number = any(${numbers}::text[]) as by_number,
      exists (select 1 from case_parties p where p.case_id = c.id and p.role = 'debtor' and p.name = ${u.payerName}) as by_name,
      ${u.payerIdNumber ?? ''} <> '' and exists (select 1 from case_parties p where p.case_id = c.id and p.role = 'debtor'
        and (p.id_number = ${u.payerIdNumber ?? ''} or p.credit_code = ${u.payerIdNumber ?? ''})) as by_id,
      c.status <> 'closed' and c.claim_amount = ${u.amount} as by_amount
    from cases c
    where c.court_id = ${u.courtId} and (
      c.case_number = any(${numbers}::text[])
      or c.id in (select p.case_id from case_parties p where p.court_id = ${u.courtId} and p.role = 'debtor'
        and (p.name = ${u.payerName} or (${u.payerIdNumber ?? ''} <> '' and (p.id_number = ${u.payerIdNumber ?? ''} or p.credit_code = ${u.payerIdNumber ?? ''}))))
      or (c.status <> 'closed' and c.claim_amount = ${u.amount}))
    limit 20`.execute(db);
  const reasons = (r: (typeof rows)[number]) =>
    [
      r.by_number && '附言载明案号',
      r.by_id && '付款人证件号码与被执行人一致',
      r.by_name && '付款人与被执行人同名',
      r.by_amount && '金额与申请执行标的一致',
    ].filter((x): x is string => Boolean(x));
  const weight = (r: (typeof rows)[number]) => (r.by_number ? 8 : 0) + (r.by_id ? 4 : 0) + (r.by_name ? 2 : 0) + (r.by_amount ? 1 : 0);
  return rows
    .sort((a, b) => weight(b) - weight(a) || a.case_number.localeCompare(b.case_number))
    .slice(0, 5)
    .map((r) => ({ caseId: r.id, caseNumber: r.case_number, reasons: reasons(r) }));
}
