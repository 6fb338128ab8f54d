import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseForSeizure } from '../cases/instrument-facts.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { changeCaseAccount, lockCaseAccounts } from './ledger.repo.ts';
import { releasePayoutHold, updatePayout, type PayoutRow } from './payouts.repo.ts';
import { meetPaidReceipts } from './funds-deadlines.ts';
import { receiveIn } from './post-receipt.ts';

/**
 * The last approval of a transfer (执行款划转, ADR 0185), both case rows and the transfer's row
 * already locked: both accounts are locked in ascending account id, ONE ledger transaction moves
 * the money from this case's account to the target's (entries sum to zero), the hold is released,
 * this case's balance goes down and its paid-out figure up (the payout deadlines its receipts had
 * are met, first in first out), and the target gets a receipt of source `transfer` with its own
 * payout deadline. Events on both cases.
 */
export async function completeTransferIn(tx: Tx, ctx: AppContext, who: Principal, now: Date, p: PayoutRow): Promise<Result<PayoutRow>> {
  const toCaseId = p.toCaseId!;
  const from = (await lockCaseForSeizure(tx, p.caseId))!;
  const target = (await lockCaseForSeizure(tx, toCaseId))!;
  if (target.status === 'closed') return failure('transfer-target-closed', `${target.caseNumber}已结案，其案款账户不能再入账`);
  const accounts = await lockCaseAccounts(tx, [p.caseId, toCaseId]);
  const account = accounts.get(p.caseId)!;
  await releasePayoutHold(tx, p.id, now);
  const actor = actorOf(who);
  const received = await receiveIn(tx, ctx, actor, target, {
    amount: p.amount,
    receivedOn: ctx.clock.today(),
    payerName: `${from.caseNumber}案款账户`,
    reference: p.reason,
    source: 'transfer',
    postingKey: `transfer:${p.id}`,
    from: { caseId: p.caseId, accountId: account.id },
    // One line on both cases' entries: it must name both ends, not the payer alone.
    memo: `由${from.caseNumber}划至${target.caseNumber}${p.reason ? `：${p.reason}` : ''}`,
  });
  if (!received.ok) return received;
  await changeCaseAccount(tx, account.id, { held: -p.amount, balance: -p.amount, paidOut: p.amount });
  await meetPaidReceipts(tx, ctx, actor, now, p.caseId, account.paidOut + p.amount);
  await updatePayout(tx, p.id, { status: 'transferred', currentStep: p.currentStep, awaitingRole: null }, now);
  await appendEvent(tx, actor, now, {
    courtId: p.courtId,
    caseId: toCaseId,
    action: 'funds.transferred-in',
    entityType: 'payout',
    entityId: p.id,
    changes: { amount: formatYuan(p.amount), from: from.caseNumber, receiptId: received.value.id, payBy: received.value.payBy },
  });
  return success({ ...p, status: 'transferred', updatedAt: now });
}
