import type { NewEvent } from '../audit/audit.types.ts';
import type { StatutoryCalendar } from '../rules/calendar.ts';
import { poolEndsOn, poolEntryOn, researchDueOn } from '../rules/dormant-research.ts';
import { newDeadline, openedEvent, waive } from '../deadlines/deadline-logic.ts';
import { nodeById } from '../deadlines/registry.ts';
import { poolEntryDays } from '../dormant/enter-pool.ts';
import type { NewPoolRow } from '../dormant/dormant.repo.ts';
import type { LocalDate } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import type { CaseState } from './history-events.ts';

// enterPool (src/dormant/enter-pool.ts) as a 终本 closure of the demo's history writes it: the pool
// row (written with the caseload), its event, and the first re-search deadline with its event.
// Nothing has been received on a case of the history yet, so what is owed is the claim.

export function poolEntry(calendar: StatutoryCalendar, s: CaseState, on: LocalDate, at: Date): NewEvent[] {
  const enteredOn = poolEntryOn(on, poolEntryDays());
  const nextSearchDue = researchDueOn(on, 1);
  const endsOn = poolEndsOn(on);
  const outstandingFen = s.draft.claimAmount;
  s.pool = { caseId: s.id, courtId: s.courtId, closedOn: on, enteredOn, outstandingFen, nextSearchDue, endsOn, at };
  const d = newDeadline(calendar, nodeById('dormant-research')!, { courtId: s.courtId, caseId: s.id, subject: '1', startOn: on });
  s.deadlines = [...s.deadlines, d].sort((a, b) => (a.id < b.id ? -1 : 1));
  s.deadlineTimes.set(d.id, { createdAt: at, updatedAt: at });
  const opened = openedEvent(d);
  return [
    {
      courtId: s.courtId,
      caseId: s.id,
      action: 'dormant.entered',
      entityType: 'dormant-case',
      entityId: s.id,
      changes: { closedOn: on, enteredOn, outstanding: formatYuan(outstandingFen), nextSearchDue, endsOn },
    },
    {
      courtId: opened.next.courtId,
      caseId: opened.next.caseId,
      action: opened.action,
      entityType: 'deadline',
      entityId: opened.next.id,
      changes: opened.changes,
    },
  ];
}

/** exitPool (src/dormant/exit-pool.ts) as the history's resumption of a 终本 case writes it: exited, its event, the re-search waived. */
export function poolExit(s: CaseState, on: LocalDate, at: Date, resumedBy: string): NewEvent[] {
  if (!s.pool) return [];
  s.poolExit = { kind: 'resumed', on };
  const events: NewEvent[] = [
    {
      courtId: s.courtId,
      caseId: s.id,
      action: 'dormant.exited',
      entityType: 'dormant-case',
      entityId: s.id,
      changes: { kind: 'resumed', kindName: '恢复执行', exitedOn: on, researchCycles: 0, resumedBy },
    },
  ];
  s.deadlines = s.deadlines.map((d) => {
    const change = d.node === 'dormant-research' && d.subject === '1' ? waive(d, '案件已出终本案件库（恢复执行）', on) : null;
    if (!change) return d;
    events.push({
      courtId: change.next.courtId,
      caseId: change.next.caseId,
      action: change.action,
      entityType: 'deadline',
      entityId: change.next.id,
      changes: change.changes,
    });
    s.deadlineTimes.get(d.id)!.updatedAt = at;
    return change.next;
  });
  return events;
}

export type { NewPoolRow };
