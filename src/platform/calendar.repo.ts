import { sql } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { CalendarYear } from '../rules/calendar.ts';

// calendar_overrides (one row per published year) and the calendar's version in reference_versions.

const VERSION_KEY = 'calendar';

export async function calendarVersion(db: Executor): Promise<string> {
  const row = await db.selectFrom('reference_versions').select('version').where('name', '=', VERSION_KEY).executeTakeFirst();
  return row?.version ?? '0';
}

export async function calendarOverrides(db: Executor): Promise<Record<number, CalendarYear>> {
  const rows = await db.selectFrom('calendar_overrides').selectAll().execute();
  const overrides: Record<number, CalendarYear> = {};
  for (const r of rows) overrides[r.year] = { holidays: r.holidays, makeUpWorkdays: r.workdays };
  return overrides;
}

export async function calendarOverride(db: Executor, year: number): Promise<CalendarYear | undefined> {
  const row = await db.selectFrom('calendar_overrides').selectAll().where('year', '=', year).executeTakeFirst();
  return row ? { holidays: row.holidays, makeUpWorkdays: row.workdays } : undefined;
}

/** Stores a year and bumps the calendar's version, so every server's LiveCalendar reloads it. */
export async function storeCalendarYear(tx: Tx, year: number, data: CalendarYear, note: string): Promise<void> {
  await sql`insert into calendar_overrides (year, holidays, workdays, note)
            values (${year}, ${JSON.stringify(data.holidays)}, ${JSON.stringify(data.makeUpWorkdays)}, ${note})
            on conflict (year) do update set holidays = excluded.holidays, workdays = excluded.workdays, note = excluded.note`.execute(tx);
  await sql`insert into reference_versions (name, version) values (${VERSION_KEY}, '1')
            on conflict (name) do update set version = (reference_versions.version::bigint + 1)::text, updated_at = now()`.execute(tx);
}
