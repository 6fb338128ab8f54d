import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addDays, fromDayNumber, localDate, toDayNumber, type LocalDate } from '../shared/dates.ts';
import { createCalendar, defaultCalendar } from './calendar.ts';
import { computePeriod, rule, type PeriodInput } from './period.ts';

const d = localDate;
const run = (start: string, length: number, unit: PeriodInput['unit'], cal = defaultCalendar) =>
  computePeriod({ start: d(start), length, unit }, cal);
const endOf = (start: string, length: number, unit: PeriodInput['unit'], cal = defaultCalendar) => {
  const r = run(start, length, unit, cal);
  if (!r.ok) throw new Error(`expected ok, got ${r.code}`);
  return r.value;
};

describe('民事诉讼法 第85条 / 民法典 第201条: day periods', () => {
  it('the start day is not counted: 15 days from Monday 2026-03-02 end on 03-17', () => {
    expect(endOf('2026-03-02', 15, 'day')).toEqual({ end: '2026-03-17', shifted: false, nominalEnd: '2026-03-17' });
  });

  it('a 15-day period ending on Friday 2026-03-20 stays on Friday (day before the weekend)', () => {
    expect(endOf('2026-03-05', 15, 'day')).toMatchObject({ end: '2026-03-20', shifted: false });
  });

  it('a 15-day period ending on Saturday 2026-03-21 moves to Monday 03-23 (day of)', () => {
    expect(endOf('2026-03-06', 15, 'day')).toMatchObject({
      end: '2026-03-23',
      shifted: true,
      nominalEnd: '2026-03-21',
    });
  });

  it('a 15-day period ending on a Sunday moves to Monday 2026-03-23 (day of)', () => {
    expect(endOf('2026-03-07', 15, 'day')).toMatchObject({ end: '2026-03-23', shifted: true });
  });

  it('a 15-day period ending on Monday 2026-03-23 is not shifted (day after)', () => {
    expect(endOf('2026-03-08', 15, 'day')).toMatchObject({ end: '2026-03-23', shifted: false });
  });

  it('a period ending on National Day 2026-10-01 or 10-07 moves to 10-08; ending 09-30 or 10-08 it stays', () => {
    expect(endOf('2026-09-15', 15, 'day')).toMatchObject({ end: '2026-09-30', shifted: false });
    expect(endOf('2026-09-16', 15, 'day')).toMatchObject({ end: '2026-10-08', shifted: true });
    expect(endOf('2026-09-22', 15, 'day')).toMatchObject({ end: '2026-10-08', shifted: true }); // nominal 10-07
    expect(endOf('2026-09-23', 15, 'day')).toMatchObject({ end: '2026-10-08', shifted: false });
  });

  it('a period ending on a make-up workday (Saturday 2026-10-10, 调休上班) is not shifted', () => {
    expect(endOf('2026-09-25', 15, 'day')).toMatchObject({ end: '2026-10-10', shifted: false });
  });

  it('with weekends configured as no rest days, a period ending on Sunday stays there', () => {
    const cal = createCalendar({ weekendsAreRestDays: false });
    expect(endOf('2026-03-07', 15, 'day', cal)).toMatchObject({ end: '2026-03-22', shifted: false });
  });

  it('a period ending in 2027 (no published arrangement) ends by the provisional year: 元旦 2027-01-01 moves to Monday 01-04', () => {
    expect(endOf('2026-12-16', 15, 'day')).toMatchObject({ end: '2026-12-31' });
    expect(endOf('2026-12-17', 15, 'day')).toMatchObject({ end: '2027-01-04', shifted: true, nominalEnd: '2027-01-01' });
  });

  it('fails with calendar-year-missing when provisional years are switched off', () => {
    const r = computePeriod({ start: '2026-12-17' as LocalDate, length: 15, unit: 'day' }, createCalendar({ provisional: false }));
    expect(r.ok ? r.value : r.code).toBe('calendar-year-missing');
  });

  it('rejects a length of 0, a negative, a fraction or an absurd size: period-length-invalid', () => {
    for (const length of [0, -1, 1.5, 36_601, Number.NaN]) {
      const r = run('2026-03-02', length, 'day');
      expect(r.ok ? r.value : r.code).toBe('period-length-invalid');
    }
  });

  it('property: a day period agrees with counting day by day and stepping over rest days', () => {
    const first = toDayNumber(d('2004-01-01'));
    const last = toDayNumber(d('2025-06-30'));
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 1, max: 180 }), (startDay, length) => {
        const start = fromDayNumber(startDay);
        let day: LocalDate = start;
        for (let i = 0; i < length; i++) day = addDays(day, 1);
        const nominal = day;
        while (rest(day)) day = addDays(day, 1);
        const r = computePeriod({ start, length, unit: 'day' }, defaultCalendar);
        expect(r).toEqual({ ok: true, value: { end: day, shifted: day !== nominal, nominalEnd: nominal } });
      }),
      { numRuns: 500 },
    );
  });
});

describe('民法典 第202条: month and year periods', () => {
  it('one month from 2026-03-15 ends on the matching day 04-15', () => {
    expect(endOf('2026-03-15', 1, 'month')).toMatchObject({ end: '2026-04-15', shifted: false });
  });

  it('one month from 2026-01-31 ends on the month-end 02-28, a make-up workday, unshifted', () => {
    expect(endOf('2026-01-31', 1, 'month')).toMatchObject({ end: '2026-02-28', shifted: false });
  });

  it('one month from 2025-10-31 ends on month-end Sunday 11-30 and moves to Monday 12-01', () => {
    expect(endOf('2025-10-30', 1, 'month')).toMatchObject({ end: '2025-12-01', shifted: true });
    expect(endOf('2025-10-31', 1, 'month')).toMatchObject({
      end: '2025-12-01',
      shifted: true,
      nominalEnd: '2025-11-30',
    });
  });

  it('one year from leap day 2024-02-29 ends on 2025-02-28', () => {
    expect(endOf('2024-02-28', 1, 'year')).toMatchObject({ end: '2025-02-28', shifted: false });
    expect(endOf('2024-02-29', 1, 'year')).toMatchObject({ end: '2025-02-28', shifted: false });
    expect(endOf('2024-03-01', 1, 'year')).toMatchObject({ end: '2025-03-03', shifted: true }); // 03-01 is a Saturday
  });

  it('one year from National Day 2025-10-01 ends on 2026-10-01 and moves to 10-08', () => {
    expect(endOf('2025-10-01', 1, 'year')).toMatchObject({
      end: '2026-10-08',
      shifted: true,
      nominalEnd: '2026-10-01',
    });
  });

  it('6 months from 2026-08-31 end on Sunday 2027-02-28 and move to Monday 03-01 (provisional 2027)', () => {
    expect(endOf('2026-08-31', 6, 'month')).toMatchObject({ end: '2027-03-01', nominalEnd: '2027-02-28' });
  });
});

describe('workday periods count 工作日 only', () => {
  it('3 workdays from Friday 2026-09-25 end on Wednesday 09-30', () => {
    expect(endOf('2026-09-25', 3, 'workday')).toEqual({ end: '2026-09-30', shifted: false, nominalEnd: '2026-09-30' });
  });

  it('3 workdays from 2026-09-30 skip National Day and end on make-up Saturday 10-10', () => {
    expect(endOf('2026-09-30', 1, 'workday')).toMatchObject({ end: '2026-10-08' });
    expect(endOf('2026-09-30', 2, 'workday')).toMatchObject({ end: '2026-10-09' });
    expect(endOf('2026-09-30', 3, 'workday')).toMatchObject({ end: '2026-10-10' });
  });

  it('1 workday from Friday 2026-09-18 is make-up Sunday 09-20', () => {
    expect(endOf('2026-09-18', 1, 'workday')).toMatchObject({ end: '2026-09-20' });
  });

  it('counts into 2027 provisionally: 5 workdays from 2026-12-28 skip 元旦 and the weekend, ending 2027-01-05', () => {
    expect(endOf('2026-12-28', 5, 'workday')).toMatchObject({ end: '2027-01-05' });
  });

  it('property: the end is a workday and exactly `length` workdays lie after the start', () => {
    const first = toDayNumber(d('2004-01-01'));
    const last = toDayNumber(d('2026-06-30'));
    fc.assert(
      fc.property(fc.integer({ min: first, max: last }), fc.integer({ min: 1, max: 60 }), (startDay, length) => {
        const start = fromDayNumber(startDay);
        const r = computePeriod({ start, length, unit: 'workday' }, defaultCalendar);
        if (!r.ok) throw new Error(r.code);
        let count = 0;
        for (let day = addDays(start, 1); day <= r.value.end; day = addDays(day, 1)) if (work(day)) count++;
        expect(count).toBe(length);
        expect(work(r.value.end)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });
});

it('carries 民事诉讼法 第85条 and 民法典 第201–203条', () => {
  expect(rule.citations.map((c) => c.article)).toEqual(['第85条', '第201条', '第202条', '第203条']);
});

function rest(day: LocalDate): boolean {
  const r = defaultCalendar.isRestDay(day);
  if (!r.ok) throw new Error(r.code);
  return r.value;
}

function work(day: LocalDate): boolean {
  const r = defaultCalendar.isWorkday(day);
  if (!r.ok) throw new Error(r.code);
  return r.value;
}
