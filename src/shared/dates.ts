// The one date module: ISO local dates (YYYY-MM-DD) in Asia/Shanghai. Arithmetic runs on
// UTC-midnight day numbers, so no time zone or DST can shift a legal deadline.
export type LocalDate = string & { readonly __brand: 'LocalDate' };

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DAY_MS = 86_400_000;

export function parseLocalDate(text: unknown): LocalDate | null {
  if (typeof text !== 'string') return null;
  const m = ISO_DATE.exec(text);
  if (!m) return null;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) return null;
  return text as LocalDate;
}

export function localDate(text: string): LocalDate {
  const d = parseLocalDate(text);
  if (!d) throw new Error(`not a local date: ${text}`);
  return d;
}

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

export function toDayNumber(d: LocalDate): number {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  return Math.round(Date.UTC(y, m - 1, day) / DAY_MS);
}

export function fromDayNumber(n: number): LocalDate {
  return new Date(n * DAY_MS).toISOString().slice(0, 10) as LocalDate;
}

export const addDays = (d: LocalDate, n: number): LocalDate => fromDayNumber(toDayNumber(d) + n);
export const daysBetween = (from: LocalDate, to: LocalDate): number => toDayNumber(to) - toDayNumber(from);
export const compareDates = (a: LocalDate, b: LocalDate): number => (a < b ? -1 : a > b ? 1 : 0);
export const yearOf = (d: LocalDate): number => Number(d.slice(0, 4));

/** Adds calendar months; a missing matching day becomes the month's last day (民法典 第202条). */
export function addMonths(d: LocalDate, months: number): LocalDate {
  const [y, m, day] = d.split('-').map(Number) as [number, number, number];
  const total = y * 12 + (m - 1) + months;
  const ny = Math.floor(total / 12);
  const nm = (total % 12) + 1;
  const nd = Math.min(day, daysInMonth(ny, nm));
  return `${String(ny).padStart(4, '0')}-${String(nm).padStart(2, '0')}-${String(nd).padStart(2, '0')}` as LocalDate;
}

/** 0 = Sunday … 6 = Saturday. */
export const weekday = (d: LocalDate): number => new Date(toDayNumber(d) * DAY_MS).getUTCDay();

/** Today in Asia/Shanghai for a given instant; only the clock module should call this with "now". */
export function localDateAt(instant: Date): LocalDate {
  const shifted = new Date(instant.getTime() + 8 * 3_600_000);
  return shifted.toISOString().slice(0, 10) as LocalDate;
}

// Instants (timestamps) are JavaScript Dates; these are the only ways the code makes them.
export const MINUTE_MS = 60_000;
export const HOUR_MS = 3_600_000;
/** The instant `ms` milliseconds after `at`. */
export const instantAfter = (at: Date, ms: number): Date => new Date(at.getTime() + ms);
/** A timestamp as the database drivers return it (a Date, or an ISO string on some paths) as a Date. */
export const toInstant = (v: Date | string): Date => (v instanceof Date ? v : new Date(v));
/** ISO 8601 in UTC, to the millisecond. */
export const isoInstant = (v: Date | string): string => toInstant(v).toISOString();

/** An instant as a clerk reads it: local date and time in Asia/Shanghai, e.g. "2026-12-01 10:32". */
export function localDateTimeAt(instant: Date): string {
  return new Date(instant.getTime() + 8 * HOUR_MS).toISOString().slice(0, 16).replace('T', ' ');
}
