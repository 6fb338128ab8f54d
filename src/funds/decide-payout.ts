import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { isUuid } from '../shared/ids.ts';
import { payoutSteps } from '../shared/funds.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { changeCaseAccount, courtAccounts, insertTransaction, lockCaseAccount } from './ledger.repo.ts';
import { decisionsOf, findPayout, insertDecision, lockPayout, releasePayoutHold, updatePayout, type PayoutRow } from './payouts.repo.ts';
import { payoutView, type PayoutView } from './payout-view.ts';
import { meetPaidReceipts, reopenUnpaidReceipts } from './funds-deadlines.ts';
import { issuePayoutInstruction } from './payout-instruction.ts';
import { completeTransferIn } from './complete-transfer.ts';

export type PayoutDecision = { decision: 'approve' | 'reject'; opinion?: string | undefined };
export type BankResult = { outcome: 'paid' | 'failed'; bankReference?: string | undefined; note?: string | undefined };

// Finds the payout the principal may see, then locks the case row (a transfer's: both case rows, in
// ascending id), then the payout row (ADR 0002: case → payout → ledger account → audit), so that two
// decisions at once give one.
async function withLockedPayout(
  ctx: AppContext,
  who: Principal,
  id: string,
  apply: (tx: Tx, p: PayoutRow) => Promise<Result<PayoutRow>>,
): Promise<Result<PayoutView>> {
  const seen = isUuid(id) ? await findPayout(ctx.db, id) : undefined;
  if (!seen || !inScope(who, seen.courtId)) return failure('payout-not-found');
  return transact(ctx, async (tx) => {
    for (const caseId of [seen.caseId, ...(seen.toCaseId ? [seen.toCaseId] : [])].sort()) await lockCaseRow(tx, caseId);
    const p = (await lockPayout(tx, id))!;
    const done = await apply(tx, p);
    if (!done.ok) return done;
    return success(payoutView(done.value, (await decisionsOf(tx, [id])).get(id) ?? []));
  });
}

/**
 * Approves or rejects the step a payout awaits: 承办人 → 执行局长 → 财务人员, each by its roles, in
 * turn, and no one deciding two steps of one payout. A rejection releases the hold; the last
 * approval pays: the money leaves the case account for the court's bank account in one ledger
 * transaction, and the instruction goes to the bank.
 */
export async function decidePayout(ctx: AppContext, who: Principal, id: string, d: PayoutDecision): Promise<Result<PayoutView>> {
  const opinion = (d.opinion ?? '').trim() || null;
  if (d.decision === 'reject' && !opinion) return failure('opinion-required', '不同意的，请写明审批意见');
  return withLockedPayout(ctx, who, id, async (tx, p) => {
    if (p.status !== 'pending') return failure('payout-decided');
    const step = payoutSteps[p.currentStep]!;
    if (!(step.roles as readonly string[]).includes(who.role) || who.courtId !== p.courtId)
      return failure('payout-wrong-step', `这一步（${step.title}）尚待办理，您不能审批`);
    const earlier = (await decisionsOf(tx, [p.id])).get(p.id) ?? [];
    if (earlier.some((e) => e.decidedBy === who.userId)) return failure('payout-same-approver');
    const now = ctx.clock.now();
    await insertDecision(tx, p.id, p.courtId, {
      step: p.currentStep,
      role: who.role,
      decision: d.decision,
      opinion,
      decidedBy: who.userId,
      decidedByName: who.displayName,
      decidedAt: now,
    });
    const last = p.currentStep === payoutSteps.length - 1;
    let next: PayoutRow;
    if (d.decision === 'approve' && last && p.toCaseId) {
      const moved = await completeTransferIn(tx, ctx, who, now, p);
      if (!moved.ok) return moved;
      next = moved.value;
    } else if (d.decision === 'reject' || last) {
      const account = await lockCaseAccount(tx, p.caseId);
      await releasePayoutHold(tx, p.id, now);
      if (d.decision === 'reject') {
        await changeCaseAccount(tx, account.id, { held: -p.amount });
        await updatePayout(tx, p.id, { status: 'rejected', currentStep: p.currentStep, awaitingRole: null }, now);
        next = { ...p, status: 'rejected', updatedAt: now };
      } else {
        const court = await courtAccounts(tx, p.courtId);
        const transactionId = randomUUID();
        await insertTransaction(tx, {
          id: transactionId,
          courtId: p.courtId,
          caseId: p.caseId,
          kind: 'payout',
          postingKey: `payout:${p.id}`,
          amount: p.amount,
          postedOn: ctx.clock.today(),
          postedAt: now,
          byName: who.displayName,
          memo: `发放给${p.partyName}（${p.payeeBankName} ${p.payeeAccountNumber}）`,
          entries: [
            { accountId: account.id, caseId: p.caseId, amount: p.amount },
            { accountId: court.master, caseId: p.caseId, amount: -p.amount },
          ],
        });
        await changeCaseAccount(tx, account.id, { held: -p.amount, balance: -p.amount, paidOut: p.amount });
        await meetPaidReceipts(tx, ctx, actorOf(who), now, p.caseId, account.paidOut + p.amount);
        const decided = (await decisionsOf(tx, [p.id])).get(p.id) ?? [];
        const documentId = await issuePayoutInstruction(tx, ctx, actorOf(who), now, p, decided, {
          number: account.number,
          balanceAfter: account.balance - p.amount,
        });
        await updatePayout(
          tx,
          p.id,
          { status: 'instructed', currentStep: p.currentStep, awaitingRole: null, payoutTransactionId: transactionId },
          now,
        );
        next = { ...p, status: 'instructed', updatedAt: now, instructionDocumentId: documentId };
      }
    } else {
      await updatePayout(
        tx,
        p.id,
        { status: 'pending', currentStep: p.currentStep + 1, awaitingRole: payoutSteps[p.currentStep + 1]!.step },
        now,
      );
      next = { ...p, currentStep: p.currentStep + 1, updatedAt: now };
    }
    await appendEvent(tx, actorOf(who), now, {
      courtId: p.courtId,
      caseId: p.caseId,
      action:
        d.decision === 'reject'
          ? 'funds.payout-rejected'
          : !last
            ? 'funds.payout-step-approved'
            : p.toCaseId
              ? 'funds.transferred'
              : 'funds.payout-instructed',
      entityType: 'payout',
      entityId: p.id,
      changes: {
        amount: formatYuan(p.amount),
        party: p.partyName,
        step: step.title,
        decision: d.decision,
        ...(opinion ? { opinion } : {}),
      },
    });
    return success(next);
  });
}

/** The bank's answer to a payout instruction: paid, or failed and the money back in the case account (退回). */
export async function recordBankResult(ctx: AppContext, who: Principal, id: string, r: BankResult): Promise<Result<PayoutView>> {
  if (!can(who, 'funds.post')) return failure('forbidden');
  return withLockedPayout(ctx, who, id, async (tx, p) => {
    if (p.status !== 'instructed') return failure('payout-not-instructed');
    const now = ctx.clock.now();
    const bankReference = r.bankReference?.trim() || null;
    if (r.outcome === 'paid') {
      await updatePayout(tx, p.id, { status: 'paid', currentStep: p.currentStep, awaitingRole: null, bankReference }, now);
    } else {
      const account = await lockCaseAccount(tx, p.caseId);
      const court = await courtAccounts(tx, p.courtId);
      const transactionId = randomUUID();
      await insertTransaction(tx, {
        id: transactionId,
        courtId: p.courtId,
        caseId: p.caseId,
        kind: 'refund',
        postingKey: `payout-refund:${p.id}`,
        amount: p.amount,
        postedOn: ctx.clock.today(),
        postedAt: now,
        byName: who.displayName,
        memo: `发放给${p.partyName}未成功，款项退回${r.note?.trim() ? `：${r.note.trim()}` : ''}`,
        entries: [
          { accountId: court.master, caseId: p.caseId, amount: p.amount },
          { accountId: account.id, caseId: p.caseId, amount: -p.amount },
        ],
      });
      await changeCaseAccount(tx, account.id, { balance: p.amount, paidOut: -p.amount });
      await reopenUnpaidReceipts(tx, ctx, actorOf(who), now, p.caseId, account.paidOut - p.amount);
      await updatePayout(
        tx,
        p.id,
        { status: 'failed', currentStep: p.currentStep, awaitingRole: null, refundTransactionId: transactionId, bankReference },
        now,
      );
    }
    await appendEvent(tx, actorOf(who), now, {
      courtId: p.courtId,
      caseId: p.caseId,
      action: r.outcome === 'paid' ? 'funds.payout-paid' : 'funds.payout-failed',
      entityType: 'payout',
      entityId: p.id,
      changes: {
        amount: formatYuan(p.amount),
        party: p.partyName,
        ...(bankReference ? { bankReference } : {}),
        ...(r.note ? { note: r.note } : {}),
      },
    });
    return success({ ...p, status: r.outcome === 'paid' ? 'paid' : 'failed', bankReference, updatedAt: now });
  });
}
