// Correcting a dishonest listing (纠正) and its 复议: 失信名单规定(2017) 第11条 (the three grounds on
// which the listed debtor asks the court to correct) and 第12条 (fifteen days to review, three
// working days to correct, ten days from the service of the rejection to apply to the higher court
// for 复议, fifteen days for it to decide; the listing stays in force during 复议).
import { compareDates, type LocalDate } from '../shared/dates.ts';
import type { StatutoryCalendar } from './calendar.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';
import { computePeriod } from './period.ts';

const P7 = '《最高人民法院关于公布失信被执行人名单信息的若干规定》';
const P7_VERSION = '2017年修正（法释〔2017〕7号）';

// legal-rules.md §4 "Correction and appeal" (VERIFIED); 第12条's wording checked against
// https://78911.com.cn/GuoJiaZhengCe/719001-6.html ("自决定书送达之日起十日内向上一级人民法院申请复议").
export const citations: readonly Citation[] = [
  { source: P7, version: P7_VERSION, article: '第11条', certainty: 'VERIFIED' },
  { source: P7, version: P7_VERSION, article: '第12条', certainty: 'VERIFIED' },
];

export const rule: RuleDoc = {
  id: 'listing-correction',
  title: '失信信息纠正与复议',
  citations,
  summary:
    '被纳入失信被执行人名单的被执行人认为有下列情形之一的，可以向执行法院申请纠正：（一）不应将其纳入失信被执行人名单的；' +
    '（二）记载和公布的失信信息不准确的；（三）失信信息应予删除的（第11条）。执行法院自收到书面纠正申请之日起十五日内审查，' +
    '理由成立的，在三个工作日内纠正：第（一）、（三）项删除失信信息，第（二）项更正公布的信息；理由不成立的，决定驳回。' +
    '对驳回决定不服的，可以自决定书送达之日起十日内向上一级人民法院申请复议，上一级人民法院自收到复议申请之日起十五日内作出决定；' +
    '复议期间，不停止原决定的执行（第12条）。期间按日计算的，当日不计入。',
};

/** 第11条 第1–3项. */
export const correctionGrounds = ['not-listable', 'data-wrong', 'should-be-deleted'] as const;
export type CorrectionGround = (typeof correctionGrounds)[number];

export const correctionGroundNames: Readonly<Record<CorrectionGround, { readonly label: string; readonly article: string }>> = {
  'not-listable': { label: '不应将其纳入失信被执行人名单', article: '第11条第1项' },
  'data-wrong': { label: '记载和公布的失信信息不准确', article: '第11条第2项' },
  'should-be-deleted': { label: '失信信息应予删除', article: '第11条第3项' },
};

/** What a justified request does: grounds 1 and 3 delete the listing, ground 2 corrects the published data. */
export type CorrectionOutcome = 'delete' | 'correct-data';
export const outcomeOf = (g: CorrectionGround): CorrectionOutcome => (g === 'data-wrong' ? 'correct-data' : 'delete');

/** The published fields a ground-2 correction may change (第6条's items of the debtor and the obligation). */
export const correctableFields = ['name', 'idNumber', 'creditCode', 'obligation'] as const;
export type CorrectableField = (typeof correctableFields)[number];
export const correctableFieldNames: Readonly<Record<CorrectableField, string>> = {
  name: '被执行人姓名或名称',
  idNumber: '身份证号码',
  creditCode: '统一社会信用代码',
  obligation: '生效法律文书确定的义务',
};

export const REVIEW_DAYS = 15; // 第12条: 自收到书面纠正申请之日起十五日内审查
export const CORRECTION_WORKDAYS = 3; // 第12条: 理由成立的，应当在三个工作日内纠正
export const RECONSIDERATION_APPLY_DAYS = 10; // 第12条: 自决定书送达之日起十日内申请复议
export const RECONSIDERATION_DECISION_DAYS = 15; // 第12条: 上一级人民法院自收到复议申请之日起十五日内作出决定

const period = (start: LocalDate, length: number, unit: 'day' | 'workday', calendar: StatutoryCalendar): RuleResult<LocalDate> => {
  const p = computePeriod({ start, length, unit }, calendar);
  return p.ok ? ok(p.value.end) : p;
};

export const reviewDueOn = (filedOn: LocalDate, c: StatutoryCalendar) => period(filedOn, REVIEW_DAYS, 'day', c);
export const correctionDueOn = (decidedOn: LocalDate, c: StatutoryCalendar) => period(decidedOn, CORRECTION_WORKDAYS, 'workday', c);
export const reconsiderationDecisionDueOn = (filedOn: LocalDate, c: StatutoryCalendar) =>
  period(filedOn, RECONSIDERATION_DECISION_DAYS, 'day', c);

/**
 * Whether a 复议 filed on `filedOn` is in time: within ten days of the service of the rejection
 * (`servedOn`, the day itself not counted). The last day follows the statutory calendar (a period
 * ending on a holiday runs to the next working day, 民诉法 第85条).
 */
export function reconsiderationInTime(servedOn: LocalDate, filedOn: LocalDate, c: StatutoryCalendar): RuleResult<boolean> {
  if (compareDates(filedOn, servedOn) < 0) return fail('invalid-input', '复议申请日期早于驳回决定送达日期');
  const last = period(servedOn, RECONSIDERATION_APPLY_DAYS, 'day', c);
  if (!last.ok) return last;
  return ok(compareDates(filedOn, last.value) <= 0);
}
