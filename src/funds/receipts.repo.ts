import type { Executor, Tx } from '../db/connection.ts';
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

export async function insertReceipt(
  tx: Tx,
  r: ReceiptRow & { unmatchedId: string | null; deductionReceiptId: string | null },
): Promise<void> {
  await tx
    .insertInto('funds_receipts')
    .values({
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
    })
    .execute();
}

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
