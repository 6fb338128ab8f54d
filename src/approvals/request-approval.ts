import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { approvalKindNames, stepRoleNames } from '../shared/approvals.ts';
import { insertRequest, pendingOfCase } from './approvals.repo.ts';
import type { ApprovalRecord, NewApproval } from './approvals.types.ts';

/**
 * Files a request inside the caller's transaction, after the caller has locked the case row
 * and checked that the action applies now. A case has at most one pending request
 * (`approval-pending`). Writes `approval.requested` on the case.
 */
export async function requestApprovalIn(tx: Tx, ctx: AppContext, who: Principal, a: NewApproval): Promise<Result<ApprovalRecord>> {
  if (!a.steps.length) throw new Error(`an approval of ${a.kind} needs at least one step`);
  if (a.caseId) {
    const pending = await pendingOfCase(tx, a.caseId);
    if (pending) return failure('approval-pending', `本案已有待审批的事项：${pending.summary}（${pending.requestedByName} 提交）`);
  }
  const now = ctx.clock.now();
  const request = await insertRequest(tx, a, actorOf(who), now);
  await appendEvent(tx, actorOf(who), now, {
    courtId: a.courtId,
    caseId: a.caseId,
    action: 'approval.requested',
    entityType: 'approval',
    entityId: request.id,
    changes: {
      kind: a.kind,
      kindName: approvalKindNames[a.kind],
      summary: a.summary,
      ...(a.reason ? { reason: a.reason } : {}),
      payload: a.payload,
      steps: a.steps.map((s) => s.title),
      awaiting: stepRoleNames[a.steps[0]!.role],
    },
  });
  return success(request);
}
