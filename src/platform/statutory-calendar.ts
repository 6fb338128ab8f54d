import type { DatabaseHandle, Executor } from '../db/connection.ts';
import { createCalendar, type CalendarYear, type StatutoryCalendar } from '../rules/calendar.ts';
import { appendEvent } from '../audit/append-events.ts';
import { systemActor } from '../audit/audit.types.ts';
import { transact } from '../db/transaction.ts';
import { success } from '../shared/result.ts';
import { calendarOverride, calendarOverrides, calendarVersion, storeCalendarYear } from './calendar.repo.ts';

// The bundled holiday data with the calendar_overrides table laid over it, year by year:
// a year the State Council publishes after our package release is added as a row.
// The server keeps one LiveCalendar; `refresh()` re-reads the overrides only when the calendar's
// version (one row of reference_versions, bumped by every `calendar set`) has changed.
export type LiveCalendar = StatutoryCalendar & {
  readonly version: () => string;
  readonly refresh: () => Promise<boolean>; // true when a newer version was loaded
};

async function readCalendar(db: Executor): Promise<StatutoryCalendar> {
  return createCalendar({ overrides: await calendarOverrides(db) });
}

/** The stored override of one year, if any (the bundled data covers the rest). */
export function storedCalendarYear(db: Executor, year: number): Promise<CalendarYear | undefined> {
  return calendarOverride(db, year);
}

export async function loadStatutoryCalendar(db: Executor): Promise<LiveCalendar> {
  let version = await calendarVersion(db);
  let current = await readCalendar(db);
  return {
    get weekendsAreRestDays() {
      return current.weekendsAreRestDays;
    },
    get years() {
      return current.years;
    },
    hasYear: (y) => current.hasYear(y),
    isRestDay: (d) => current.isRestDay(d),
    isWorkday: (d) => current.isWorkday(d),
    firstNonRestDay: (d) => current.firstNonRestDay(d),
    isProvisional: (y) => current.isProvisional(y),
    track: () => current.track(),
    version: () => version,
    refresh: async () => {
      const latest = await calendarVersion(db);
      if (latest === version) return false;
      current = await readCalendar(db);
      version = latest;
      return true;
    },
  };
}

/** Stores a year's published arrangement, bumps the calendar version and audits it, in one transaction. */
export async function setCalendarYear(
  ctx: { readonly handle: DatabaseHandle },
  now: Date,
  courtId: number,
  year: number,
  data: CalendarYear,
  note: string,
): Promise<void> {
  await transact(ctx, async (trx) => {
    await storeCalendarYear(trx, year, data, note);
    await appendEvent(trx, systemActor, now, {
      courtId,
      caseId: null,
      action: 'calendar.year-set',
      entityType: 'calendar',
      entityId: String(year),
      changes: { holidays: data.holidays, makeUpWorkdays: data.makeUpWorkdays, note },
    });
    return success(null);
  });
}
