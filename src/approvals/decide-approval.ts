import type { AppContext } from '../platform/context.ts';
import { inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { isUuid } from '../shared/ids.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { approvalStateNames, stepRoleNames, type ApprovalDecision, type ApprovalState } from '../shared/approvals.ts';
import { advanceRequest, findRequest, insertDecision, lockRequest } from './approvals.repo.ts';
import type { ApprovalRecord } from './approvals.types.ts';
import { handlerOf } from './registry.ts';

export type Decision = { decision: ApprovalDecision; opinion?: string | undefined };
export type Decided = { id: string; state: ApprovalState; stateName: string };

// Finds the request the principal may see, then in one transaction locks the subject's case
// row before the request's (lock order: case → approval → audit), so that the action and the
// decision are written together or not at all.
async function withLockedRequest(
  ctx: AppContext,
  who: Principal,
  id: string,
  apply: (tx: Tx, r: ApprovalRecord) => Promise<Result<Decided>>,
): Promise<Result<Decided>> {
  const seen = isUuid(id) ? await findRequest(ctx.db, id) : undefined;
  if (!seen || !inScope(who, seen.courtId)) return failure('approval-not-found');
  return transact(ctx, async (tx) => {
    if (seen.caseId) await lockCaseRow(tx, seen.caseId);
    const r = await lockRequest(tx, id);
    if (!r) return failure('approval-not-found');
    if (r.state !== 'pending') return failure('approval-decided', `该审批事项${approvalStateNames[r.state]}`);
    return apply(tx, r);
  });
}

/**
 * Decides the current step of a request. Only the step's role, of the request's own court, and
 * never the requester. Rejecting needs an opinion and ends the request; approving moves it to
 * the next step, or, at the last step, performs the action through the kind's handler.
 */
export async function decideApproval(ctx: AppContext, who: Principal, id: string, d: Decision): Promise<Result<Decided>> {
  const opinion = (d.opinion ?? '').trim() || null;
  if (d.decision === 'reject' && !opinion) return failure('opinion-required', '不同意的，请写明审批意见');
  return withLockedRequest(ctx, who, id, async (tx, r) => {
    const step = r.steps[r.currentStep]!;
    if (r.requestedBy && r.requestedBy === who.userId) return failure('approval-self-decision');
    if (who.role !== step.role) return failure('approval-wrong-role', `这一步（${step.title}）须由${stepRoleNames[step.role]}审批`);
    if (who.courtId !== r.courtId) return failure('approval-out-of-scope');
    const now = ctx.clock.now();
    const actor = actorOf(who);
    await insertDecision(tx, r.courtId, {
      requestId: r.id,
      step: r.currentStep,
      role: step.role,
      decision: d.decision,
      opinion,
      decidedBy: actor.id,
      decidedByName: actor.name,
      decidedAt: now,
    });
    const last = r.currentStep === r.steps.length - 1;
    const state: ApprovalState = d.decision === 'reject' ? 'rejected' : last ? 'approved' : 'pending';
    const next = state === 'pending' ? r.steps[r.currentStep + 1]! : null;
    await advanceRequest(tx, r.id, { state, currentStep: next ? r.currentStep + 1 : r.currentStep, awaitingRole: next?.role ?? null }, now);
    await appendEvent(tx, actor, now, {
      courtId: r.courtId,
      caseId: r.caseId,
      action: state === 'pending' ? 'approval.step-approved' : `approval.${state}`,
      entityType: 'approval',
      entityId: r.id,
      changes: {
        kind: r.kind,
        summary: r.summary,
        step: step.title,
        decision: d.decision,
        ...(opinion ? { opinion } : {}),
        requestedBy: r.requestedByName,
        ...(next ? { awaiting: stepRoleNames[next.role] } : {}),
      },
    });
    if (state === 'approved') {
      const done = await handlerOf(r.kind).perform(tx, ctx, who, r);
      if (!done.ok) return done;
    }
    if (state === 'rejected') await handlerOf(r.kind).closed?.(tx, ctx, who, r, { state, reason: opinion });
    return success({ id: r.id, state, stateName: approvalStateNames[state] });
  });
}

/** The requester takes back a request nobody has finished deciding. */
export async function withdrawApproval(ctx: AppContext, who: Principal, id: string, reason?: string): Promise<Result<Decided>> {
  return withLockedRequest(ctx, who, id, async (tx, r) => {
    if (!r.requestedBy || r.requestedBy !== who.userId) return failure('approval-not-requester');
    const now = ctx.clock.now();
    await advanceRequest(tx, r.id, { state: 'withdrawn', currentStep: r.currentStep, awaitingRole: null }, now);
    const text = (reason ?? '').trim();
    await appendEvent(tx, actorOf(who), now, {
      courtId: r.courtId,
      caseId: r.caseId,
      action: 'approval.withdrawn',
      entityType: 'approval',
      entityId: r.id,
      changes: { kind: r.kind, summary: r.summary, ...(text ? { reason: text } : {}) },
    });
    await handlerOf(r.kind).closed?.(tx, ctx, who, r, { state: 'withdrawn', reason: text || null });
    return success({ id: r.id, state: 'withdrawn' as const, stateName: approvalStateNames.withdrawn });
  });
}
