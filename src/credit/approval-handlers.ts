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
    if (compareDates(localDate(l.publish_on), approvedOn) <= 0) done = await publishLockedListing(tx, actor, now, done, approvedOn);
    return success({ listingId: l.id, approvedOn, status: done.status });
  },
};

export const creditApprovalHandlers: readonly ApprovalHandler[] = [listingHandler];
