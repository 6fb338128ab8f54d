import type { NewEvent } from '../audit/audit.types.ts';
import type { StatutoryCalendar } from '../rules/calendar.ts';
import type { LocalDate } from '../shared/dates.ts';
import { closureModeNames, typeCodeOf, type CaseStatus, type ClosureMode, type FilingDraft } from '../cases/cases.types.ts';
import type { NumberedCase } from '../cases/case-writes.repo.ts';
import { filingChanges } from '../cases/case-facts.ts';
import { meet, newDeadline, openedEvent, pause, resume, waive, type Change } from '../deadlines/deadline-logic.ts';
import { deadlineNodes, nodeById } from '../deadlines/registry.ts';
import type { CaseFact, CaseFactAction, DeadlineRecord } from '../deadlines/deadlines.types.ts';
import type { DemoCase, DemoStep } from './caseload.ts';

// The events each step of a demo case's history writes, exactly as the use cases write them
// (file-case.ts, change-case.ts, resume-case.ts, and recordCaseFacts of src/deadlines for the
// deadlines they move), so that the demo can write a court's history in a few batched statements.
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
  version: number;
  createdAt: Date | null;
  updatedAt: Date | null;
  deadlines: DeadlineRecord[]; // in id order, as the use cases lock them
  deadlineTimes: Map<string, { createdAt: Date; updatedAt: Date }>;
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

/** fileDraftIn: the filing's event, then the deadlines the filing opens (recordCaseFacts with newCase). */
export function filingEvents(calendar: StatutoryCalendar, s: CaseState, at: Date): NewEvent[] {
  s.createdAt = at;
  s.updatedAt = at;
  const fresh = deadlineNodes
    .filter((def) => def.opensOn.includes('case.filed') && def.caseTypes.includes(s.demo.type) && def.period !== 'given')
    .map((def) => newDeadline(calendar, def, { courtId: s.courtId, caseId: s.id, subject: '', startOn: s.draft.filedOn }));
  s.deadlines = [...fresh].sort((a, b) => (a.id < b.id ? -1 : 1));
  for (const d of fresh) s.deadlineTimes.set(d.id, { createdAt: at, updatedAt: at });
  return [caseEvent(s, 'case.filed', filingChanges(numberedOf(s, false))), ...fresh.map((d) => deadlineEvent(openedEvent(d)))];
}

/** One step after the filing (a resumption's own filing is filingEvents of the new case, written before it). */
export function stepEvents(
  calendar: StatutoryCalendar,
  s: CaseState,
  step: DemoStep,
  at: Date,
  officer: Officer | null,
  resumedBy?: CaseState,
): NewEvent[] {
  const on = step.at.on;
  const moved = (changes: Partial<Pick<CaseState, 'status' | 'officerId' | 'closure'>>) => {
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
    case 'start':
    case 'suspend':
    case 'defer':
    case 'continue': {
      const to: CaseStatus = step.kind === 'suspend' ? 'suspended' : step.kind === 'defer' ? 'deferred' : 'in-progress';
      const reason = step.kind === 'start' ? {} : { reason: step.reason };
      const e = caseEvent(s, `case.${step.kind}`, { status: { before: s.status, after: to }, ...reason });
      moved({ status: to });
      return [e, ...(step.kind === 'start' ? [] : facts(calendar, s, `case.${step.kind}`, on, at))];
    }
    case 'close': {
      const e = caseEvent(s, 'case.closed', {
        status: { before: s.status, after: 'closed' },
        closureMode: { before: null, after: step.mode },
        closedOn: { before: null, after: on },
        closureReason: { before: null, after: step.reason },
        reason: step.reason,
        claimAmountFen: s.draft.claimAmount.toString(),
      });
      moved({ status: 'closed', closure: { mode: step.mode, closedOn: on, reason: step.reason } });
      return [e, ...facts(calendar, s, 'case.closed', on, at, closureModeNames[step.mode])];
    }
    case 'resume':
      return [
        caseEvent(s, 'case.resumed', { resumedBy: { id: resumedBy!.id, caseNumber: resumedBy!.demo.caseNumber }, reason: step.reason }),
      ];
  }
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

function applyFact(calendar: StatutoryCalendar, d: DeadlineRecord, fact: CaseFact): Change | null {
  const def = nodeById(d.node);
  if (!def) return null;
  switch (fact.action) {
    case 'case.closed':
      return def.onCaseClosed === 'met' || def.metBy.includes('case.closed')
        ? meet(d, fact.on)
        : waive(d, `案件已结案${fact.detail ? `（${fact.detail}）` : ''}`, fact.on);
    case 'case.suspend':
    case 'case.defer':
      return def.pausedBy.includes(fact.action) ? pause(calendar, d, fact.action, fact.on) : null;
    case 'case.continue':
      return resume(calendar, d, fact.on);
    default:
      return def.metBy.includes(fact.action) ? meet(d, fact.on) : null;
  }
}
