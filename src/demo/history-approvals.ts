import { randomUUID } from 'node:crypto';
import type { Actor } from '../audit/audit.types.ts';
import type { NewEvent } from '../audit/audit.types.ts';
import { approvalKindNames, stepRoleNames, type ApprovalKind, type ApprovalStep } from '../shared/approvals.ts';

// The approvals of a demo history, exactly as src/approvals writes them: a request filed by the
// officer (its row and `approval.requested`), then the bureau head's decision (its row, the
// request closed, `approval.approved`), after which the case step itself is written by the caller.

export type ApprovalRow = {
  id: string;
  court_id: number;
  case_id: string;
  kind: ApprovalKind;
  payload: string;
  summary: string;
  reason: string | null;
  steps: string;
  state: 'pending' | 'approved';
  current_step: number;
  awaiting_role: string | null;
  requested_by: string | null;
  requested_by_name: string;
  requested_at: Date;
  closed_at: Date | null;
};

export type DecisionRow = {
  id: string;
  court_id: number;
  request_id: string;
  step: number;
  role: string;
  decision: 'approve';
  opinion: string | null;
  decided_by: string | null;
  decided_by_name: string;
  decided_at: Date;
};

export type Request = {
  kind: ApprovalKind;
  payload: Record<string, unknown>;
  summary: string;
  reason: string | null;
  steps: readonly ApprovalStep[];
};

/** requestApprovalIn: the request's row and its event. */
export function requestRow(courtId: number, caseId: string, r: Request, by: Actor, at: Date): { row: ApprovalRow; event: NewEvent } {
  const row: ApprovalRow = {
    id: randomUUID(),
    court_id: courtId,
    case_id: caseId,
    kind: r.kind,
    payload: JSON.stringify(r.payload),
    summary: r.summary,
    reason: r.reason,
    steps: JSON.stringify(r.steps),
    state: 'pending',
    current_step: 0,
    awaiting_role: r.steps[0]!.role,
    requested_by: by.id,
    requested_by_name: by.name,
    requested_at: at,
    closed_at: null,
  };
  const event: NewEvent = {
    courtId,
    caseId,
    action: 'approval.requested',
    entityType: 'approval',
    entityId: row.id,
    changes: {
      kind: r.kind,
      kindName: approvalKindNames[r.kind],
      summary: r.summary,
      ...(r.reason ? { reason: r.reason } : {}),
      payload: r.payload,
      steps: r.steps.map((s) => s.title),
      awaiting: stepRoleNames[r.steps[0]!.role],
    },
  };
  return { row, event };
}

/** decideApproval at a request's last (here: only) step, approving: the decision's row, the request closed, its event. */
export function approveRow(row: ApprovalRow, by: Actor, at: Date, opinion: string): { decision: DecisionRow; event: NewEvent } {
  const steps = JSON.parse(row.steps) as ApprovalStep[];
  if (steps.length !== 1) throw new Error(`the demo approves one-step requests only (${row.kind} has ${steps.length})`);
  const step = steps[0]!;
  Object.assign(row, { state: 'approved', awaiting_role: null, closed_at: at });
  const decision: DecisionRow = {
    id: randomUUID(),
    court_id: row.court_id,
    request_id: row.id,
    step: 0,
    role: step.role,
    decision: 'approve',
    opinion,
    decided_by: by.id,
    decided_by_name: by.name,
    decided_at: at,
  };
  const event: NewEvent = {
    courtId: row.court_id,
    caseId: row.case_id,
    action: 'approval.approved',
    entityType: 'approval',
    entityId: row.id,
    changes: {
      kind: row.kind,
      summary: row.summary,
      step: step.title,
      decision: 'approve',
      opinion,
      requestedBy: row.requested_by_name,
    },
  };
  return { decision, event };
}
