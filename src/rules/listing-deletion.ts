// Ending a dishonest listing (删除失信信息): the seven grounds of 失信名单规定(2017) 第10条, the three
// working days within which the court deletes, the deletion after a fixed term ends, and the bar on
// relisting after a deletion at the applicant's request.
import { addMonths, compareDates, type LocalDate } from '../shared/dates.ts';
import type { StatutoryCalendar } from './calendar.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';
import { computePeriod } from './period.ts';

const P7 = '《最高人民法院关于公布失信被执行人名单信息的若干规定》';
const P7_VERSION = '2017年修正（法释〔2017〕7号）';

export const citations: readonly Citation[] = [
  { source: P7, version: P7_VERSION, article: '第10条第1款', certainty: 'VERIFIED' },
  // Listings with a term are deleted within 3 working days after it ends (legal-rules.md §4).
  { source: P7, version: P7_VERSION, article: '第10条第2款', certainty: 'VERIFIED-2nd' },
  // The six months: the wording is cut off in the sources found (legal-rules.md §4).
  { source: P7, version: P7_VERSION, article: '第10条第3款', certainty: 'UNSURE' },
  // Early deletion on active performance or correction: credit restoration (src/rules/credit-restoration.ts).
  { source: P7, version: P7_VERSION, article: '第2条第2款', certainty: 'VERIFIED' },
];

export const rule: RuleDoc = {
  id: 'listing-deletion',
  title: '失信信息删除',
  citations,
  summary:
    '有下列情形之一的，人民法院应当在三个工作日内删除失信信息：（一）全部履行完毕或执行完毕；（二）达成执行和解协议且已履行完毕；' +
    '（三）申请执行人书面申请删除，人民法院审查同意；（四）终结本次执行程序后，通过网络执行查控系统查询被执行人财产两次以上，未发现有可供执行财产，' +
    '且申请执行人或者其他人未提供有效财产线索；（五）因审判监督或破产程序，人民法院依法裁定对失信被执行人中止执行；（六）人民法院依法裁定不予执行；' +
    '（七）人民法院依法裁定终结执行。有纳入期限的，期限届满后三个工作日内删除。工作日按法定节假日安排计算，当日不计入。' +
    '依第（三）项删除后六个月内，申请执行人申请再次纳入的，不予支持（六个月为默认值，条文措辞未核实，可配置）。' +
    '被执行人积极履行或主动纠正失信行为，经信用修复审批同意的，提前删除（第2条第2款），同样在三个工作日内通知各接收方。',
};

/** 第10条第1款 第1–7项, the end of a fixed term (第10条第2款), and the early deletion of credit restoration (第2条第2款). */
export const deletionGrounds = [
  'performed',
  'settlement-performed',
  'applicant-request',
  'no-property-after-termination',
  'suspended',
  'not-enforced',
  'terminated',
  'term-expired',
  'corrected',
  'credit-restored',
] as const;
export type DeletionGround = (typeof deletionGrounds)[number];

export const deletionGroundNames: Readonly<Record<DeletionGround, { readonly label: string; readonly article: string }>> = {
  performed: { label: '全部履行完毕（执行完毕）', article: '第10条第1款第1项' },
  'settlement-performed': { label: '执行和解协议已履行完毕', article: '第10条第1款第2项' },
  'applicant-request': { label: '申请执行人书面申请删除，经审查同意', article: '第10条第1款第3项' },
  'no-property-after-termination': { label: '终本后两次以上网络查询未发现可供执行财产', article: '第10条第1款第4项' },
  suspended: { label: '因审判监督或破产程序裁定中止执行', article: '第10条第1款第5项' },
  'not-enforced': { label: '裁定不予执行', article: '第10条第1款第6项' },
  terminated: { label: '裁定终结执行', article: '第10条第1款第7项' },
  'term-expired': { label: '纳入期限届满', article: '第10条第2款' },
  // A justified correction request on 第11条第1、3项, or a 复议 that revokes the rejection (src/rules/listing-correction.ts).
  corrected: { label: '纠正：不应纳入或应删除', article: '第11条' },
  'credit-restored': { label: '信用修复，提前删除失信信息', article: '第2条第2款' },
};

/**
 * The grounds an officer records by hand; the end of a term is the expiry sweep's, a correction the
 * correction's, credit restoration its approval's.
 */
export const recordableGrounds = deletionGrounds.filter((g) => g !== 'term-expired' && g !== 'corrected' && g !== 'credit-restored');

export const DELETION_WORKDAYS = 3;
export const DEFAULT_RELISTING_BAR_MONTHS = 6;

/**
 * The last day for deleting a listing whose ground arose on `groundOn` (for a term, the term's last
 * day): three working days on the statutory calendar, the day itself not counted.
 */
export function deletionDueOn(groundOn: LocalDate, calendar: StatutoryCalendar): RuleResult<LocalDate> {
  const p = computePeriod({ start: groundOn, length: DELETION_WORKDAYS, unit: 'workday' }, calendar);
  return p.ok ? ok(p.value.end) : p;
}

/** The first day after the term of a listing ended on `endsOn` (its last day): the term is over from then. */
export const termOverOn = (endsOn: LocalDate, asOf: LocalDate): boolean => compareDates(asOf, endsOn) > 0;

/**
 * Whether a new listing decided on `decidedOn` falls inside the bar after a deletion at the
 * applicant's request on `deletedOn` (第10条第3款; `months` is the court's setting, 6 by default).
 * Returns the first day a relisting is possible again when barred, else null.
 */
export function relistingBarredUntil(
  deletedOn: LocalDate,
  decidedOn: LocalDate,
  months: number = DEFAULT_RELISTING_BAR_MONTHS,
): RuleResult<LocalDate | null> {
  if (!Number.isInteger(months) || months < 0 || months > 24)
    return fail('invalid-input', `再次纳入的限制期须为 0 至 24 个月，收到 ${months}`);
  if (months === 0) return ok(null);
  const until = addMonths(deletedOn, months);
  return ok(compareDates(decidedOn, until) < 0 ? until : null);
}
