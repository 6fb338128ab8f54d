// The 终本案件库 and its periodic re-search: for five years after a 终结本次执行程序 the court
// searches the debtor's property through the network system every six months and tells the
// applicant the result; a case enters the pool within a number of days of the ruling (UNSURE).
import { addDays, addMonths, compareDates, type LocalDate } from '../shared/dates.ts';
import type { Citation, RuleDoc } from './citation.ts';

const P6 = '《最高人民法院关于严格规范终结本次执行程序的规定（试行）》';
const P6_VERSION = '法〔2016〕373号（2016-12-01施行）';

export const citations: readonly Citation[] = [
  // Every six months for five years, the applicant told the result (legal-rules.md §3: SPC summary, article from memory).
  { source: P6, version: P6_VERSION, article: '第9条', certainty: 'VERIFIED-2nd' },
  // Entry into the 终本案件库 within 7 days (legal-rules.md §3: article and days from memory).
  { source: P6, version: P6_VERSION, article: '终本案件库录入期限（条文号待核实）', certainty: 'UNSURE' },
];

/**
 * A re-search that finds property is put before the officer to decide on resumption; no rule fixes
 * the days for that review (终本规定 第9条 says only that a case fit for it is resumed 及时), so
 * they are the court's setting, ZHIXING_DORMANT_FIND_REVIEW_DAYS (UNSURE).
 */
export const findReviewCitations: readonly Citation[] = [
  { source: P6, version: P6_VERSION, article: '第9条（复查发现财产的审查期限：条文未规定日数，默认 15 日，可配置）', certainty: 'UNSURE' },
];

export const rule: RuleDoc = {
  id: 'dormant-research',
  title: '终本案件定期复查',
  citations: [...citations, ...findReviewCitations],
  summary:
    '终结本次执行程序后五年内，人民法院应当每六个月通过网络执行查控系统查询一次被执行人的财产，并将查询结果告知申请执行人；' +
    '符合恢复执行条件的，应当及时恢复执行。第 n 次复查的期限为终本之日起 6n 个月（n = 1…10），最后一次即终本满五年之日。' +
    '终本案件在裁定之日起若干日内录入终本案件库（默认 7 日，条文与日数未核实，可配置）。' +
    '复查发现财产的，承办人应审查并决定是否恢复执行：审查期限无明文规定，默认为答复完毕之日起 15 日（ZHIXING_DORMANT_FIND_REVIEW_DAYS，未核实，可配置）。',
};

export const RESEARCH_INTERVAL_MONTHS = 6; // 终本规定 第9条: 每六个月
export const RESEARCH_YEARS = 5; // 终本规定 第9条: 五年内
export const RESEARCH_CYCLES = (RESEARCH_YEARS * 12) / RESEARCH_INTERVAL_MONTHS; // 10
export const DEFAULT_POOL_ENTRY_DAYS = 7; // UNSURE (legal-rules.md §3): ZHIXING_DORMANT_ENTRY_DAYS
export const DEFAULT_FIND_REVIEW_DAYS = 15; // UNSURE (no rule fixes it): ZHIXING_DORMANT_FIND_REVIEW_DAYS

/** The last day of the n-th re-search (n = 1…10): n × 6 months from the 终本 day. */
export function researchDueOn(closedOn: LocalDate, cycle: number): LocalDate {
  if (!Number.isInteger(cycle) || cycle < 1 || cycle > RESEARCH_CYCLES) throw new Error(`re-search cycle must be 1–${RESEARCH_CYCLES}`);
  return addMonths(closedOn, cycle * RESEARCH_INTERVAL_MONTHS);
}

/** The day the five years of re-search end: the last cycle's day. */
export const poolEndsOn = (closedOn: LocalDate): LocalDate => addMonths(closedOn, RESEARCH_YEARS * 12);

/** The day a case counts as entered in the pool: the 终本 day plus the entry days. */
export const poolEntryOn = (closedOn: LocalDate, days = DEFAULT_POOL_ENTRY_DAYS): LocalDate => addDays(closedOn, days);

/**
 * The cycle a search sent on `asOf` answers for: the latest cycle due by then (a search that comes
 * late covers every cycle it missed, so that one run never sends two searches), at least the one
 * after the last sent; null when the ten cycles are done or the next one is not yet due.
 */
export function cycleDueBy(closedOn: LocalDate, lastCycle: number, asOf: LocalDate): number | null {
  let cycle: number | null = null;
  for (let n = lastCycle + 1; n <= RESEARCH_CYCLES && compareDates(researchDueOn(closedOn, n), asOf) <= 0; n++) cycle = n;
  return cycle;
}

/** The due day of the cycle after `cycle`, or null after the last one. */
export const nextResearchDue = (closedOn: LocalDate, cycle: number): LocalDate | null =>
  cycle >= RESEARCH_CYCLES ? null : researchDueOn(closedOn, cycle + 1);

/**
 * Two cycles in a row that found nothing (失信名单规定 第10条第1款第4项 reads them: src/credit). A cycle
 * some institution did not answer is null: not searched in full, it is not an empty search (ADR 0217).
 */
export const twoEmptyInARow = (findingsByCycle: readonly (number | null)[]): boolean =>
  findingsByCycle.length >= 2 && findingsByCycle.at(-1) === 0 && findingsByCycle.at(-2) === 0;
