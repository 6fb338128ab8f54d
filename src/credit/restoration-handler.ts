import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { ApprovalHandler } from '../approvals/handler.ts';
import type { ApprovalRecord } from '../approvals/approvals.types.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import type { Tx } from '../db/connection.ts';
import { isRestorable } from '../rules/credit-restoration.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { lockListing } from './credit.repo.ts';
import { endLockedListing } from './end-listing.ts';
import { lockRestoration, updateRestoration, type RestorationRow } from './restoration.repo.ts';
import { groundNameOf } from './restoration.types.ts';

// The final approval of a credit restoration (ADR 0209): the listing ends early with the ground
// credit-restored (失信名单规定(2017) 第2条第2款) through endLockedListing, so a published one is told
// to every recipient and its deletion deadline opens. The consumption restriction its publication
// ordered stays: 限制消费规定 第9条 has no ground for it (the officer lifts it on security or consent).

const restorationOf = async (tx: Tx, r: ApprovalRecord): Promise<RestorationRow> => {
  const id = typeof r.payload.restorationId === 'string' ? r.payload.restorationId : '';
  const x = await lockRestoration(tx, id);
  if (!x || x.case_id !== r.caseId) throw new Error(`approval ${r.id}: no restoration ${id} on its case`);
  return x;
};

export const restorationHandler: ApprovalHandler = {
  kind: 'credit.restoration',
  async perform(tx: Tx, ctx: AppContext, decider: Principal, r: ApprovalRecord): Promise<Result<unknown>> {
    const c = r.caseId ? await lockCaseRow(tx, r.caseId) : undefined;
    if (!c) return failure('approval-stale', '审批所涉案件不存在');
    const x = await restorationOf(tx, r);
    const l = await lockListing(tx, x.listing_id);
    if (!l) throw new Error(`restoration ${x.id}: no listing ${x.listing_id}`);
    if (!isRestorable(l.status)) return failure('approval-stale', '该失信信息已删除或期限届满，无须修复；可不同意或由提交人撤回');
    const on = ctx.clock.today();
    const actor = actorOf(decider);
    const approval = { approvalId: r.id, requestedBy: r.requestedByName, approvedBy: decider.displayName };
    const ended = await endLockedListing(ctx, tx, actor, l, {
      ground: 'credit-restored',
      on,
      reason: `信用修复：${groundNameOf(x.ground)}。${x.evidence}`.slice(0, 2000),
    });
    await updateRestoration(tx, x.id, { state: 'approved', decided_on: on, decision_reason: null });
    await appendEvent(tx, actor, ctx.clock.now(), {
      courtId: l.court_id,
      caseId: l.case_id,
      action: 'credit.restoration-approved',
      entityType: 'credit-restoration',
      entityId: x.id,
      changes: {
        listingId: l.id,
        debtorPartyId: l.debtor_party_id,
        debtor: l.debtor_name,
        ground: x.ground,
        decidedOn: on,
        listingStatus: { before: l.status, after: ended.status },
        approval,
      },
    });
    return success({ restorationId: x.id, listingId: l.id, decidedOn: on, listingStatus: ended.status });
  },

  // A rejection keeps the listing; the request records why. A withdrawal the same, without a reason.
  async closed(tx, ctx, by, r, end) {
    const x = await restorationOf(tx, r);
    const on = ctx.clock.today();
    await updateRestoration(tx, x.id, { state: end.state, decided_on: on, decision_reason: end.reason });
    await appendEvent(tx, actorOf(by), ctx.clock.now(), {
      courtId: x.court_id,
      caseId: x.case_id,
      action: end.state === 'rejected' ? 'credit.restoration-rejected' : 'credit.restoration-withdrawn',
      entityType: 'credit-restoration',
      entityId: x.id,
      changes: { listingId: x.listing_id, debtorPartyId: x.debtor_party_id, ground: x.ground, decidedOn: on, reason: end.reason },
    });
  },
};
