// 财产线索: when the applicant gives a clear and specific lead to the debtor's property, the court
// verifies it within 7 days, or within 3 days when the matter is urgent (财产调查规定 第2条).
import type { LocalDate } from '../shared/dates.ts';
import type { StatutoryCalendar } from './calendar.ts';
import type { Citation, RuleDoc } from './citation.ts';
import type { RuleResult } from './errors.ts';
import { ok } from './errors.ts';
import { computePeriod } from './period.ts';

export const LEAD_VERIFICATION_DAYS = 7; // 财产调查规定 第2条：人民法院应当在七日内调查核实
export const URGENT_LEAD_VERIFICATION_DAYS = 3; // 情况紧急的，应当在三日内调查核实

export const citations: Citation[] = [
  {
    source: '《最高人民法院关于民事执行中财产调查若干问题的规定》',
    version: '2020年修正',
    article: '第2条',
    certainty: 'VERIFIED',
  },
  {
    source: '《中华人民共和国民事诉讼法》',
    version: '2023年修正（2024-01-01施行）',
    article: '第85条',
    certainty: 'VERIFIED',
  },
];

export const rule: RuleDoc = {
  id: 'asset-lead',
  title: '财产线索的核查期限',
  citations,
  summary:
    '申请执行人提供被执行人财产线索的，应当提供具体的线索内容和来源；线索明确、具体的，人民法院应当在7日内调查核实，情况紧急的，应当在3日内调查核实。' +
    '期间自收到线索之次日起算，末日为法定休假日的顺延至休假日后的第一日（民诉法 第85条）。',
};

/** The last day for verifying a lead received on `receivedOn`: 7 days, or 3 when urgent. */
export function leadVerificationDueOn(receivedOn: LocalDate, urgent: boolean, calendar: StatutoryCalendar): RuleResult<LocalDate> {
  const length = urgent ? URGENT_LEAD_VERIFICATION_DAYS : LEAD_VERIFICATION_DAYS;
  const period = computePeriod({ start: receivedOn, length, unit: 'day' }, calendar);
  return period.ok ? ok(period.value.end) : period;
}
