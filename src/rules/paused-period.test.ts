import { describe, expect, it } from 'vitest';
import { localDate as d } from '../shared/dates.ts';
import { createCalendar, defaultCalendar } from './calendar.ts';
import { computePausedPeriod, rule, type Pause } from './paused-period.ts';
import type { PeriodUnit } from './period.ts';

const run = (start: string, length: number, unit: PeriodUnit, pauses: [string, string | null][] = [], cal = defaultCalendar) =>
  computePausedPeriod(
    { start: d(start), length, unit, pauses: pauses.map(([from, to]): Pause => ({ from: d(from), to: to === null ? null : d(to) })) },
    cal,
  );
const value = (r: ReturnType<typeof run>) => {
  if (!r.ok) throw new Error(`expected ok, got ${r.code}: ${r.detail}`);
  return r.value;
};

describe('执行工作若干问题的规定 第63条: the six months of a case filed 2026-01-15', () => {
  it('without a pause end on the matching day, 2026-07-15 (a Wednesday)', () => {
    expect(value(run('2026-01-15', 6, 'month'))).toEqual({
      end: '2026-07-15',
      nominalEnd: '2026-07-15',
      shifted: false,
      pausedDays: 0,
      running: true,
    });
  });

  it('a suspension of 10 days (03-01 to 03-11) moves the end 10 days later, to 07-25 → Monday 07-27', () => {
    const r = value(run('2026-01-15', 6, 'month', [['2026-03-01', '2026-03-11']]));
    expect(r).toMatchObject({ nominalEnd: '2026-07-25', end: '2026-07-27', shifted: true, pausedDays: 10 });
  });

  it('a suspension begun the day before the last day still counts (day before)', () => {
    expect(value(run('2026-01-15', 6, 'month', [['2026-07-14', '2026-07-20']]))).toMatchObject({ nominalEnd: '2026-07-21', pausedDays: 6 });
  });

  it('a suspension begun on the last day does not extend it: the period had run out that day (day of)', () => {
    expect(value(run('2026-01-15', 6, 'month', [['2026-07-15', '2026-07-30']]))).toMatchObject({ end: '2026-07-15', pausedDays: 0 });
  });

  it('a suspension begun after the last day leaves the expired period alone (day after)', () => {
    expect(value(run('2026-01-15', 6, 'month', [['2026-07-16', '2026-08-30']]))).toMatchObject({ end: '2026-07-15', pausedDays: 0 });
  });

  it('suspending and continuing on the same day deducts nothing', () => {
    expect(value(run('2026-01-15', 6, 'month', [['2026-03-01', '2026-03-01']]))).toMatchObject({ end: '2026-07-15', pausedDays: 0 });
  });

  it('two pauses add up, and a later pause counts if it begins inside the already extended period', () => {
    // 5 days in March push the end to 07-20; a pause from 07-18 to 07-21 then adds 3 more: 07-23.
    const r = value(
      run('2026-01-15', 6, 'month', [
        ['2026-03-01', '2026-03-06'],
        ['2026-07-18', '2026-07-21'],
      ]),
    );
    expect(r).toMatchObject({ nominalEnd: '2026-07-23', end: '2026-07-23', pausedDays: 8 });
  });

  it('an open pause stops the clock: the end is the one already earned, and the period is not running', () => {
    expect(value(run('2026-01-15', 6, 'month', [['2026-03-01', null]]))).toMatchObject({ end: '2026-07-15', running: false });
  });

  it('an open pause begun after the end does not stop an expired period', () => {
    expect(value(run('2026-01-15', 6, 'month', [['2026-07-20', null]]))).toMatchObject({ end: '2026-07-15', running: true });
  });
});

describe('民事诉讼法 第85条 with pauses: day and workday periods', () => {
  it('10 days from Monday 2026-03-02 with 2 paused days end on Saturday 03-14 → Monday 03-16', () => {
    expect(value(run('2026-03-02', 10, 'day', [['2026-03-05', '2026-03-07']]))).toMatchObject({
      nominalEnd: '2026-03-14',
      end: '2026-03-16',
      shifted: true,
      pausedDays: 2,
    });
  });

  it('5 workdays from Monday 2026-03-02 skip a pause over Wednesday and Thursday: Wednesday 03-11', () => {
    // Counted: 03-03 Tue, 03-06 Fri, 03-09 Mon, 03-10 Tue, 03-11 Wed; Wed 03-04 and Thu 03-05 are paused.
    expect(value(run('2026-03-02', 5, 'workday', [['2026-03-03', '2026-03-05']]))).toMatchObject({ end: '2026-03-11', pausedDays: 2 });
  });

  it('workdays with an open pause report the period as stopped', () => {
    expect(value(run('2026-03-02', 5, 'workday', [['2026-03-03', null]]))).toMatchObject({ end: '2026-03-09', running: false });
  });
});

describe('refusals', () => {
  it('refuses pauses out of order, a pause before the start and an open pause that is not the last', () => {
    expect(run('2026-03-02', 10, 'day', [['2026-03-01', '2026-03-03']])).toMatchObject({ ok: false, code: 'date-order-invalid' });
    expect(run('2026-03-02', 10, 'day', [['2026-03-05', '2026-03-04']])).toMatchObject({ ok: false, code: 'date-order-invalid' });
    expect(
      run('2026-03-02', 10, 'day', [
        ['2026-03-03', null],
        ['2026-03-05', '2026-03-06'],
      ]),
    ).toMatchObject({ ok: false, code: 'date-order-invalid' });
    expect(
      run('2026-03-02', 10, 'day', [
        ['2026-03-03', '2026-03-06'],
        ['2026-03-05', '2026-03-07'],
      ]),
    ).toMatchObject({ ok: false, code: 'date-order-invalid' });
  });

  it('refuses a bad length and names a missing calendar year', () => {
    expect(run('2026-03-02', 0, 'day')).toMatchObject({ ok: false, code: 'period-length-invalid' });
    const cal = createCalendar({ useBundledData: false, provisional: false });
    expect(run('2026-03-02', 10, 'day', [], cal)).toMatchObject({ ok: false, code: 'calendar-year-missing' });
  });

  it('documents itself with its citations', () => {
    expect(rule.citations.map((c) => c.article)).toContain('第63条');
  });
});
