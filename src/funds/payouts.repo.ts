import type { Executor, Tx } from '../db/connection.ts';
import type { PayoutStatus } from './funds.types.ts';

// Payouts (发放), their step decisions, holds, and the payees' confirmed accounts.

export type PayoutRow = {
  id: string;
  courtId: number;
  caseId: string;
  partyId: string | null; // null for a transfer to another case's account (ADR 0185)
  toCaseId: string | null;
  reason: string | null;
  partyName: string; // a transfer: the target case's number
  amount: bigint;
  status: PayoutStatus;
  currentStep: number;
  payeeAccountName: string;
  payeeAccountNumber: string;
  payeeBankName: string;
  bankReference: string | null;
  requestedBy: string | null;
  requestedByName: string;
  requestedAt: Date;
  updatedAt: Date;
  instructionDocumentId: string | null; // the 执行款发放审批表 (ADR 0162)
};

const payoutOf = (r: {
  id: string;
  court_id: number;
  case_id: string;
  party_id: string | null;
  to_case_id: string | null;
  reason: string | null;
  party_name: string;
  amount: bigint | string;
  status: PayoutStatus;
  current_step: number;
  payee_account_name: string;
  payee_account_number: string;
  payee_bank_name: string;
  bank_reference: string | null;
  requested_by: string | null;
  requested_by_name: string;
  requested_at: Date;
  updated_at: Date;
  instruction_document_id?: string | null;
}): PayoutRow => ({
  id: r.id,
  courtId: r.court_id,
  caseId: r.case_id,
  partyId: r.party_id,
  toCaseId: r.to_case_id,
  reason: r.reason,
  partyName: r.party_name,
  amount: BigInt(r.amount),
  status: r.status,
  currentStep: r.current_step,
  payeeAccountName: r.payee_account_name,
  payeeAccountNumber: r.payee_account_number,
  payeeBankName: r.payee_bank_name,
  bankReference: r.bank_reference,
  requestedBy: r.requested_by,
  requestedByName: r.requested_by_name,
  requestedAt: r.requested_at,
  updatedAt: r.updated_at,
  instructionDocumentId: r.instruction_document_id ?? null,
});

export async function insertPayout(tx: Tx, p: PayoutRow, awaitingRole: string): Promise<void> {
  await tx
    .insertInto('funds_payouts')
    .values({
      id: p.id,
      court_id: p.courtId,
      case_id: p.caseId,
      party_id: p.partyId,
      to_case_id: p.toCaseId,
      reason: p.reason,
      party_name: p.partyName,
      amount: p.amount,
      status: p.status,
      current_step: p.currentStep,
      awaiting_role: awaitingRole,
      payee_account_name: p.payeeAccountName,
      payee_account_number: p.payeeAccountNumber,
      payee_bank_name: p.payeeBankName,
      requested_by: p.requestedBy,
      requested_by_name: p.requestedByName,
      requested_at: p.requestedAt,
      updated_at: p.updatedAt,
    })
    .execute();
}

export async function findPayout(db: Executor, id: string): Promise<PayoutRow | undefined> {
  const r = await db.selectFrom('funds_payouts').selectAll().where('id', '=', id).executeTakeFirst();
  return r && payoutOf(r);
}

export async function lockPayout(tx: Tx, id: string): Promise<PayoutRow | undefined> {
  const r = await tx.selectFrom('funds_payouts').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return r && payoutOf(r);
}

export async function setPayoutInstruction(tx: Tx, id: string, documentId: string): Promise<void> {
  await tx.updateTable('funds_payouts').set({ instruction_document_id: documentId }).where('id', '=', id).execute();
}

export type PayoutChange = {
  status: PayoutStatus;
  currentStep: number;
  awaitingRole: string | null;
  payoutTransactionId?: string;
  refundTransactionId?: string;
  bankReference?: string | null;
};

export async function updatePayout(tx: Tx, id: string, c: PayoutChange, at: Date): Promise<void> {
  await tx
    .updateTable('funds_payouts')
    .set({
      status: c.status,
      current_step: c.currentStep,
      awaiting_role: c.awaitingRole,
      updated_at: at,
      ...(c.payoutTransactionId ? { payout_transaction_id: c.payoutTransactionId } : {}),
      ...(c.refundTransactionId ? { refund_transaction_id: c.refundTransactionId } : {}),
      ...(c.bankReference !== undefined ? { bank_reference: c.bankReference } : {}),
    })
    .where('id', '=', id)
    .execute();
}

export type DecisionRow = {
  step: number;
  role: string;
  decision: 'approve' | 'reject';
  opinion: string | null;
  decidedBy: string | null;
  decidedByName: string;
  decidedAt: Date;
};

export async function insertDecision(tx: Tx, payoutId: string, courtId: number, d: DecisionRow): Promise<void> {
  await tx
    .insertInto('funds_payout_decisions')
    .values({
      payout_id: payoutId,
      court_id: courtId,
      step: d.step,
      role: d.role,
      decision: d.decision,
      opinion: d.opinion,
      decided_by: d.decidedBy,
      decided_by_name: d.decidedByName,
      decided_at: d.decidedAt,
    })
    .execute();
}

export async function decisionsOf(db: Executor, payoutIds: readonly string[]): Promise<Map<string, DecisionRow[]>> {
  const out = new Map<string, DecisionRow[]>();
  if (!payoutIds.length) return out;
  const rows = await db.selectFrom('funds_payout_decisions').selectAll().where('payout_id', 'in', payoutIds).orderBy('step').execute();
  for (const r of rows) {
    const list = out.get(r.payout_id) ?? [];
    list.push({
      step: r.step,
      role: r.role,
      decision: r.decision,
      opinion: r.opinion,
      decidedBy: r.decided_by,
      decidedByName: r.decided_by_name,
      decidedAt: r.decided_at,
    });
    out.set(r.payout_id, list);
  }
  return out;
}

export async function casePayouts(db: Executor, caseId: string): Promise<PayoutRow[]> {
  return (await db.selectFrom('funds_payouts').selectAll().where('case_id', '=', caseId).orderBy('seq', 'desc').limit(200).execute()).map(
    payoutOf,
  );
}

/** The 待审批 inbox: a court's pending payouts awaiting one step, oldest first, with their case numbers. */
export async function awaitingPayouts(db: Executor, courtId: number, role: string) {
  const rows = await db
    .selectFrom('funds_payouts')
    .innerJoin('cases', 'cases.id', 'funds_payouts.case_id')
    .selectAll('funds_payouts')
    .select('cases.case_number')
    .where('funds_payouts.court_id', '=', courtId)
    .where('funds_payouts.status', '=', 'pending')
    .where('funds_payouts.awaiting_role', '=', role)
    .orderBy('funds_payouts.seq')
    .limit(200)
    .execute();
  return rows.map((r) => ({ ...payoutOf(r), caseNumber: r.case_number }));
}

export async function insertHold(
  tx: Tx,
  h: {
    id: string;
    courtId: number;
    caseId: string;
    kind: string;
    amount: bigint;
    reason: string;
    approvedByName: string | null;
    payoutId: string | null;
  },
  at: Date,
): Promise<void> {
  await tx
    .insertInto('funds_holds')
    .values({
      id: h.id,
      court_id: h.courtId,
      case_id: h.caseId,
      kind: h.kind,
      amount: h.amount,
      reason: h.reason,
      approved_by_name: h.approvedByName,
      payout_id: h.payoutId,
      created_at: at,
    })
    .execute();
}

export async function releasePayoutHold(tx: Tx, payoutId: string, at: Date): Promise<void> {
  await tx
    .updateTable('funds_holds')
    .set({ state: 'released', released_at: at })
    .where('payout_id', '=', payoutId)
    .where('state', '=', 'active')
    .execute();
}

export async function activeHolds(db: Executor, caseId: string) {
  return db.selectFrom('funds_holds').selectAll().where('case_id', '=', caseId).where('state', '=', 'active').orderBy('seq').execute();
}

export type Payee = {
  partyId: string;
  accountName: string;
  accountNumber: string;
  bankName: string;
  confirmedByName: string;
  confirmedAt: Date;
};

export async function payeeOf(db: Executor, partyId: string): Promise<Payee | undefined> {
  const r = await db.selectFrom('funds_payees').selectAll().where('party_id', '=', partyId).executeTakeFirst();
  return (
    r && {
      partyId: r.party_id,
      accountName: r.account_name,
      accountNumber: r.account_number,
      bankName: r.bank_name,
      confirmedByName: r.confirmed_by_name,
      confirmedAt: r.confirmed_at,
    }
  );
}

export async function casePayees(db: Executor, caseId: string): Promise<Payee[]> {
  const rows = await db.selectFrom('funds_payees').selectAll().where('case_id', '=', caseId).execute();
  return rows.map((r) => ({
    partyId: r.party_id,
    accountName: r.account_name,
    accountNumber: r.account_number,
    bankName: r.bank_name,
    confirmedByName: r.confirmed_by_name,
    confirmedAt: r.confirmed_at,
  }));
}

export async function savePayee(tx: Tx, courtId: number, caseId: string, p: Payee): Promise<void> {
  const row = {
    party_id: p.partyId,
    court_id: courtId,
    case_id: caseId,
    account_name: p.accountName,
    account_number: p.accountNumber,
    bank_name: p.bankName,
    confirmed_at: p.confirmedAt,
    confirmed_by_name: p.confirmedByName,
  };
  await tx
    .insertInto('funds_payees')
    .values(row)
    .onConflict((oc) => oc.column('party_id').doUpdateSet(row))
    .execute();
}

/** Releases one active hold (not a payout's own); answers its case and amount, or undefined if none is active. */
export async function releaseHoldById(tx: Tx, holdId: string, at: Date): Promise<{ caseId: string; amount: bigint } | undefined> {
  const row = await tx
    .updateTable('funds_holds')
    .set({ state: 'released', released_at: at })
    .where('id', '=', holdId)
    .where('state', '=', 'active')
    .where('payout_id', 'is', null)
    .returning(['case_id', 'amount'])
    .executeTakeFirst();
  return row && { caseId: row.case_id, amount: BigInt(row.amount) };
}
