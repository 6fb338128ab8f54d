import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { actorOf } from '../audit/audit.types.ts';
import type { Tx } from '../db/connection.ts';
import { requestPayoutIn } from '../funds/request-payout.ts';
import { requestTransferIn } from '../funds/request-transfer.ts';
import { meetDeadline } from '../deadlines/deadline-changes.ts';
import { compareDates } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { addPaid, claimsOf, objectionsOf } from './distribution.repo.ts';
import { lockedDistribution } from './distribution-locks.ts';
import { inDispute } from './distribution.types.ts';

export type PaidLine = { claimId: string; creditor: string; payoutId: string; amount: string; via: 'payout' | 'transfer' };
// A creditor's case this court's account cannot pay into: another court's, or closed since it joined.
const unreachable = new Set(['transfer-target-not-found', 'transfer-target-closed']);

export type UnpaidLine = { claimId: string; creditor: string; amount: string; reason: 'in-dispute' | 'other-case' };

/**
 * POST /distributions/{id}/payouts: pays what the plan allots and no dispute holds back, through
 * the case's payouts (src/funds request-payout: held at once, then 承办人 → 执行局长 → 财务人员).
 * Only after every creditor's objection window has passed; the amount in dispute stays held (第510条).
 * A creditor from another case of this court is paid through that case's account: a transfer (执行款
 * 划转, ADR 0185) on the same three steps, which its own case then pays out. A creditor of another
 * court's case, or one without an enforcement case, is reported, not paid: the court pays it by a
 * separate instruction.
 */
export async function payDistributionIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  id: string,
  key: string | undefined,
): Promise<Result<{ paid: PaidLine[]; unpaid: UnpaidLine[] }>> {
  if (!can(who, 'funds.payout')) return failure('forbidden');
  if (!key) return failure('idempotency-key-required');
  const d = await lockedDistribution(tx, who, id);
  if (!d) return failure('distribution-not-found');
  if (d.status !== 'planned') return failure('distribution-not-planned');
  const claims = await claimsOf(tx, id);
  // The plan is carried out once every creditor's 15 days have passed (第509条): the windows without
  // an objection are met on their last day.
  const today = ctx.clock.today();
  const waiting = claims.filter((c) => !c.objectionDueOn || compareDates(today, c.objectionDueOn) <= 0);
  if (waiting.length > 0) {
    return failure(
      'distribution-objection-window-open',
      waiting.map((c) => `${c.creditorName}：${c.objectionDueOn ?? '尚未送达'}`).join('；'),
    );
  }
  const actor = actorOf(who);
  const now = ctx.clock.now();
  for (const c of claims) {
    await meetDeadline(tx, ctx, actor, now, { caseId: d.caseId, node: 'distribution-objection', subject: c.id, metOn: c.objectionDueOn! });
  }
  const disputes = (await objectionsOf(tx, id)).filter(inDispute);
  const paid: PaidLine[] = [];
  const unpaid: UnpaidLine[] = [];
  for (const c of claims) {
    const held = disputes.filter((o) => o.targetClaimId === c.id).reduce((s, o) => s + o.disputed, 0n);
    const due = (c.allocated ?? 0n) - c.paid;
    const payable = due - held;
    if (held > 0n) unpaid.push({ claimId: c.id, creditor: c.creditorName, amount: formatYuan(held), reason: 'in-dispute' });
    if (payable <= 0n) continue;
    const amount = formatYuan(payable);
    const line = { claimId: c.id, creditor: c.creditorName, amount };
    if (c.sourceCaseId === d.caseId && c.partyId) {
      const payout = await requestPayoutIn(tx, ctx, who, d.caseId, { partyId: c.partyId, amount }, key);
      if (!payout.ok) return payout;
      await addPaid(tx, c.id, payable);
      paid.push({ ...line, payoutId: payout.value.id, via: 'payout' });
      continue;
    }
    const reason = `参与分配：${c.creditorName}的分配款划入其执行案件`;
    const moved = c.sourceCaseId
      ? await requestTransferIn(tx, ctx, who, d.caseId, { toCaseId: c.sourceCaseId, amount, reason }, key)
      : null;
    if (moved && !moved.ok && !unreachable.has(moved.code)) return moved;
    if (!moved?.ok) {
      unpaid.push({ ...line, reason: 'other-case' });
      continue;
    }
    await addPaid(tx, c.id, payable);
    paid.push({ ...line, payoutId: moved.value.id, via: 'transfer' });
  }
  if (paid.length === 0) return failure('distribution-nothing-to-pay');
  await appendEvent(tx, actor, now, {
    courtId: d.courtId,
    caseId: d.caseId,
    action: 'distribution.paid',
    entityType: 'distribution',
    entityId: d.id,
    changes: { paid, unpaid },
  });
  return success({ paid, unpaid });
}
