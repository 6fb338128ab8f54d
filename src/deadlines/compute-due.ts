import type { StatutoryCalendar } from '../rules/calendar.ts';
import { ok, type RuleResult } from '../rules/errors.ts';
import { computePausedPeriod } from '../rules/paused-period.ts';
import type { PeriodUnit } from '../rules/period.ts';
import { addDays, weekday, yearOf, type LocalDate } from '../shared/dates.ts';
import type { PauseRecord } from './deadlines.types.ts';

export type DueInput = {
  readonly startOn: LocalDate;
  readonly length: number | null;
  readonly unit: PeriodUnit | 'given';
  readonly givenDueOn: LocalDate | null; // for 'given' nodes: the due date the opener stated
  readonly pauses: readonly PauseRecord[];
};

export type Due = {
  readonly dueOn: LocalDate;
  readonly pausedSince: LocalDate | null; // the day the clock stopped, while it is stopped
  readonly provisionalYears: number[];
};

// The calendar as the deadline sees it, noting every year it consulted that is provisional (not yet
// published). A year the calendar cannot answer at all (beyond the provisional rules' range) is
// treated as weekends-only and noted too, so that a filing is never refused for want of a year's
// holidays; the recompute hook and sweep correct both once the year is published.
function provisionalAware(calendar: StatutoryCalendar): { calendar: StatutoryCalendar; years: () => number[] } {
  const years = new Set<number>();
  const weekend = (d: LocalDate) => weekday(d) === 0 || weekday(d) === 6;
  const answer = <T>(d: LocalDate, r: RuleResult<T>, fallback: () => T): RuleResult<T> => {
    if (r.ok) {
      if (calendar.isProvisional(yearOf(d))) years.add(yearOf(d));
      return r;
    }
    if (r.code !== 'calendar-year-missing') return r;
    years.add(yearOf(d));
    return ok(fallback());
  };
  const isRestDay = (d: LocalDate) => answer(d, calendar.isRestDay(d), () => calendar.weekendsAreRestDays && weekend(d));
  const isWorkday = (d: LocalDate) => answer(d, calendar.isWorkday(d), () => !weekend(d));
  const firstNonRestDay = (from: LocalDate): RuleResult<LocalDate> => {
    for (let i = 0, d = from; i <= 31; i++, d = addDays(d, 1)) {
      const rest = isRestDay(d);
      if (!rest.ok) return rest;
      if (!rest.value) return ok(d);
    }
    throw new Error(`no non-rest day within a month of ${from}: calendar data is broken`);
  };
  return { calendar: { ...calendar, isRestDay, isWorkday, firstNonRestDay }, years: () => [...years].sort((a, b) => a - b) };
}

/** The due date of a deadline on the statutory calendar, its pauses deducted (执行工作若干问题的规定 第63条). */
export function computeDue(calendar: StatutoryCalendar, input: DueInput): Due {
  if (input.unit === 'given') {
    if (!input.givenDueOn) throw new Error('a deadline with a given due date needs one');
    return { dueOn: input.givenDueOn, pausedSince: null, provisionalYears: [] };
  }
  const aware = provisionalAware(calendar);
  const result = computePausedPeriod(
    { start: input.startOn, length: input.length!, unit: input.unit, pauses: input.pauses.map((p) => ({ from: p.from, to: p.to })) },
    aware.calendar,
  );
  // The pauses are recorded by the use cases in order and the lengths come from the registry: a failure is a bug.
  if (!result.ok) throw new Error(`deadline computation failed: ${result.code} ${result.detail}`);
  const open = input.pauses.at(-1);
  return {
    dueOn: result.value.end,
    pausedSince: !result.value.running && open && open.to === null ? open.from : null,
    provisionalYears: aware.years(),
  };
}
