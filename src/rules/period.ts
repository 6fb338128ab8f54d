// Statutory periods (期间): the start day is not counted; a day, month or year period whose last
// day is a rest day ends on the first day after the rest days. Workday periods count 工作日 only.
import { addDays, addMonths, type LocalDate } from '../shared/dates.ts';
import type { StatutoryCalendar } from './calendar.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';

export type PeriodUnit = 'day' | 'workday' | 'month' | 'year';
export const periodUnits: readonly PeriodUnit[] = ['day', 'workday', 'month', 'year'];

export type PeriodInput = { readonly start: LocalDate; readonly length: number; readonly unit: PeriodUnit };
export type PeriodResult = {
  readonly end: LocalDate; // the last day on which the act may still be done
  readonly shifted: boolean; // true when the nominal last day was a rest day
  readonly nominalEnd: LocalDate; // the last day before any rest-day shift
};

// Bounds against runaway input, not legal limits: a century of days, months or years.
export const maxPeriodLength: Readonly<Record<PeriodUnit, number>> = {
  day: 36_600,
  workday: 25_000,
  month: 1_200,
  year: 100,
};

export const citations: Citation[] = [
  {
    source: '《中华人民共和国民事诉讼法》',
    version: '2023年修正（2024-01-01施行）',
    article: '第85条',
    certainty: 'VERIFIED',
  },
  {
    source: '《中华人民共和国民法典》',
    version: '2020年（2021-01-01施行）',
    article: '第201条',
    certainty: 'VERIFIED',
  },
  {
    source: '《中华人民共和国民法典》',
    version: '2020年（2021-01-01施行）',
    article: '第202条',
    certainty: 'VERIFIED',
  },
  {
    source: '《中华人民共和国民法典》',
    version: '2020年（2021-01-01施行）',
    article: '第203条',
    certainty: 'VERIFIED',
  },
];

export const rule: RuleDoc = {
  id: 'period',
  title: '期间计算',
  citations,
  summary:
    '期间开始的日不计算在期间内。按日计算的，自次日起算满该日数；按月、年计算的，到期月的对应日为最后一日，没有对应日的以月末日为最后一日。' +
    '期间最后一日是法定休假日的，以休假日后的第一日为届满日。按工作日计算的，只计工作日（含调休上班日），不再顺延。',
};

/** The last day of a day, month or year period before any rest-day shift; needs no calendar. */
export function nominalPeriodEnd(start: LocalDate, length: number, unit: 'day' | 'month' | 'year'): LocalDate {
  if (unit === 'day') return addDays(start, length);
  // addMonths lands on the matching day or, lacking one, on the month's last day (民法典 第202条).
  return addMonths(start, unit === 'month' ? length : length * 12);
}

export function computePeriod(input: PeriodInput, calendar: StatutoryCalendar): RuleResult<PeriodResult> {
  const { start, length, unit } = input;
  if (!periodUnits.includes(unit)) return fail('invalid-input', `未知的期间单位：${String(unit)}`);
  if (!Number.isInteger(length) || length < 1 || length > maxPeriodLength[unit]) {
    return fail('period-length-invalid', `期间长度须为 1 至 ${maxPeriodLength[unit]} 的整数，收到 ${length}`);
  }
  if (unit === 'workday') return countWorkdays(start, length, calendar);

  const nominalEnd = nominalPeriodEnd(start, length, unit);
  const end = calendar.firstNonRestDay(nominalEnd);
  if (!end.ok) return end;
  return ok({ end: end.value, shifted: end.value !== nominalEnd, nominalEnd });
}

// Every day after the start is inspected, so every year the period spans needs calendar data.
function countWorkdays(start: LocalDate, length: number, calendar: StatutoryCalendar): RuleResult<PeriodResult> {
  let day = start;
  for (let counted = 0; counted < length;) {
    day = addDays(day, 1);
    const work = calendar.isWorkday(day);
    if (!work.ok) return work;
    if (work.value) counted++;
  }
  return ok({ end: day, shifted: false, nominalEnd: day });
}
