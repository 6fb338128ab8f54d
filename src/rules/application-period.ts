// 申请执行的期间: two years from the last day of the performance period (the last instalment's
// deadline when the document sets instalments), or from the day the document took effect when it
// sets none. A late application is still filed: the period is checked only on the debtor's
// objection, so the platform states it as a hint and never refuses a filing on it.
import { compareDates, type LocalDate } from '../shared/dates.ts';
import type { StatutoryCalendar } from './calendar.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { computePeriod, nominalPeriodEnd } from './period.ts';

export const APPLICATION_PERIOD_YEARS = 2; // 民事诉讼法(2023) 第250条：申请执行的期间为二年

export const citations: Citation[] = [
  { source: '《中华人民共和国民事诉讼法》', version: '2023年修正（2024-01-01施行）', article: '第250条', certainty: 'VERIFIED' },
  {
    source: '《中华人民共和国民事诉讼法》',
    version: '2023年修正（2024-01-01施行）',
    article: '第85条（期间的计算）',
    certainty: 'VERIFIED',
  },
  {
    source: '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》',
    version: '2022年修正（2022-04-10施行）',
    article: '第481条（超过期间的申请仍予受理，被执行人提出异议的审查）',
    certainty: 'VERIFIED',
  },
];

export const rule: RuleDoc = {
  id: 'application-period',
  title: '申请执行的期间（二年）',
  citations,
  summary:
    '申请执行的期间为二年，从法律文书规定履行期间的最后一日起计算；分期履行的，从最后一期履行期限届满之日起计算；未规定履行期间的，从法律文书生效之日起计算。' +
    '期间届满日为法定休假日的，以休假日后的第一日为届满日。超过期间申请执行的，人民法院仍应受理；被执行人对此提出异议、经审查成立的，裁定不予执行。' +
    '因此立案时只作提示，不拒绝立案；期间的中止、中断（如曾申请执行、达成和解、债务人同意履行）须由承办人查明。',
};

export type ApplicationPeriodCheck = {
  /** The day the period starts from: the performance deadline, or the effective date. */
  readonly from: LocalDate;
  readonly fromBasis: 'performance-deadline' | 'effective-date';
  /** The last day on which an application is within the period. */
  readonly lastDay: LocalDate;
  readonly expired: boolean;
};

export function checkApplicationPeriod(
  title: { readonly effectiveOn: LocalDate; readonly performanceDeadline: LocalDate | null },
  appliedOn: LocalDate,
  calendar: StatutoryCalendar,
): ApplicationPeriodCheck {
  const from = title.performanceDeadline ?? title.effectiveOn;
  const period = computePeriod({ start: from, length: APPLICATION_PERIOD_YEARS, unit: 'year' }, calendar);
  // Without calendar data for the last year, the nominal day (the shift only ever lengthens it).
  const lastDay = period.ok ? period.value.end : nominalPeriodEnd(from, APPLICATION_PERIOD_YEARS, 'year');
  return {
    from,
    fromBasis: title.performanceDeadline ? 'performance-deadline' : 'effective-date',
    lastDay,
    expired: compareDates(appliedOn, lastDay) > 0,
  };
}
