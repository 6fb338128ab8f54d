import { describe, expect, it } from 'vitest';
import { localDate } from '../shared/dates.ts';
import { defaultCalendar } from './calendar.ts';
import { payoutDeadline, rule } from './payout-deadline.ts';

const pay = (arrivedOn: string, days?: number) => payoutDeadline({ arrivedOn: localDate(arrivedOn) }, defaultCalendar, { days });

describe('执行款物管理规定 (2017): pay out within 30 days of the arrival notice', () => {
  it('money notified on 2026-03-04 must be paid by Friday 04-03, the day before 清明', () => {
    expect(pay('2026-03-04')).toEqual({ ok: true, value: { payBy: '2026-04-03', days: 30, shifted: false } });
  });

  it('a 30th day on 清明 Saturday 04-04 (day of) moves past the holiday to Tuesday 04-07', () => {
    expect(pay('2026-03-05')).toMatchObject({ value: { payBy: '2026-04-07', shifted: true } });
  });

  it('a 30th day on the last holiday day 04-06 moves to 04-07; a 30th day on 04-07 (day after) stays', () => {
    expect(pay('2026-03-07')).toMatchObject({ value: { payBy: '2026-04-07', shifted: true } });
    expect(pay('2026-03-08')).toMatchObject({ value: { payBy: '2026-04-07', shifted: false } });
  });

  it('a court may configure a shorter period: 5 days from Monday 2026-03-02 end on Saturday, so Monday 03-09', () => {
    expect(pay('2026-03-02', 5)).toMatchObject({ value: { payBy: '2026-03-09', days: 5, shifted: true } });
  });

  it('refuses 0 days and more than the SPC maximum of 30: period-length-invalid', () => {
    expect(pay('2026-03-02', 0)).toMatchObject({ ok: false, code: 'period-length-invalid' });
    expect(pay('2026-03-02', 31)).toMatchObject({ ok: false, code: 'period-length-invalid' });
  });

  it('a deadline in 2027, a year without a published arrangement, is computed on the provisional year', () => {
    expect(pay('2026-12-10')).toMatchObject({ ok: true, value: { payBy: '2027-01-11', shifted: true } });
  });
});

it('cites the 2017 执行款物管理规定 with an unconfirmed article number', () => {
  expect(rule.citations[0]).toMatchObject({ version: '法发〔2017〕6号', certainty: 'VERIFIED-2nd' });
});
