import { describe, expect, it } from 'vitest';
import { localDate } from '../shared/dates.ts';
import { createCalendar } from './calendar.ts';
import {
  checkDetention,
  checkFine,
  DEFAULT_REPORTING_DAYS,
  FINE_LIMITS,
  reportDueOn,
  rule,
  SUPPLEMENT_DAYS,
} from './asset-report-order.ts';

const calendar = createCalendar();
const d = localDate;

describe('报告财产令 (财产调查规定 第3–7条, 民诉法 第85条, 第118条)', () => {
  it('served on Thursday 2026-11-26, a 5-day report is due on Tuesday 2026-12-01 (the day of service not counted)', () => {
    expect(reportDueOn(d('2026-11-26'), 5, calendar)).toEqual({ ok: true, value: '2026-12-01' });
  });

  it('第85条: a last day on a rest day moves to the next working day (2026-09-26 + 5 = National Day → 2026-10-08)', () => {
    expect(reportDueOn(d('2026-09-26'), 5, calendar)).toEqual({ ok: true, value: '2026-10-08' });
  });

  it('the day before a rest-day end is not moved (2026-09-24 + 5 = Tuesday 2026-09-29)', () => {
    expect(reportDueOn(d('2026-09-24'), 5, calendar)).toEqual({ ok: true, value: '2026-09-29' });
  });

  it('refuses a reporting period of 0 or more than 60 days', () => {
    expect(reportDueOn(d('2026-11-26'), 0, calendar)).toMatchObject({ ok: false, code: 'period-length-invalid' });
    expect(reportDueOn(d('2026-11-26'), 61, calendar)).toMatchObject({ ok: false, code: 'period-length-invalid' });
    expect(reportDueOn(d('2026-09-01'), 60, calendar)).toMatchObject({ ok: true });
  });

  it('第7条 and 第118条: supplementary reports within 10 days; fines up to ¥100,000 (person), ¥50,000–1,000,000 (unit), detention up to 15 days', () => {
    expect(SUPPLEMENT_DAYS).toBe(10);
    expect(FINE_LIMITS).toEqual({ personMaxYuan: 100_000, unitMinYuan: 50_000, unitMaxYuan: 1_000_000, detentionMaxDays: 15 });
  });

  it('marks the default number of reporting days as configuration to confirm', () => {
    expect(DEFAULT_REPORTING_DAYS).toBe(5);
    expect(rule.citations.find((c) => c.certainty === 'UNSURE')?.article).toContain('默认5日');
  });

  it('第118条: a person may be fined up to ¥100,000.00 and not a fen more', () => {
    expect(checkFine('person', 10_000_000n)).toEqual({ ok: true, value: 10_000_000n });
    expect(checkFine('person', 10_000_001n)).toMatchObject({ ok: false, code: 'fine-out-of-range' });
    expect(checkFine('person', 0n)).toMatchObject({ ok: false, code: 'fine-out-of-range' });
  });

  it('第118条: an organisation is fined from ¥50,000.00 to ¥1,000,000.00', () => {
    expect(checkFine('organization', 4_999_999n)).toMatchObject({ ok: false, code: 'fine-out-of-range' });
    expect(checkFine('organization', 5_000_000n)).toMatchObject({ ok: true });
    expect(checkFine('organization', 100_000_000n)).toMatchObject({ ok: true });
    expect(checkFine('organization', 100_000_001n)).toMatchObject({ ok: false, code: 'fine-out-of-range' });
  });

  it('第118条: detention lasts 1 to 15 days', () => {
    expect(checkDetention(1)).toEqual({ ok: true, value: 1 });
    expect(checkDetention(15)).toEqual({ ok: true, value: 15 });
    expect(checkDetention(16)).toMatchObject({ ok: false, code: 'detention-out-of-range' });
    expect(checkDetention(0)).toMatchObject({ ok: false, code: 'detention-out-of-range' });
  });
});
