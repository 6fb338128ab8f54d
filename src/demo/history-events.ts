import type { Actor, NewEvent } from '../audit/audit.types.ts';
import type { StatutoryCalendar } from '../rules/calendar.ts';
import type { LocalDate } from '../shared/dates.ts';
import { closureModeNames, typeCodeOf, type CaseStatus, type ClosureMode, type FilingDraft } from '../cases/cases.types.ts';
import type { NumberedCase } from '../cases/case-writes.repo.ts';
import { filingChanges } from '../cases/case-facts.ts';
import { applyFact, newDeadline, openedEvent, type Change } from '../deadlines/deadline-logic.ts';
import { deadlineNodes } from '../deadlines/registry.ts';
import type { CaseFact, CaseFactAction, DeadlineRecord } from '../deadlines/deadlines.types.ts';
import type { DemoCase, DemoStep } from './caseload.ts';
import { actionName, approvalPolicyOf } from '../shared/approvals.ts';
import { transitionNames } from '../shared/vocabulary.ts';
import { approveRow, requestRow, type ApprovalRow, type DecisionRow } from './history-approvals.ts';
import { poolEntry, poolExit, type NewPoolRow } from './history-dormant.ts';

// The events each step of a demo case's history writes, exactly as the use cases write them
// (file-case.ts, change-case.ts, resume-case.ts, src/approvals for the steps that need approval,
// and recordCaseFacts of src/deadlines for the deadlines they move), so that the demo can write a court's history in a few batched statements.
// test/demo/history-path.test.ts runs the same histories through the use cases and compares.

/** A case as its history has left it so far. */
export type CaseState = {
  readonly demo: DemoCase;
  readonly id: string;
  readonly courtId: number;
  readonly draft: FilingDraft;
  resumedFromId: string | null;
  status: CaseStatus;
  officerId: string | null;
  closure: { mode: ClosureMode; closedOn: LocalDate; reason: string } | null;
  deferredUntil: LocalDate | null;
  /** The request awaiting its decision, and the step it asks for. */
  pending: { row: ApprovalRow; step: DemoStep & { kind: 'defer' | 'close' } } | null;
  approvals: ApprovalRow[];
  decisions: DecisionRow[];
  version: number;
  createdAt: Date | null;
  updatedAt: Date | null;
  deadlines: DeadlineRecord[]; // in id order, as the use cases lock them
  deadlineTimes: Map<string, { createdAt: Date; updatedAt: Date }>;
  pool?: NewPoolRow; // a 终本 closure's entry in the 终本案件库 (history-dormant.ts)
  poolExit?: { kind: 'resumed'; on: LocalDate }; // and its exit by resumption
};

export type Officer = { id: string; name: string };

export const numberedOf = (s: CaseState, final: boolean): NumberedCase => ({
  id: s.id,
  courtId: s.courtId,
  caseNumber: s.demo.caseNumber,
  year: s.demo.year,
  typeCode: typeCodeOf[s.demo.type],
  serial: s.demo.serial,
  draft: s.draft,
  resumedFromId: s.resumedFromId,
  ...(final ? { status: s.status, closure: s.closure } : {}),
});

const caseEvent = (s: CaseState, action: string, changes: Record<string, unknown>): NewEvent => ({
  courtId: s.courtId,
  caseId: s.id,
  action,
  entityType: 'case',
  entityId: s.id,
  changes,
});

const deadlineEvent = (c: Change): NewEvent => ({
  courtId: c.next.courtId,
  caseId: c.next.caseId,
  action: c.action,
  entityType: 'deadline',
  entityId: c.next.id,
  changes: c.changes,
});

/** fileDraftIn: the filing's event, then the deadlines the filing opens (newCaseDeadlines). */
export function filingEvents(calendar: StatutoryCalendar, s: CaseState, at: Date): NewEvent[] {
  s.createdAt = at;
  s.updatedAt = at;
  const fresh = deadlineNodes
    .filter((def) => def.opensOn.includes('case.filed') && def.caseTypes.includes(s.demo.type) && def.period !== 'given')
    .map((def) => newDeadline(calendar, def, { courtId: s.courtId, caseId: s.id, subject: '', startOn: s.draft.filedOn }));
  s.deadlines = [...fresh].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const d of fresh) s.deadlineTimes.set(d.id, { createdAt: at, updatedAt: at });
  const opened = [caseEvent(s, 'case.filed', filingChanges(numberedOf(s, false))), ...fresh.map((d) => deadlineEvent(openedEvent(d)))];
  // The 承办人 named at filing meets its own deadline at once.
  return s.draft.officerId ? [...opened, ...facts(calendar, s, 'case.officer-assigned', s.draft.filedOn, at)] : opened;
}

type ApprovedBy = { approvalId: string; requestedBy: string; approvedBy: string };
type Moved = Partial<Pick<CaseState, 'status' | 'officerId' | 'closure' | 'deferredUntil'>>;

/** One step after the filing (a resumption's own filing is filingEvents of the new case, written before it). */
export function stepEvents(
  calendar: StatutoryCalendar,
  s: CaseState,
  step: DemoStep,
  at: Date,
  actor: Actor,
  officer: Officer | null,
  resumedBy?: CaseState,
): NewEvent[] {
  const on = step.at.on;
  const moved = (changes: Moved) => {
    Object.assign(s, changes);
    s.version += 1;
    s.updatedAt = at;
  };
  switch (step.kind) {
    case 'assign': {
      const e = caseEvent(s, 'case.officer-assigned', {
        officerId: { before: s.officerId, after: officer!.id },
        officerName: officer!.name,
      });
      moved({ officerId: officer!.id });
      return [e, ...facts(calendar, s, 'case.officer-assigned', on, at)];
    }
    case 'defer': {
      const policy = approvalPolicyOf('case.defer');
      if (!policy) return transition(calendar, s, step.kind, on, at, moved, step.reason, step.until);
      const summary = `${transitionNames.defer}至 ${step.until}`;
      const payload = { reason: step.reason, until: step.until };
      return [request(s, step, actor, at, { kind: 'case.defer', payload, summary, reason: step.reason, steps: policy.steps })];
    }
    case 'start':
    case 'suspend':
    case 'continue':
      return transition(calendar, s, step.kind, on, at, moved, step.kind === 'start' ? null : step.reason, null);
    case 'close': {
      const policy = approvalPolicyOf('case.close', step.mode);
      if (!policy) return closure(calendar, s, step, on, at, moved);
      const summary = `${actionName('case.close', step.mode)}（结案日期 ${on}）`;
      const payload = { mode: step.mode, closedOn: on, reason: step.reason };
      return [request(s, step, actor, at, { kind: 'case.close', payload, summary, reason: step.reason, steps: policy.steps })];
    }
    case 'decide': {
      const p = s.pending!;
      s.pending = null;
      const { decision, event } = approveRow(p.row, actor, at, step.opinion);
      s.decisions.push(decision);
      const approval = { approvalId: p.row.id, requestedBy: p.row.requested_by_name, approvedBy: actor.name };
      const performed =
        p.step.kind === 'defer'
          ? transition(calendar, s, 'defer', on, at, moved, p.step.reason, p.step.until, approval)
          : closure(calendar, s, p.step, p.step.at.on, at, moved, approval);
      return [event, ...performed];
    }
    case 'resume': {
      const next = resumedBy!;
      const resumedFrom = { id: s.id, caseNumber: s.demo.caseNumber };
      return [
        caseEvent(next, 'case.resumption-filed', {
          resumedFrom,
          reason: step.reason,
          ...(officer ? { officerCarriedOver: officer.name } : {}),
        }),
        caseEvent(s, 'case.resumed', { resumedBy: { id: next.id, caseNumber: next.demo.caseNumber }, reason: step.reason }),
        ...poolExit(s, on, at, next.demo.caseNumber),
      ];
    }
  }
}

function request(
  s: CaseState,
  step: DemoStep & { kind: 'defer' | 'close' },
  actor: Actor,
  at: Date,
  r: Parameters<typeof requestRow>[2],
): NewEvent {
  const { row, event } = requestRow(s.courtId, s.id, r, actor, at);
  s.approvals.push(row);
  s.pending = { row, step };
  return event;
}

// writeTransition: the case row, its event, and (but for 开始执行) the deadlines the fact moves.
function transition(
  calendar: StatutoryCalendar,
  s: CaseState,
  t: 'start' | 'suspend' | 'defer' | 'continue',
  on: LocalDate,
  at: Date,
  moved: (m: Moved) => void,
  reason: string | null,
  until: LocalDate | null,
  approval?: ApprovedBy,
): NewEvent[] {
  const to: CaseStatus = t === 'suspend' ? 'suspended' : t === 'defer' ? 'deferred' : 'in-progress';
  const e = caseEvent(s, `case.${t}`, {
    status: { before: s.status, after: to },
    ...(reason ? { reason } : {}),
    ...(until ? { deferredUntil: until } : {}),
    ...(approval ? { approval } : {}),
  });
  moved({ status: to, ...(t === 'defer' || t === 'continue' ? { deferredUntil: until } : {}) });
  return [e, ...(t === 'start' ? [] : facts(calendar, s, `case.${t}`, on, at))];
}

// writeClosure: the closure on the case row (a deferral ended with it), its event, the deadlines met or waived.
function closure(
  calendar: StatutoryCalendar,
  s: CaseState,
  step: DemoStep & { kind: 'close' },
  on: LocalDate,
  at: Date,
  moved: (m: Moved) => void,
  approval?: ApprovedBy,
): NewEvent[] {
  const e = caseEvent(s, 'case.closed', {
    status: { before: s.status, after: 'closed' },
    closureMode: { before: null, after: step.mode },
    closedOn: { before: null, after: on },
    closureReason: { before: null, after: step.reason },
    reason: step.reason,
    claimAmountFen: s.draft.claimAmount.toString(),
    ...(s.deferredUntil ? { deferredUntil: { before: s.deferredUntil, after: null } } : {}),
    ...(approval ? { approval } : {}),
  });
  moved({ status: 'closed', closure: { mode: step.mode, closedOn: on, reason: step.reason }, deferredUntil: null });
  const moves = facts(calendar, s, 'case.closed', on, at, closureModeNames[step.mode]);
  // Then the 终本 case enters the 终本案件库 (enterPool, after the closure's deadline changes).
  return [e, ...moves, ...(step.mode === 'current-procedure-terminated' ? poolEntry(calendar, s, on, at) : [])];
}

// recordCaseFacts for one fact on a stored case: each deadline, in id order, met, waived, paused or resumed.
function facts(calendar: StatutoryCalendar, s: CaseState, action: CaseFactAction, on: LocalDate, at: Date, detail?: string): NewEvent[] {
  const fact: CaseFact = { action, courtId: s.courtId, caseId: s.id, caseType: s.demo.type, on, ...(detail ? { detail } : {}) };
  const out: NewEvent[] = [];
  s.deadlines = s.deadlines.map((d) => {
    const change = applyFact(calendar, d, fact);
    if (!change) return d;
    out.push(deadlineEvent(change));
    s.deadlineTimes.get(d.id)!.updatedAt = at;
    return change.next;
  });
  return out;
}
