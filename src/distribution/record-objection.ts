import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { meetDeadline } from '../deadlines/deadline-changes.ts';
import { holdForDistributionIn } from '../funds/distribution-hold.ts';
import { compareDates, parseLocalDate } from '../shared/dates.ts';
import { formatYuan, parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { claimsOf, insertObjection, objectionsOf } from './distribution.repo.ts';
import { lockedDistribution } from './distribution-locks.ts';
import { inDispute } from './distribution.types.ts';

export type ObjectionInput = { claimId: string; targetClaimId: string; disputed: string; reason: string; objectedOn: string };

/**
 * POST /distributions/{id}/objections: a creditor's written objection to the plan, within 15 days
 * of receiving it (民诉法解释 第509条). The amount in dispute — part of the allocation objected to —
 * is held on the case account at once (提存, 第510条; src/funds, reason 'distribution'), so that
 * only the rest is paid while the dispute lasts.
 */
export async function recordObjectionIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  id: string,
  body: ObjectionInput,
): Promise<Result<{ id: string }>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  const objectedOn = parseLocalDate(body.objectedOn);
  if (!objectedOn) return failure('invalid-date-value', '异议日期须为有效日期');
  if (compareDates(objectedOn, ctx.clock.today()) > 0) return failure('date-in-future', '异议日期不能晚于今天');
  const d = await lockedDistribution(tx, who, id);
  if (!d) return failure('distribution-not-found');
  if (d.status !== 'planned') return failure('distribution-not-planned');
  const claims = await claimsOf(tx, id);
  const claim = claims.find((c) => c.id === body.claimId);
  const target = claims.find((c) => c.id === body.targetClaimId);
  if (!claim || !target) return failure('distribution-claim-not-found');
  if (!claim.servedOn || !claim.objectionDueOn) return failure('distribution-plan-not-served');
  if (compareDates(objectedOn, claim.objectionDueOn) > 0) {
    return failure('distribution-objection-late', `异议期间于 ${claim.objectionDueOn} 届满，异议于 ${objectedOn} 提出`);
  }
  const disputed = parseYuan(body.disputed);
  const already = (await objectionsOf(tx, id))
    .filter((o) => inDispute(o) && o.targetClaimId === target.id)
    .reduce((s, o) => s + o.disputed, 0n);
  const open = (target.allocated ?? 0n) - target.paid - already;
  if (disputed === null || disputed <= 0n || disputed > open) {
    return failure('distribution-disputed-invalid', `${target.creditorName}尚可争议的分配金额为 ${formatYuan(open > 0n ? open : 0n)} 元`);
  }
  const now = ctx.clock.now();
  const actor = actorOf(who);
  const hold = await holdForDistributionIn(tx, actor, now, {
    courtId: d.courtId,
    caseId: d.caseId,
    amount: disputed,
    reason: `参与分配：${claim.creditorName}对${target.creditorName}的分配金额提出异议`,
  });
  if (!hold.ok) return hold;
  const objectionId = randomUUID();
  await insertObjection(tx, {
    id: objectionId,
    court_id: d.courtId,
    case_id: d.caseId,
    distribution_id: d.id,
    claim_id: claim.id,
    target_claim_id: target.id,
    disputed,
    reason: body.reason.trim(),
    objected_on: objectedOn,
    notified_on: null,
    answer_due_on: null,
    state: 'raised',
    outcome_on: null,
    hold_id: hold.value.id,
    recorded_at: now,
    recorded_by_name: who.displayName,
  });
  await meetDeadline(tx, ctx, actor, now, { caseId: d.caseId, node: 'distribution-objection', subject: claim.id, metOn: objectedOn });
  await appendEvent(tx, actor, now, {
    courtId: d.courtId,
    caseId: d.caseId,
    action: 'distribution.objection-raised',
    entityType: 'distribution',
    entityId: d.id,
    changes: {
      objectionId,
      by: claim.creditorName,
      against: target.creditorName,
      disputed: formatYuan(disputed),
      objectedOn,
      holdId: hold.value.id,
    },
  });
  return success({ id: objectionId });
}
