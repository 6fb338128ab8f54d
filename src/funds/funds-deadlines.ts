import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../audit/audit.types.ts';
import type { Tx } from '../db/connection.ts';
import {
  meetDeadline,
  meetSubjects,
  openDeadline,
  pauseCaseDeadlines,
  prepareNewDeadline,
  reopenSubjects,
} from '../deadlines/deadline-changes.ts';
import type { DeadlineRecord } from '../deadlines/deadlines.types.ts';
import type { LocalDate } from '../shared/dates.ts';
import { lawfulHoldsInForce } from './holds.repo.ts';
import { caseReceipts } from './receipts.repo.ts';

// The funds deadlines as node deadlines (src/deadlines registry): 'payout' per receipt (30 days of
// arrival, src/rules/payout-deadline.ts) and 'unmatched-claim' per 暂存款, a court's deadline (ADR 0160).

/** Opens the receipt's payout deadline, in the transaction that records it (the case row locked). */
export async function openPayoutDeadline(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  at: Date,
  r: { courtId: number; caseId: string; receiptId: string; receivedOn: LocalDate },
): Promise<DeadlineRecord> {
  const opened = await openDeadline(tx, ctx, actor, at, {
    courtId: r.courtId,
    caseId: r.caseId,
    node: 'payout',
    subject: r.receiptId,
    startOn: r.receivedOn,
  });
  // A receipt's id is new in this transaction: its deadline cannot exist yet.
  if (!opened) throw new Error(`payout deadline of receipt ${r.receiptId} existed already`);
  // Money arriving while a lawful hold is in force waits with the rest: its clock stops from arrival.
  if ((await lawfulHoldsInForce(tx, r.caseId)) === 0) return opened;
  const paused = await pauseCaseDeadlines(tx, ctx, actor, at, { caseId: r.caseId, cause: 'funds.hold', on: r.receivedOn });
  return paused.find((d) => d.id === opened.id) ?? opened;
}

/**
 * The receipt's payout deadline made ready to be written with the posting (no round trip): for a
 * case without a lawful hold in force, whose new deadline then simply runs from arrival.
 */
export const preparePayoutDeadline = (
  ctx: AppContext,
  at: Date,
  r: { courtId: number; caseId: string; receiptId: string; receivedOn: LocalDate },
) => prepareNewDeadline(ctx, at, { courtId: r.courtId, caseId: r.caseId, node: 'payout', subject: r.receiptId, startOn: r.receivedOn });

/** Opens the claim deadline of 暂存款: the court's, since the money names no case yet. */
export async function openClaimDeadline(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  at: Date,
  u: { courtId: number; unmatchedId: string; startOn: LocalDate },
): Promise<DeadlineRecord> {
  const opened = await openDeadline(tx, ctx, actor, at, {
    courtId: u.courtId,
    caseId: null,
    node: 'unmatched-claim',
    subject: u.unmatchedId,
    startOn: u.startOn,
  });
  if (!opened) throw new Error(`claim deadline of ${u.unmatchedId} existed already`);
  return opened;
}

export const meetClaimDeadline = (tx: Tx, ctx: AppContext, actor: Actor, at: Date, u: { courtId: number; unmatchedId: string }) =>
  meetDeadline(tx, ctx, actor, at, {
    caseId: null,
    courtId: u.courtId,
    node: 'unmatched-claim',
    subject: u.unmatchedId,
    metOn: ctx.clock.today(),
  });

/**
 * Meets the payout deadline of every receipt the case's payouts have now paid out in full (first
 * in, first out against the account's paid-out figure); already met ones are left alone.
 */
export async function meetPaidReceipts(tx: Tx, ctx: AppContext, actor: Actor, at: Date, caseId: string, paidOut: bigint): Promise<number> {
  const paid = (await caseReceipts(tx, caseId, paidOut)).filter((r) => r.unpaid === 0n).map((r) => r.id);
  const met = await meetSubjects(tx, ctx, actor, at, { caseId, node: 'payout', subjects: paid, metOn: ctx.clock.today() });
  return met.length;
}

/**
 * A payout the bank refunded (退回) no longer pays the receipts it covered: the payout deadline of
 * every receipt not paid out in full against the lowered paid-out figure opens again, with its
 * original due date (overdue if that has passed).
 */
export async function reopenUnpaidReceipts(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  at: Date,
  caseId: string,
  paidOut: bigint,
): Promise<number> {
  const unpaid = (await caseReceipts(tx, caseId, paidOut)).filter((r) => r.unpaid > 0n).map((r) => r.id);
  const reopened = await reopenSubjects(tx, ctx, actor, at, { caseId, node: 'payout', subjects: unpaid, on: ctx.clock.today() });
  return reopened.length;
}
