import { sql } from 'kysely';
import type { DatabaseHandle, Executor } from '../db/connection.ts';
import { createCalendar, type CalendarYear, type StatutoryCalendar } from '../rules/calendar.ts';
import { appendEvent } from '../audit/append-events.ts';
import { systemActor } from '../audit/audit.types.ts';
import { transact } from '../db/transaction.ts';
import { success } from '../shared/result.ts';

// The bundled holiday data with the calendar_overrides table laid over it, year by year:
// a year the State Council publishes after our package release is added as a row.
// The server keeps one LiveCalendar; `refresh()` re-reads the overrides only when the calendar's
// version (one row of reference_versions, bumped by every `calendar set`) has changed.
export type LiveCalendar = StatutoryCalendar & {
  readonly version: () => string;
  readonly refresh: () => Promise<boolean>; // true when a newer version was loaded
};

const VERSION_KEY = 'calendar';

async function readVersion(db: Executor): Promise<string> {
  const row = await db.selectFrom('reference_versions').select('version').where('name', '=', VERSION_KEY).executeTakeFirst();
  return row?.version ?? '0';
}

async function readCalendar(db: Executor): Promise<StatutoryCalendar> {
  const rows = await db.selectFrom('calendar_overrides').selectAll().execute();
  const overrides: Record<number, CalendarYear> = {};
  for (const r of rows) overrides[r.year] = { holidays: r.holidays, makeUpWorkdays: r.workdays };
  return createCalendar({ overrides });
}

export async function loadStatutoryCalendar(db: Executor): Promise<LiveCalendar> {
  let version = await readVersion(db);
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
      const latest = await readVersion(db);
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
    await sql`insert into calendar_overrides (year, holidays, workdays, note)
              values (${year}, ${JSON.stringify(data.holidays)}, ${JSON.stringify(data.makeUpWorkdays)}, ${note})
              on conflict (year) do update set holidays = excluded.holidays, workdays = excluded.workdays, note = excluded.note`.execute(
      trx,
    );
    await sql`insert into reference_versions (name, version) values (${VERSION_KEY}, '1')
              on conflict (name) do update set version = (reference_versions.version::bigint + 1)::text, updated_at = now()`.execute(trx);
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
