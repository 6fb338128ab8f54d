import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import type { Tx } from '../db/connection.ts';
import type { ApprovalHandler } from '../approvals/handler.ts';
import type { ApprovalRecord } from '../approvals/approvals.types.ts';
import { parseLocalDate } from '../shared/dates.ts';
import { failure, success, type Failure, type Result } from '../shared/result.ts';
import { closureModes, type ClosureMode } from './cases.types.ts';
import { lockCase, type CaseRecord } from './cases.repo.ts';
import { terminationRefusal, terminationRouteOf } from '../termination/closure-gate.ts';
import { closureRefusal, deferralUntil, transitionRefusal, writeClosure, writeTransition, type ApprovedBy } from './case-steps.ts';

// The lifecycle's steps that an approval performs (src/approvals): 暂缓执行 and the closures that
// need a second signature. At the final approval the case is checked again; a step that no
// longer applies is refused as `approval-stale`, and neither the step nor the approval is written.

const stale = (why: Failure): Failure => failure('approval-stale', `${why.detail ?? '案件情况已变化'}；审批未生效，可不同意或由提交人撤回`);

async function locked(tx: Tx, r: ApprovalRecord): Promise<CaseRecord | Failure> {
  const c = r.caseId ? await lockCase(tx, r.caseId) : undefined;
  return c ?? failure('approval-stale', '审批所涉案件不存在');
}

const approvedBy = (r: ApprovalRecord, decider: Principal): ApprovedBy => ({
  approvalId: r.id,
  requestedBy: r.requestedByName,
  approvedBy: decider.displayName,
});

const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

const deferHandler: ApprovalHandler = {
  kind: 'case.defer',
  async perform(tx: Tx, ctx: AppContext, decider: Principal, r: ApprovalRecord): Promise<Result<unknown>> {
    const c = await locked(tx, r);
    if ('ok' in c) return c;
    const refused = transitionRefusal(c, 'defer');
    if (refused) return stale(refused);
    // The one-year bound counts from the day the deferral is decided: today, at the final approval.
    const until = deferralUntil('defer', text(r.payload.until), ctx.clock.today());
    if (!until.ok) return stale(until);
    const reason = text(r.payload.reason) ?? null;
    const version = await writeTransition(tx, ctx, actorOf(decider), c, 'defer', {
      reason,
      until: until.value,
      approval: approvedBy(r, decider),
    });
    return success({ version });
  },
};

const closeHandler: ApprovalHandler = {
  kind: 'case.close',
  async perform(tx: Tx, ctx: AppContext, decider: Principal, r: ApprovalRecord): Promise<Result<unknown>> {
    const c = await locked(tx, r);
    if ('ok' in c) return c;
    const mode = (closureModes as readonly unknown[]).includes(r.payload.mode) ? (r.payload.mode as ClosureMode) : null;
    const closedOn = parseLocalDate(r.payload.closedOn);
    const reason = text(r.payload.reason);
    if (!mode || !closedOn || !reason) throw new Error(`approval ${r.id}: a closure payload without mode, date or reason`);
    const refused = closureRefusal(c, mode, closedOn);
    if (refused) return stale(refused);
    // 终本: the facts may have changed since the request; the gate is checked again, refused alike (ADR 0212).
    const route = mode === 'current-procedure-terminated' ? terminationRouteOf(r.payload.route ?? 'panel-review') : null;
    if (route !== null && typeof route !== 'string') return route;
    const gate = route ? await terminationRefusal(tx, c.id, closedOn, route) : null;
    if (gate) return gate;
    const step = { mode, closedOn, reason, approval: approvedBy(r, decider), ...(route ? { route } : {}) };
    const version = await writeClosure(tx, ctx, actorOf(decider), c, step);
    return success({ version });
  },
};

export const caseApprovalHandlers: readonly ApprovalHandler[] = [deferHandler, closeHandler];
