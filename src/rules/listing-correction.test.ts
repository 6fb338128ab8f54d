import { describe, expect, it } from 'vitest';
import { localDate as d } from '../shared/dates.ts';
import { defaultCalendar } from './calendar.ts';
import {
  correctionDueOn,
  correctionGroundNames,
  correctionGrounds,
  outcomeOf,
  reconsiderationDecisionDueOn,
  reconsiderationInTime,
  reviewDueOn,
  rule,
} from './listing-correction.ts';

describe('失信名单规定(2017) 第11条: the three grounds of a correction request', () => {
  it('names items 1–3 of 第11条; grounds 1 and 3 delete, ground 2 corrects the data', () => {
    expect(correctionGrounds.map((g) => correctionGroundNames[g].article)).toEqual(['第11条第1项', '第11条第2项', '第11条第3项']);
    expect(correctionGrounds.map(outcomeOf)).toEqual(['delete', 'correct-data', 'delete']);
    expect(rule.citations.map((c) => c.article)).toEqual(['第11条', '第12条']);
  });
});

describe('失信名单规定(2017) 第12条: the periods', () => {
  it('reviews within 15 days of the request: filed Thursday 2026-11-26 → due 2026-12-11', () => {
    expect(reviewDueOn(d('2026-11-26'), defaultCalendar)).toEqual({ ok: true, value: '2026-12-11' });
  });

  it('corrects within three working days: decided Friday 2026-11-27 → Wednesday 2026-12-02', () => {
    expect(correctionDueOn(d('2026-11-27'), defaultCalendar)).toEqual({ ok: true, value: '2026-12-02' });
  });

  it('the higher court decides 复议 within 15 days: filed 2026-12-01 → 2026-12-16', () => {
    expect(reconsiderationDecisionDueOn(d('2026-12-01'), defaultCalendar)).toEqual({ ok: true, value: '2026-12-16' });
  });

  it('复议 within 10 days of service: served Tuesday 2026-12-01, the day before (12-10) and of (12-11) in time, the day after (12-12) not', () => {
    const inTime = (on: string) => reconsiderationInTime(d('2026-12-01'), d(on), defaultCalendar);
    expect(inTime('2026-12-10')).toEqual({ ok: true, value: true });
    expect(inTime('2026-12-11')).toEqual({ ok: true, value: true });
    expect(inTime('2026-12-12')).toEqual({ ok: true, value: false });
  });

  it('a tenth day on a Saturday runs to Monday: served Wednesday 2026-11-25 → 12-05 is Saturday, Monday 12-07 still in time, 12-08 not', () => {
    const inTime = (on: string) => reconsiderationInTime(d('2026-11-25'), d(on), defaultCalendar);
    expect(inTime('2026-12-07')).toEqual({ ok: true, value: true });
    expect(inTime('2026-12-08')).toEqual({ ok: true, value: false });
  });

  it('refuses a 复议 dated before the service', () => {
    expect(reconsiderationInTime(d('2026-12-01'), d('2026-11-30'), defaultCalendar).ok).toBe(false);
  });
});
