// 报告财产令: what the order must state and when the report is due. In a money case it goes out
// with the 执行通知; the debtor reports current property and changes since one year before the
// notice, reports any later change within 10 days, and a late, refused or false report is fined
// or detained within 民诉法 第118条's limits and listed as dishonest.
import type { LocalDate } from '../shared/dates.ts';
import type { StatutoryCalendar } from './calendar.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';
import { computePeriod } from './period.ts';

export const REPORT_LOOKBACK_YEARS = 1; // 民诉法 第252条; 财产调查规定 第6条
export const SUPPLEMENT_DAYS = 10; // 财产调查规定 第7条
export const FINE_LIMITS = {
  personMaxYuan: 100_000, // 民诉法 第118条：对个人的罚款金额，为人民币十万元以下
  unitMinYuan: 50_000, // 对单位的罚款金额，为人民币五万元以上一百万元以下
  unitMaxYuan: 1_000_000,
  detentionMaxDays: 15, // 拘留的期限，为十五日以下
} as const;

// UNSURE: no rule fixes the number of days — 财产调查规定 第4条(一) leaves the deadline to the
// order — so it is configuration (ZHIXING_ASSET_REPORT_DAYS); 5 is a default to confirm with the court.
export const DEFAULT_REPORTING_DAYS = 5;
export const MAX_REPORTING_DAYS = 60; // a bound against typing errors, not a legal limit

const CPL = '《中华人民共和国民事诉讼法》';
const CPL_VERSION = '2023年修正（2024-01-01施行）';
const S5 = '《最高人民法院关于民事执行中财产调查若干问题的规定》';
const S5_VERSION = '2020年修正';

export const citations: Citation[] = [
  { source: CPL, version: CPL_VERSION, article: '第252条', certainty: 'VERIFIED' },
  { source: CPL, version: CPL_VERSION, article: '第118条', certainty: 'VERIFIED' },
  { source: S5, version: S5_VERSION, article: '第3条', certainty: 'VERIFIED' },
  { source: S5, version: S5_VERSION, article: '第4条', certainty: 'VERIFIED' },
  { source: S5, version: S5_VERSION, article: '第5条', certainty: 'VERIFIED' },
  { source: S5, version: S5_VERSION, article: '第6条', certainty: 'VERIFIED' },
  { source: S5, version: S5_VERSION, article: '第7条', certainty: 'VERIFIED' },
  { source: S5, version: S5_VERSION, article: '第9–11条', certainty: 'VERIFIED' },
  { source: S5, version: S5_VERSION, article: '第4条第1项：报告期限的日数（默认5日，可配置）', certainty: 'UNSURE' },
];

export const rule: RuleDoc = {
  id: 'asset-report-order',
  title: '报告财产令',
  citations,
  summary:
    '金钱债权执行中，报告财产令与执行通知同时发出，载明报告期限、报告的范围和期间、补充报告的条件和期间、违反报告义务的法律责任，并附财产调查表。' +
    '被执行人报告当前财产，以及自收到执行通知之日前一年至提交报告之日的财产变动；报告后财产变动影响债权实现的，自变动之日起十日内补充报告，终本后仍须补充报告。' +
    '拒绝报告、虚假报告或无正当理由逾期报告的，可予罚款（个人十万元以下，单位五万元以上一百万元以下）、拘留（十五日以下），构成犯罪的追究刑事责任，并纳入失信被执行人名单。' +
    '报告期限的日数法无明文，由报告财产令载明，本系统默认5日（可配置，须向法院核实）；期限自送达之次日起算，末日为法定休假日的顺延。',
};

const YUAN = 100n; // fen per yuan

/** A fine within 民诉法 第118条: a person at most ¥100,000; an organisation ¥50,000 to ¥1,000,000. */
export function checkFine(kind: 'person' | 'organization', amountFen: bigint): RuleResult<bigint> {
  const min = kind === 'person' ? 1n : BigInt(FINE_LIMITS.unitMinYuan) * YUAN;
  const max = BigInt(kind === 'person' ? FINE_LIMITS.personMaxYuan : FINE_LIMITS.unitMaxYuan) * YUAN;
  if (amountFen < min || amountFen > max)
    return fail(
      'fine-out-of-range',
      kind === 'person' ? '对个人的罚款金额为人民币十万元以下' : '对单位的罚款金额为人民币五万元以上一百万元以下',
    );
  return ok(amountFen);
}

/** A detention within 民诉法 第118条: 1 to 15 days. */
export function checkDetention(days: number): RuleResult<number> {
  if (!Number.isInteger(days) || days < 1 || days > FINE_LIMITS.detentionMaxDays)
    return fail('detention-out-of-range', `拘留的期限为十五日以下，收到 ${days} 日`);
  return ok(days);
}

/** The last day for the report: `days` after the order is served (民诉法 第85条 for the count). */
export function reportDueOn(servedOn: LocalDate, days: number, calendar: StatutoryCalendar): RuleResult<LocalDate> {
  if (!Number.isInteger(days) || days < 1 || days > MAX_REPORTING_DAYS)
    return fail('period-length-invalid', `报告期限须为 1 至 ${MAX_REPORTING_DAYS} 日，收到 ${days}`);
  const period = computePeriod({ start: servedOn, length: days, unit: 'day' }, calendar);
  return period.ok ? ok(period.value.end) : period;
}
