import { describe, expect, it } from 'vitest';
import { localDate } from '../shared/dates.ts';
import {
  bundledCalendarYear,
  bundledCalendarYears,
  changedDates,
  checkCalendarYear,
  createCalendar,
  defaultCalendar,
  rule,
} from './calendar.ts';
import { provisionalCalendarYear } from './provisional-calendar.ts';

const d = localDate;
const value = <T>(r: { ok: true; value: T } | { ok: false; code: string }) => {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r.value;
};

describe('statutory calendar', () => {
  it('bundles every year from 2004 to 2026 without a gap', () => {
    expect(bundledCalendarYears[0]).toBe(2004);
    expect(bundledCalendarYears.at(-1)).toBe(2026);
    expect(bundledCalendarYears).toHaveLength(2026 - 2004 + 1);
    expect(defaultCalendar.years).toEqual(bundledCalendarYears);
  });

  it('民事诉讼法 第85条: National Day 2026-10-01 to 10-07 are rest days and 10-08 is a workday', () => {
    expect(value(defaultCalendar.isRestDay(d('2026-09-30')))).toBe(false);
    expect(value(defaultCalendar.isRestDay(d('2026-10-01')))).toBe(true);
    expect(value(defaultCalendar.isRestDay(d('2026-10-07')))).toBe(true);
    expect(value(defaultCalendar.isRestDay(d('2026-10-08')))).toBe(false);
    expect(value(defaultCalendar.isWorkday(d('2026-10-08')))).toBe(true);
  });

  it('a make-up workday (Saturday 2026-10-10, 调休上班) is neither a rest day nor a non-workday', () => {
    expect(value(defaultCalendar.isRestDay(d('2026-10-10')))).toBe(false);
    expect(value(defaultCalendar.isWorkday(d('2026-10-10')))).toBe(true);
    expect(value(defaultCalendar.isRestDay(d('2026-10-11')))).toBe(true);
  });

  it('国务院工作时间规定 第7条 (default): an ordinary Saturday and Sunday are rest days', () => {
    expect(value(defaultCalendar.isRestDay(d('2026-03-07')))).toBe(true);
    expect(value(defaultCalendar.isRestDay(d('2026-03-08')))).toBe(true);
    expect(value(defaultCalendar.isRestDay(d('2026-03-09')))).toBe(false);
  });

  it('with weekendsAreRestDays false an ordinary Saturday is no rest day, yet still no workday', () => {
    const cal = createCalendar({ weekendsAreRestDays: false });
    expect(value(cal.isRestDay(d('2026-03-07')))).toBe(false);
    expect(value(cal.isWorkday(d('2026-03-07')))).toBe(false);
    expect(value(cal.isRestDay(d('2026-10-03')))).toBe(true); // a Saturday inside the National Day block
  });

  it('refuses to guess for a past year without data (2003) and for any year when provisional years are off', () => {
    const strict = createCalendar({ provisional: false });
    for (const [cal, day] of [
      [defaultCalendar, '2003-12-31'],
      [strict, '2027-01-04'],
    ] as const) {
      const r = cal.isRestDay(d(day));
      expect(r.ok ? r.value : r.code).toBe('calendar-year-missing');
      expect(cal.isWorkday(d(day)).ok).toBe(false);
    }
    expect(defaultCalendar.hasYear(2027)).toBe(false);
  });

  it('放假办法 (2024): a year without a published arrangement is computed provisionally and says so', () => {
    expect(defaultCalendar.isProvisional(2027)).toBe(true);
    expect(defaultCalendar.isProvisional(2026)).toBe(false);
    expect(value(defaultCalendar.isRestDay(d('2027-01-01')))).toBe(true); // 元旦, a Friday
    expect(value(defaultCalendar.isWorkday(d('2027-01-04')))).toBe(true);
    // 春节 2027: 除夕 02-05 to 初三 02-08; 清明 04-05; 端午 06-09; 中秋 09-15; 国庆 10-01…03
    for (const day of ['2027-02-05', '2027-02-08', '2027-04-05', '2027-05-02', '2027-06-09', '2027-09-15', '2027-10-03']) {
      expect(value(defaultCalendar.isRestDay(d(day))), day).toBe(true);
    }
    expect(value(defaultCalendar.isRestDay(d('2027-02-09')))).toBe(false); // 初四, a Tuesday
    const tracked = defaultCalendar.track();
    tracked.calendar.firstNonRestDay(d('2026-12-31'));
    expect(tracked.provisionalYears()).toEqual([]);
    tracked.calendar.firstNonRestDay(d('2027-01-01'));
    expect(tracked.provisionalYears()).toEqual([2027]);
  });

  it('the provisional statutory days of a published year are among its published holidays (2025, 2026)', () => {
    for (const year of [2025, 2026]) {
      const published = new Set(bundledCalendarYear(year)!.holidays);
      for (const day of provisionalCalendarYear(year)!.holidays) expect(published.has(day), day).toBe(true);
    }
  });

  it('changedDates reports the days a published arrangement changes against the provisional year', () => {
    const published = createCalendar({
      overrides: { 2027: { holidays: ['2027-01-01', '2027-01-02', '2027-01-03'], makeUpWorkdays: ['2027-02-20'] } },
    });
    // 02-06 and 02-07 are a weekend either way; 02-20 becomes a make-up workday.
    expect(changedDates(defaultCalendar, published, d('2026-12-30'), d('2027-02-28'))).toEqual(['2027-02-05', '2027-02-08', '2027-02-20']);
    expect(changedDates(defaultCalendar, defaultCalendar, d('2027-01-01'), d('2027-12-31'))).toEqual([]);
  });

  it('an override year replaces the bundled arrangement and can add a year the package lacks', () => {
    const cal = createCalendar({
      overrides: {
        2026: { holidays: ['2026-03-09'], makeUpWorkdays: ['2026-03-07'] },
        2027: { holidays: ['2027-01-01'], makeUpWorkdays: [] },
      },
    });
    expect(value(cal.isRestDay(d('2026-10-01')))).toBe(false); // the bundled 2026 data is gone
    expect(value(cal.isRestDay(d('2026-03-09')))).toBe(true);
    expect(value(cal.isWorkday(d('2026-03-07')))).toBe(true);
    expect(value(cal.isRestDay(d('2027-01-01')))).toBe(true);
    expect(cal.years.at(-1)).toBe(2027);
  });

  it('without bundled data only the override years exist', () => {
    const cal = createCalendar({ useBundledData: false, provisional: false, overrides: { 2030: { holidays: [], makeUpWorkdays: [] } } });
    expect(cal.years).toEqual([2030]);
    expect(cal.isRestDay(d('2026-10-01')).ok).toBe(false);
  });

  it('firstNonRestDay moves past the whole Spring Festival block 2026-02-15…23 to 02-24', () => {
    expect(value(defaultCalendar.firstNonRestDay(d('2026-02-14')))).toBe('2026-02-14'); // make-up workday
    expect(value(defaultCalendar.firstNonRestDay(d('2026-02-15')))).toBe('2026-02-24');
    expect(value(defaultCalendar.firstNonRestDay(d('2026-02-23')))).toBe('2026-02-24');
    expect(value(defaultCalendar.firstNonRestDay(d('2026-02-24')))).toBe('2026-02-24');
  });

  it('firstNonRestDay fails when the roll-forward crosses into a year without data', () => {
    const cal = createCalendar({
      provisional: false,
      useBundledData: false,
      overrides: { 2025: { holidays: ['2025-12-31'], makeUpWorkdays: [] } },
    });
    const r = cal.firstNonRestDay(d('2025-12-31'));
    expect(r.ok ? r.value : r.code).toBe('calendar-year-missing');
  });

  it('checks an override year: dates inside the year, real, and listed once', () => {
    expect(checkCalendarYear(2026, { holidays: ['2026-01-01'], makeUpWorkdays: ['2026-01-04'] }).ok).toBe(true);
    for (const bad of [
      { holidays: ['2025-12-31'], makeUpWorkdays: [] },
      { holidays: ['2026-02-30'], makeUpWorkdays: [] },
      { holidays: ['2026-01-01'], makeUpWorkdays: ['2026-01-01'] },
    ]) {
      const r = checkCalendarYear(2026, bad);
      expect(r.ok ? 'ok' : r.code).toBe('calendar-data-invalid');
    }
    expect(() => createCalendar({ overrides: { 2026: { holidays: ['x'], makeUpWorkdays: [] } } })).toThrow();
  });

  it('exposes a bundled year for seeding the override table', () => {
    const y = bundledCalendarYear(2025);
    expect(y?.holidays).toContain('2025-01-28');
    expect(y?.makeUpWorkdays).toContain('2025-01-26');
    expect(bundledCalendarYear(1999)).toBeUndefined();
  });

  it('carries its citations', () => {
    expect(rule.citations.map((c) => c.article)).toContain('第85条');
  });
});
