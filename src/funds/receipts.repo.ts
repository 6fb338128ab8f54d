import type { Executor, Tx } from '../db/connection.ts';
import { insertRows, type Write } from '../db/statements.ts';
import type { LocalDate } from '../shared/dates.ts';
import type { ReceiptSource } from './funds.types.ts';

// Receipts (到账) of a case: each is one ledger transaction into the case account.

export type ReceiptRow = {
  id: string;
  courtId: number;
  caseId: string;
  transactionId: string;
  amount: bigint;
  receivedOn: LocalDate;
  payerName: string;
  payerAccount: string | null;
  reference: string | null;
  source: ReceiptSource;
  payBy: LocalDate;
  recordedAt: Date;
  recordedByName: string;
};

type NewReceipt = ReceiptRow & { unmatchedId: string | null; deductionReceiptId: string | null };

const RECEIPT_COLUMNS = [
  'id',
  'court_id',
  'case_id',
  'transaction_id',
  'amount',
  'received_on',
  'payer_name',
  'payer_account',
  'reference',
  'source',
  'unmatched_id',
  'deduction_receipt_id',
  'pay_by',
  'recorded_at',
  'recorded_by_name',
] as const;

export async function insertReceipt(tx: Tx, r: NewReceipt): Promise<void> {
  await receiptWrite(r).execute(tx);
}

/** A receipt's insert as a write to send with the others of its posting (writeTogether). */
export const receiptWrite = (r: NewReceipt): Write =>
  insertRows('funds_receipts', RECEIPT_COLUMNS, [
    {
      id: r.id,
      court_id: r.courtId,
      case_id: r.caseId,
      transaction_id: r.transactionId,
      amount: r.amount,
      received_on: r.receivedOn,
      payer_name: r.payerName,
      payer_account: r.payerAccount,
      reference: r.reference,
      source: r.source,
      unmatched_id: r.unmatchedId,
      deduction_receipt_id: r.deductionReceiptId,
      pay_by: r.payBy,
      recorded_at: r.recordedAt,
      recorded_by_name: r.recordedByName,
    },
  ]);

/** A case's receipts, newest first, with how much of each is still unpaid (first in, first out). */
export async function caseReceipts(db: Executor, caseId: string, paidOut: bigint) {
  const rows = await db.selectFrom('funds_receipts').selectAll().where('case_id', '=', caseId).orderBy('seq').execute();
  let covered = paidOut;
  const out = rows.map((r) => {
    const amount = BigInt(r.amount);
    const paid = covered >= amount ? amount : covered;
    covered -= paid;
    return {
      id: r.id,
      amount,
      unpaid: amount - paid,
      receivedOn: r.received_on as LocalDate,
      payerName: r.payer_name,
      reference: r.reference,
      source: r.source,
      payBy: r.pay_by as LocalDate,
    };
  });
  return out.reverse();
}
