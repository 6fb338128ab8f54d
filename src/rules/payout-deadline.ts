// Paying out enforcement money: within 30 days of finance's notice that the money arrived, the
// officer settles the account and costs, notifies the applicant and pays.
import type { LocalDate } from '../shared/dates.ts';
import type { StatutoryCalendar } from './calendar.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';
import { computePeriod } from './period.ts';

// VERIFIED-2nd for 30 days; the article number is unconfirmed, and local rules are often
// stricter (e.g. 5 days), so a court may configure fewer days.
export const DEFAULT_PAYOUT_DAYS = 30;

export type PayoutDeadlineInput = { readonly arrivedOn: LocalDate }; // day of finance's arrival notice
export type PayoutDeadlineOptions = { readonly days?: number };
export type PayoutDeadline = {
  readonly payBy: LocalDate;
  readonly days: number;
  readonly shifted: boolean; // the 30th day was a rest day
};

export const citations: Citation[] = [
  {
    source: '《最高人民法院关于执行款物管理工作的规定》',
    version: '法发〔2017〕6号',
    article: '执行款发放期限条款（30日；条号未核实，或为第15条）',
    certainty: 'VERIFIED-2nd',
  },
  {
    source: '《中华人民共和国民事诉讼法》',
    version: '2023年修正（2024-01-01施行）',
    article: '第85条',
    certainty: 'VERIFIED',
  },
];

export const rule: RuleDoc = {
  id: 'payout-deadline',
  title: '执行款发放期限',
  citations,
  summary:
    '财务部门通知执行款到账之日起30日内，承办人员应当完成核算、结算执行费用、通知申请执行人并发放。' +
    '到账通知当日不计入，第30日为法定休假日的顺延至其后第一日。日数默认30日，可按法院规定配置为更短（条号未核实）。',
};

export function payoutDeadline(
  input: PayoutDeadlineInput,
  calendar: StatutoryCalendar,
  options: PayoutDeadlineOptions = {},
): RuleResult<PayoutDeadline> {
  const days = options.days ?? DEFAULT_PAYOUT_DAYS;
  if (!Number.isInteger(days) || days < 1 || days > DEFAULT_PAYOUT_DAYS) {
    return fail('period-length-invalid', `发放期限须为 1 至 ${DEFAULT_PAYOUT_DAYS} 日的整数，收到 ${days}`);
  }
  const period = computePeriod({ start: input.arrivedOn, length: days, unit: 'day' }, calendar);
  if (!period.ok) return period;
  return ok({ payBy: period.value.end, days, shifted: period.value.shifted });
}
