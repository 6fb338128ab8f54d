import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import type { Tx } from '../db/connection.ts';
import { recordServiceIn, type ServiceInput } from '../documents/record-service.ts';
import { openDeadline } from '../deadlines/deadline-changes.ts';
import type { LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { claimsOf, saveService } from './distribution.repo.ts';
import { lockedDistribution } from './distribution-locks.ts';

export type ServePlanInput = ServiceInput & { claimId: string };

/**
 * POST /distributions/{id}/services: the plan served on one creditor (a service record of the
 * 分配方案 document, src/documents), which opens that creditor's 15-day objection window as a
 * deadline (distribution-objection, 民诉法解释 第509条), counted from the day it counts as served.
 */
export async function servePlanIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  id: string,
  body: ServePlanInput,
): Promise<Result<{ serviceId: string; objectionDueOn: LocalDate }>> {
  const d = await lockedDistribution(tx, who, id);
  if (!d) return failure('distribution-not-found');
  if (d.status !== 'planned' || !d.documentId) return failure('distribution-not-planned');
  const claim = (await claimsOf(tx, id)).find((c) => c.id === body.claimId);
  if (!claim) return failure('distribution-claim-not-found');
  const { claimId: _claim, ...service } = body;
  const served = await recordServiceIn(tx, ctx, who, d.documentId, { ...service, recipientRole: service.recipientRole ?? '债权人' });
  if (!served.ok) return served;
  const deemed = served.value.service.deemedServedOn as LocalDate;
  const deadline = await openDeadline(tx, ctx, actorOf(who), ctx.clock.now(), {
    courtId: d.courtId,
    caseId: d.caseId,
    node: 'distribution-objection',
    subject: claim.id,
    startOn: deemed,
  });
  // A second service on the same creditor leaves the first window as it was (openDeadline is idempotent).
  const dueOn = deadline?.dueOn ?? claim.objectionDueOn;
  if (!dueOn) throw new Error(`claim ${claim.id}: no objection deadline`);
  if (deadline) await saveService(tx, claim.id, deemed, deadline.dueOn);
  return success({ serviceId: served.value.service.id, objectionDueOn: dueOn });
}
