import type { AppContext } from '../platform/context.ts';
import { inScope, type Principal } from '../access/access.types.ts';
import type { Executor } from '../db/connection.ts';
import { courtOfCase } from '../cases/instrument-facts.ts';
import { isoInstant, localDateAt, toInstant } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { approvalDecisionNames, approvalKindNames, approvalStateNames, stepRoleNames, stepRoles } from '../shared/approvals.ts';
import { decisionsOf, pendingAwaiting, requestsOfCase } from './approvals.repo.ts';
import type { ApprovalRecord, DecisionRecord } from './approvals.types.ts';

// What the approvals look like to a reader: the inbox (待审批), a case's approvals, and the
// summary the case detail carries (the pending request and the decided ones).

const decisionView = (d: DecisionRecord) => {
  const at = toInstant(d.decidedAt);
  return {
    decision: d.decision,
    decisionName: approvalDecisionNames[d.decision],
    by: d.decidedByName,
    at: isoInstant(at),
    on: localDateAt(at),
    opinion: d.opinion,
  };
};

export function approvalView(r: ApprovalRecord, decisions: readonly DecisionRecord[], caseNumber: string | null = null) {
  const mine = decisions.filter((d) => d.requestId === r.id);
  const final = r.state === 'approved' || r.state === 'rejected' ? mine.at(-1) : undefined;
  const awaiting = r.state === 'pending' ? r.steps[r.currentStep]!.role : null;
  const requestedAt = toInstant(r.requestedAt);
  return {
    id: r.id,
    caseId: r.caseId,
    caseNumber,
    kind: r.kind,
    kindName: approvalKindNames[r.kind],
    summary: r.summary,
    reason: r.reason,
    payload: { ...r.payload },
    state: r.state,
    stateName: approvalStateNames[r.state],
    requestedBy: { id: r.requestedBy, name: r.requestedByName },
    requestedAt: isoInstant(requestedAt),
    requestedOn: localDateAt(requestedAt),
    awaitingRole: awaiting,
    awaitingRoleName: awaiting ? stepRoleNames[awaiting] : null,
    steps: r.steps.map((s, i) => {
      const d = mine.find((x) => x.step === i);
      return { role: s.role, roleName: stepRoleNames[s.role], title: s.title, decision: d ? decisionView(d) : null };
    }),
    decidedBy: final?.decidedByName ?? null,
    decidedOn: final ? localDateAt(toInstant(final.decidedAt)) : null,
  };
}

export type ApprovalView = ReturnType<typeof approvalView>;

async function views(db: Executor, records: readonly ApprovalRecord[], numbers?: ReadonlyMap<string, string | null>) {
  const decisions = await decisionsOf(
    db,
    records.map((r) => r.id),
  );
  return records.map((r) => approvalView(r, decisions, numbers?.get(r.id) ?? null));
}

/** A case's approvals, for the case detail: the pending one and the decided or withdrawn ones, newest first. */
export async function caseApprovalSummary(db: Executor, caseId: string) {
  const all = await views(db, await requestsOfCase(db, caseId));
  return { pending: all.find((a) => a.state === 'pending') ?? null, decided: all.filter((a) => a.state !== 'pending').reverse() };
}

export async function caseApprovals(ctx: AppContext, who: Principal, caseId: string): Promise<Result<{ items: ApprovalView[] }>> {
  const court = await courtOfCase(ctx.db, caseId);
  if (court === undefined || !inScope(who, court)) return failure('case-not-found');
  return success({ items: await views(ctx.db, await requestsOfCase(ctx.db, caseId)) });
}

/** 待审批: the pending requests whose current step awaits the user's role, in the user's own court. */
export async function approvalInbox(ctx: AppContext, who: Principal, limit = 100): Promise<Result<{ items: ApprovalView[] }>> {
  if (!(stepRoles as readonly string[]).includes(who.role)) return success({ items: [] });
  const rows = await pendingAwaiting(ctx.db, [who.courtId], who.role, limit);
  const numbers = new Map(rows.map((r) => [r.id, r.caseNumber]));
  return success({ items: await views(ctx.db, rows, numbers) });
}
