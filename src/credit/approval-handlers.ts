import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { ApprovalHandler } from '../approvals/handler.ts';
import type { ApprovalRecord } from '../approvals/approvals.types.ts';
import { lockCaseFacts } from '../cases/instrument-facts.ts';
import type { Tx } from '../db/connection.ts';
import { compareDates, localDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { lockListing, updateListing } from './credit.repo.ts';
import { listingChanges } from './decide-listing.ts';
import { publishLockedListing } from './publish-listing.ts';
import { recomputeLevels } from './discipline-levels.ts';
import { imposeLockedRestriction } from './order-restriction.ts';
import { lockRestriction, orderedRestrictionOf } from './restrictions.repo.ts';
import { restorationHandler } from './restoration-handler.ts';

// The 院长's sign-off of a listing decision (ADR 0190): the decision takes effect on the day of
// approval (`credit.listing-decided`); without a grace still running, it is published at once.

const listingHandler: ApprovalHandler = {
  kind: 'credit.dishonest-listing',
  async perform(tx: Tx, ctx: AppContext, decider: Principal, r: ApprovalRecord): Promise<Result<unknown>> {
    const c = r.caseId ? await lockCaseFacts(tx, r.caseId) : undefined;
    if (!c) return failure('approval-stale', '审批所涉案件不存在');
    if (c.status === 'closed') return failure('approval-stale', '案件已结案，不再纳入失信被执行人名单；可不同意或由提交人撤回');
    const id = typeof r.payload.listingId === 'string' ? r.payload.listingId : '';
    const l = await lockListing(tx, id);
    if (!l || l.case_id !== c.id) throw new Error(`approval ${r.id}: no listing ${id} on its case`);
    const approvedOn = ctx.clock.today();
    const now = ctx.clock.now();
    const actor = actorOf(decider);
    let done = await updateListing(tx, l.id, { status: 'decided', approved_on: approvedOn });
    await appendEvent(tx, actor, now, {
      courtId: c.courtId,
      caseId: c.id,
      action: 'credit.listing-decided',
      entityType: 'dishonest-listing',
      entityId: l.id,
      changes: {
        ...listingChanges(l),
        approvedOn,
        approval: { approvalId: r.id, requestedBy: r.requestedByName, approvedBy: decider.displayName },
      },
    });
    if (compareDates(localDate(l.publish_on), approvedOn) <= 0) done = await publishLockedListing(ctx, tx, actor, done, approvedOn);
    await recomputeLevels(tx, ctx, actor, c.id); // 分级惩戒 (ADR 0210)
    return success({ listingId: l.id, approvedOn, status: done.status });
  },
};

// The 院长 signs the 限制消费令 (限制消费规定 第5条, ADR 0206): in force on the day of approval.
const restrictionHandler: ApprovalHandler = {
  kind: 'credit.consumption-restriction',
  async perform(tx: Tx, ctx: AppContext, decider: Principal, r: ApprovalRecord): Promise<Result<unknown>> {
    const c = r.caseId ? await lockCaseFacts(tx, r.caseId) : undefined;
    if (!c) return failure('approval-stale', '审批所涉案件不存在');
    if (c.status === 'closed') return failure('approval-stale', '案件已结案，不再限制消费；可不同意或由提交人撤回');
    const id = typeof r.payload.restrictionId === 'string' ? r.payload.restrictionId : '';
    const x = await lockRestriction(tx, id);
    if (!x || x.case_id !== c.id) throw new Error(`approval ${r.id}: no restriction ${id} on its case`);
    if (await orderedRestrictionOf(tx, c.id, x.debtor_party_id))
      return failure('approval-stale', '该被执行人已被限制消费（纳入失信名单时已限制）；可不同意或由提交人撤回');
    const on = ctx.clock.today();
    const done = await imposeLockedRestriction(ctx, tx, actorOf(decider), x, {
      on,
      president: decider.displayName,
      approval: { approvalId: r.id, requestedBy: r.requestedByName, approvedBy: decider.displayName },
    });
    return success({ restrictionId: x.id, approvedOn: on, status: done.status, documentId: done.document_id });
  },
};

export const creditApprovalHandlers: readonly ApprovalHandler[] = [listingHandler, restrictionHandler, restorationHandler];
