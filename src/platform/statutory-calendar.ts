import type { Executor } from '../db/connection.ts';
import { createCalendar, type CalendarYear, type StatutoryCalendar } from '../rules/calendar.ts';

// The bundled holiday data with the calendar_overrides table laid over it, year by year:
// a year the State Council publishes after our package release is added as a row.
export async function loadStatutoryCalendar(db: Executor): Promise<StatutoryCalendar> {
  const rows = await db.selectFrom('calendar_overrides').selectAll().execute();
  const overrides: Record<number, CalendarYear> = {};
  for (const r of rows) overrides[r.year] = { holidays: r.holidays, makeUpWorkdays: r.workdays };
  return createCalendar({ overrides });
}
