import { sql } from 'kysely';
import type { Executor } from '../db/connection.ts';
import type { LocalDate } from '../shared/dates.ts';
import type { BankLine, LedgerMovement } from './reconcile.types.ts';

// The two sides of 对账 for a court up to a date: the statement lines it imported (received by
// then) with the posting each produced, and the ledger's movements into its master account.

/** Lines received by `asOf`; a line's posting counts only when it was posted by `asOf` too. */
export async function statementLinesUpTo(db: Executor, courtId: number, asOf: LocalDate): Promise<BankLine[]> {
  const { rows } = await sql<{
    bank_reference: string;
    received_on: string;
    amount: string;
    payer_name: string;
    transaction_id: string | null;
  }>`
    select l.bank_reference, l.received_on, l.amount::text as amount, l.payer_name, t.id as transaction_id
    from funds_statement_lines l
    left join funds_receipts r on r.id = l.receipt_id
    left join funds_unmatched u on u.line_id = l.id
    left join ledger_transactions t on t.id = coalesce(r.transaction_id, u.transaction_id) and t.posted_on <= ${asOf}
    where l.court_id = ${courtId} and l.received_on <= ${asOf}
    order by l.received_on, l.bank_reference`.execute(db);
  return rows.map((r) => ({
    bankReference: r.bank_reference,
    receivedOn: r.received_on as LocalDate,
    amount: BigInt(r.amount),
    payerName: r.payer_name,
    transactionId: r.transaction_id,
  }));
}

/**
 * Money the ledger shows arriving in the court's master account by `asOf` (receipts, 暂存款,
 * deductions, sale proceeds): each should be a credit line of the bank's statement.
 */
export async function ledgerMovementsUpTo(db: Executor, courtId: number, asOf: LocalDate): Promise<LedgerMovement[]> {
  const { rows } = await sql<{
    id: string;
    posted_on: string;
    amount: string;
    memo: string;
    reference: string | null;
    case_number: string | null;
  }>`
    select t.id, t.posted_on, e.amount::text as amount, t.memo, coalesce(r.reference, ul.bank_reference) as reference, c.case_number
    from ledger_transactions t
    join ledger_entries e on e.transaction_id = t.id and e.amount > 0
    join funds_accounts a on a.id = e.account_id and a.kind = 'master'
    left join funds_receipts r on r.transaction_id = t.id
    left join funds_unmatched u on u.transaction_id = t.id
    left join funds_statement_lines ul on ul.id = u.line_id
    left join cases c on c.id = t.case_id
    where t.court_id = ${courtId} and t.kind = 'receipt' and t.posted_on <= ${asOf}
    order by t.posted_on, t.seq`.execute(db);
  return rows.map((r) => ({
    transactionId: r.id,
    reference: r.reference,
    postedOn: r.posted_on as LocalDate,
    amount: BigInt(r.amount),
    memo: r.memo,
    caseNumber: r.case_number,
  }));
}
