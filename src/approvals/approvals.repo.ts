import { randomUUID } from 'node:crypto';
import type { Executor, Tx } from '../db/connection.ts';
import type { ApprovalKind, ApprovalState, ApprovalStep } from '../shared/approvals.ts';
import type { ApprovalRecord, DecisionRecord, NewApproval } from './approvals.types.ts';

// The approvals' rows: requests and their decisions. One pending request per case (a partial
// unique index); the inbox reads the pending ones by court and awaited role.

type RequestRow = {
  id: string;
  court_id: number;
  case_id: string | null;
  kind: string;
  payload: unknown;
  summary: string;
  reason: string | null;
  steps: unknown;
  state: ApprovalState;
  current_step: number;
  requested_by: string | null;
  requested_by_name: string;
  requested_at: Date;
  closed_at: Date | null;
};

const columns = [
  'id',
  'court_id',
  'case_id',
  'kind',
  'payload',
  'summary',
  'reason',
  'steps',
  'state',
  'current_step',
  'requested_by',
  'requested_by_name',
  'requested_at',
  'closed_at',
] as const;

const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

const toRecord = (r: RequestRow): ApprovalRecord => ({
  id: r.id,
  courtId: r.court_id,
  caseId: r.case_id,
  kind: r.kind as ApprovalKind,
  payload: json(r.payload) as Record<string, unknown>,
  summary: r.summary,
  reason: r.reason,
  steps: json(r.steps) as ApprovalStep[],
  state: r.state,
  currentStep: r.current_step,
  requestedBy: r.requested_by,
  requestedByName: r.requested_by_name,
  requestedAt: r.requested_at,
  closedAt: r.closed_at,
});

export async function insertRequest(tx: Tx, a: NewApproval, by: { id: string | null; name: string }, at: Date): Promise<ApprovalRecord> {
  const row = await tx
    .insertInto('approval_requests')
    .values({
      id: randomUUID(),
      court_id: a.courtId,
      case_id: a.caseId,
      kind: a.kind,
      payload: JSON.stringify(a.payload),
      summary: a.summary,
      reason: a.reason,
      steps: JSON.stringify(a.steps),
      state: 'pending',
      current_step: 0,
      awaiting_role: a.steps[0]!.role,
      requested_by: by.id,
      requested_by_name: by.name,
      requested_at: at,
    })
    .returning(columns)
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

export async function findRequest(db: Executor, id: string): Promise<ApprovalRecord | undefined> {
  const row = await db.selectFrom('approval_requests').select(columns).where('id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

export async function lockRequest(tx: Tx, id: string): Promise<ApprovalRecord | undefined> {
  const row = await tx.selectFrom('approval_requests').select(columns).where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toRecord(row);
}

export async function pendingOfCase(db: Executor, caseId: string): Promise<ApprovalRecord | undefined> {
  const row = await db
    .selectFrom('approval_requests')
    .select(columns)
    .where('case_id', '=', caseId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return row && toRecord(row);
}

/** Moves a request on: to its next step (still pending) or to its final state. */
export async function advanceRequest(
  tx: Tx,
  id: string,
  next: { state: ApprovalState; currentStep: number; awaitingRole: string | null },
  at: Date,
): Promise<void> {
  await tx
    .updateTable('approval_requests')
    .set({
      state: next.state,
      current_step: next.currentStep,
      awaiting_role: next.awaitingRole,
      closed_at: next.state === 'pending' ? null : at,
    })
    .where('id', '=', id)
    .execute();
}

export async function insertDecision(tx: Tx, courtId: number, d: DecisionRecord): Promise<void> {
  await tx
    .insertInto('approval_decisions')
    .values({
      id: randomUUID(),
      court_id: courtId,
      request_id: d.requestId,
      step: d.step,
      role: d.role,
      decision: d.decision,
      opinion: d.opinion,
      decided_by: d.decidedBy,
      decided_by_name: d.decidedByName,
      decided_at: d.decidedAt,
    })
    .execute();
}

/** The requests of a case, oldest first. */
export async function requestsOfCase(db: Executor, caseId: string): Promise<ApprovalRecord[]> {
  const rows = await db.selectFrom('approval_requests').select(columns).where('case_id', '=', caseId).orderBy('seq').execute();
  return rows.map((r) => toRecord(r));
}

/** Pending requests awaiting one of these roles in one of these courts, oldest first. */
export async function pendingAwaiting(
  db: Executor,
  courtIds: readonly number[],
  role: string,
  limit: number,
): Promise<(ApprovalRecord & { caseNumber: string | null })[]> {
  if (!courtIds.length) return [];
  const rows = await db
    .selectFrom('approval_requests as a')
    .leftJoin('cases as c', 'c.id', 'a.case_id')
    .select(columns.map((k) => `a.${k}` as const))
    .select('c.case_number')
    .where('a.state', '=', 'pending')
    .where('a.awaiting_role', '=', role)
    .where('a.court_id', 'in', courtIds)
    .orderBy('a.seq')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ ...toRecord(r as RequestRow), caseNumber: r.case_number }));
}

export async function decisionsOf(db: Executor, requestIds: readonly string[]): Promise<DecisionRecord[]> {
  if (!requestIds.length) return [];
  const rows = await db
    .selectFrom('approval_decisions')
    .select(['request_id', 'step', 'role', 'decision', 'opinion', 'decided_by', 'decided_by_name', 'decided_at'])
    .where('request_id', 'in', requestIds)
    .orderBy('seq')
    .execute();
  return rows.map((r) => ({
    requestId: r.request_id,
    step: r.step,
    role: r.role,
    decision: r.decision,
    opinion: r.opinion,
    decidedBy: r.decided_by,
    decidedByName: r.decided_by_name,
    decidedAt: r.decided_at,
  }));
}
