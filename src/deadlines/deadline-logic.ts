import { randomUUID } from 'node:crypto';
import type { StatutoryCalendar } from '../rules/calendar.ts';
import { compareDates, type LocalDate } from '../shared/dates.ts';
import { computeDue } from './compute-due.ts';
import type { CaseFact, DeadlineRecord, NodeDefinition, PauseCause } from './deadlines.types.ts';
import { nodeById } from './registry.ts';

// What each fact does to one deadline, in memory: the next record and the event that says so,
// or null when the fact does not change it. The use-case functions write both in one transaction.

export type Change = { readonly next: DeadlineRecord; readonly action: string; readonly changes: Record<string, unknown> };

const isOpen = (d: DeadlineRecord) => d.state === 'open' || d.state === 'overdue';
const label = (d: DeadlineRecord) => ({ node: d.node, ...(d.subject ? { subject: d.subject } : {}) });

export function newDeadline(
  calendar: StatutoryCalendar,
  def: NodeDefinition,
  o: { courtId: number; caseId: string | null; subject: string; startOn: LocalDate; dueOn?: LocalDate | undefined },
): DeadlineRecord {
  const period = def.period === 'given' ? { length: null, unit: 'given' as const } : def.period;
  const due = computeDue(calendar, { startOn: o.startOn, ...period, givenDueOn: o.dueOn ?? null, pauses: [] });
  return {
    id: randomUUID(),
    courtId: o.courtId,
    caseId: o.caseId,
    node: def.id,
    subject: o.subject,
    title: def.title,
    basis: def.basis.map(({ source, version, article }) => ({ source, version, article })),
    startOn: o.startOn,
    length: period.length,
    unit: period.unit,
    dueOn: due.dueOn,
    state: 'open',
    metOn: null,
    waivedReason: null,
    pauses: [],
    pausedSince: null,
    provisionalYears: due.provisionalYears,
  };
}

export const openedEvent = (d: DeadlineRecord): Change => ({
  next: d,
  action: 'deadline.opened',
  changes: {
    ...label(d),
    title: d.title,
    startOn: d.startOn,
    dueOn: d.dueOn,
    basis: d.basis.map((b) => `${b.source}${b.article}`).join('；'),
    ...(d.provisionalYears.length ? { provisionalYears: d.provisionalYears } : {}),
  },
});

// The open pause, if any, ended on `on`.
const closePause = (d: DeadlineRecord, on: LocalDate) =>
  d.pauses.map((p) => (p.to === null ? { ...p, to: compareDates(on, p.from) < 0 ? p.from : on } : p));

function withDue(calendar: StatutoryCalendar, d: DeadlineRecord, pauses: DeadlineRecord['pauses']): DeadlineRecord {
  const due = computeDue(calendar, { startOn: d.startOn, length: d.length, unit: d.unit, givenDueOn: d.dueOn, pauses });
  return { ...d, pauses, dueOn: due.dueOn, pausedSince: due.pausedSince, provisionalYears: due.provisionalYears };
}

export function meet(d: DeadlineRecord, on: LocalDate): Change | null {
  if (!isOpen(d)) return null;
  const next: DeadlineRecord = { ...d, state: 'met', metOn: on, pauses: closePause(d, on), pausedSince: null };
  return {
    next,
    action: 'deadline.met',
    changes: { ...label(d), state: { before: d.state, after: 'met' }, metOn: on, dueOn: d.dueOn, late: compareDates(on, d.dueOn) > 0 },
  };
}

// A met deadline whose act was undone (a payout the bank refunded): open again with its original
// due date, so overdue at once if that date has passed.
export function reopen(d: DeadlineRecord, on: LocalDate): Change | null {
  if (d.state !== 'met') return null;
  const state = compareDates(on, d.dueOn) > 0 ? 'overdue' : 'open';
  const next: DeadlineRecord = { ...d, state, metOn: null };
  return {
    next,
    action: 'deadline.reopened',
    changes: { ...label(d), state: { before: 'met', after: state }, dueOn: d.dueOn, metOn: d.metOn },
  };
}

export function waive(d: DeadlineRecord, reason: string, on: LocalDate): Change | null {
  if (!isOpen(d)) return null;
  const next: DeadlineRecord = { ...d, state: 'waived', waivedReason: reason, pauses: closePause(d, on), pausedSince: null };
  return { next, action: 'deadline.waived', changes: { ...label(d), state: { before: d.state, after: 'waived' }, reason } };
}

// Only a running deadline pauses; one already overdue has nothing left to stop.
export function pause(calendar: StatutoryCalendar, d: DeadlineRecord, cause: PauseCause, on: LocalDate): Change | null {
  if (d.state !== 'open' || d.pauses.some((p) => p.to === null)) return null;
  const next = withDue(calendar, d, [...d.pauses, { from: on, to: null, cause }]);
  return {
    next,
    action: 'deadline.paused',
    changes: { ...label(d), cause, from: on, stopped: next.pausedSince !== null, dueOn: d.dueOn },
  };
}

export function resume(calendar: StatutoryCalendar, d: DeadlineRecord, on: LocalDate): Change | null {
  if (!isOpen(d) || !d.pauses.some((p) => p.to === null)) return null;
  const next = withDue(calendar, d, closePause(d, on));
  return { next, action: 'deadline.resumed', changes: { ...label(d), on, dueOn: { before: d.dueOn, after: next.dueOn } } };
}

/** The due date again on the calendar as it now is; an overdue deadline whose day moved past today is open again. */
export function recompute(calendar: StatutoryCalendar, d: DeadlineRecord, today: LocalDate, reason: string): Change | null {
  if (!isOpen(d) || d.unit === 'given') return null;
  const again = withDue(calendar, d, d.pauses);
  const state = d.state === 'overdue' && compareDates(again.dueOn, today) >= 0 ? 'open' : d.state;
  const next = { ...again, state };
  const sameYears = next.provisionalYears.join() === d.provisionalYears.join();
  if (next.dueOn === d.dueOn && sameYears && state === d.state) return null;
  return {
    next,
    action: 'deadline.recomputed',
    changes: {
      ...label(d),
      reason,
      dueOn: { before: d.dueOn, after: next.dueOn },
      ...(state !== d.state ? { state: { before: d.state, after: state } } : {}),
      ...(!sameYears ? { provisionalYears: { before: d.provisionalYears, after: next.provisionalYears } } : {}),
    },
  };
}

/** What one case fact does to one deadline by its node's definition: met, waived, paused, resumed, or nothing. */
export function applyFact(calendar: StatutoryCalendar, d: DeadlineRecord, fact: CaseFact): Change | null {
  const def = nodeById(d.node);
  if (!def) return null; // a node removed from the registry keeps its rows but no longer reacts
  switch (fact.action) {
    case 'case.closed':
      if (def.keptByDormancy && fact.closureMode === 'current-procedure-terminated') return null;
      return def.onCaseClosed === 'met' || def.metBy.includes('case.closed')
        ? meet(d, fact.on)
        : waive(d, `案件已结案${fact.detail ? `（${fact.detail}）` : ''}`, fact.on);
    case 'case.suspend':
    case 'case.defer':
      return def.pausedBy.includes(fact.action) ? pause(calendar, d, fact.action, fact.on) : null;
    case 'case.continue': {
      // Only a pause the case itself caused ends with it: a hold of the case money (funds.hold) stays.
      const open = d.pauses.find((p) => p.to === null);
      return open && open.cause !== 'funds.hold' ? resume(calendar, d, fact.on) : null;
    }
    default:
      return def.metBy.includes(fact.action) ? meet(d, fact.on) : null;
  }
}
