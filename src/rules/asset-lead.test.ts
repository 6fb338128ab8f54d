import { describe, expect, it } from 'vitest';
import { localDate } from '../shared/dates.ts';
import { createCalendar } from './calendar.ts';
import { leadVerificationDueOn, rule } from './asset-lead.ts';

const calendar = createCalendar();
const d = localDate;

describe('财产线索的核查期限 (财产调查规定 第2条, 民诉法 第85条)', () => {
  it('第2条: a lead received on Thursday 2026-11-26 is verified by Thursday 2026-12-03 (7 days, the day received not counted)', () => {
    expect(leadVerificationDueOn(d('2026-11-26'), false, calendar)).toEqual({ ok: true, value: '2026-12-03' });
  });

  it('第2条: an urgent lead received on Thursday 2026-11-26 is verified by Sunday 2026-11-29, moved to Monday 2026-11-30', () => {
    expect(leadVerificationDueOn(d('2026-11-26'), true, calendar)).toEqual({ ok: true, value: '2026-11-30' });
  });

  it('第2条: an urgent lead received on Monday 2026-11-23 is due on Thursday 2026-11-26 (the day of, not moved)', () => {
    expect(leadVerificationDueOn(d('2026-11-23'), true, calendar)).toEqual({ ok: true, value: '2026-11-26' });
  });

  it('第85条: a 7-day period ending in the National Day holiday moves to the first working day after it', () => {
    expect(leadVerificationDueOn(d('2026-09-28'), false, calendar)).toEqual({ ok: true, value: '2026-10-08' });
  });

  it('cites 财产调查规定 第2条', () => {
    expect(rule.citations.map((c) => c.article)).toContain('第2条');
  });
});
