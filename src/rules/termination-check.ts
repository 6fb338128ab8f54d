import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';
import { addDays, addMonths, compareDates, type LocalDate } from '../shared/dates.ts';

const P6 = '《最高人民法院关于严格规范终结本次执行程序的规定（试行）》';
const P6_VERSION = '2016年（2016-12-01施行）';
const CIVIL_CODE = '《中华人民共和国民法典》';

export const citations: readonly Citation[] = [
  { source: P6, version: P6_VERSION, article: '第1条', certainty: 'VERIFIED' },
  { source: P6, version: P6_VERSION, article: '第2条', certainty: 'VERIFIED' },
  // The investigation checklist and the interview are configurable because their text is unconfirmed.
  { source: P6, version: P6_VERSION, article: '第3条', certainty: 'UNSURE' },
  { source: P6, version: P6_VERSION, article: '第5条（约谈申请执行人）', certainty: 'UNSURE' },
  { source: CIVIL_CODE, version: '2020年', article: '第201条', certainty: 'VERIFIED' },
  { source: CIVIL_CODE, version: '2020年', article: '第202条', certainty: 'VERIFIED' },
];

export const rule: RuleDoc = {
  id: 'termination-check',
  title: '终结本次执行程序条件审查',
  citations,
  summary:
    '终本须同时满足五项条件：已发执行通知并责令报告财产（含核查）；已发限制消费令并将符合条件者纳入失信名单；' +
    '已穷尽财产调查措施且无可供执行财产或财产不能处置；立案已超过三个月；下落不明者已查找、妨害执行者已处罚。' +
    '默认还须已约谈申请执行人（可配置）。三个月自立案次日起算，至对应日届满，次日起方可终本；该等待期不因休假日顺延。',
};

export type TerminationSteps = {
  readonly enforcementNoticeServed: boolean;
  readonly assetReportOrdered: boolean;
  readonly assetReportVerified: boolean;
  readonly consumptionRestricted: boolean;
  readonly dishonestListedOrIneligible: boolean; // listed, or found not to meet the listing conditions
  readonly onlineSearchDone: boolean;
  readonly leadsVerified: boolean;
  readonly onSiteInvestigated: boolean;
  readonly applicantInterviewed: boolean;
};
export type StepName = keyof TerminationSteps;
export type InvestigationStep = 'onlineSearchDone' | 'leadsVerified' | 'onSiteInvestigated';
export type AssetFinding = 'none' | 'undisposable' | 'disposable';

export type TerminationCheckInput = {
  readonly filedOn: LocalDate;
  readonly asOf: LocalDate;
  readonly steps: TerminationSteps;
  readonly debtorMissing?: { readonly searched: boolean }; // present only if the debtor's whereabouts are unknown
  readonly obstruction?: { readonly sanctioned: boolean }; // present only if someone obstructed execution
  readonly assets: AssetFinding;
};

export type TerminationCheckOptions = {
  // 约谈 (第5条, UNSURE): required by default, as in SPC summaries and local rules.
  readonly requireApplicantInterview?: boolean;
  // 第3条 checklist (UNSURE); a court may drop on-site investigation where the network covers everything.
  readonly requiredInvestigation?: readonly InvestigationStep[];
};

export const STEP_CODES = {
  enforcementNoticeServed: 'enforcement-notice-not-served',
  assetReportOrdered: 'asset-report-not-ordered',
  assetReportVerified: 'asset-report-not-verified',
  consumptionRestricted: 'consumption-not-restricted',
  dishonestListedOrIneligible: 'dishonest-listing-not-decided',
  onlineSearchDone: 'online-search-not-done',
  leadsVerified: 'leads-not-verified',
  onSiteInvestigated: 'on-site-investigation-not-done',
  applicantInterviewed: 'applicant-not-interviewed',
} as const satisfies Record<StepName, string>;

export type UnmetCode =
  | (typeof STEP_CODES)[StepName]
  | 'disposable-assets-found'
  | 'three-months-not-elapsed'
  | 'missing-debtor-not-searched'
  | 'obstruction-not-sanctioned';

// Chinese wording for the UI; the article is the one each code enforces.
export const UNMET_LABELS: Readonly<Record<UnmetCode, { readonly label: string; readonly article: string }>> = {
  'enforcement-notice-not-served': { label: '未向被执行人发出执行通知', article: '第1条第1项' },
  'asset-report-not-ordered': { label: '未发出报告财产令', article: '第2条第1项' },
  'asset-report-not-verified': { label: '未核查被执行人报告的财产情况', article: '第2条第2项' },
  'consumption-not-restricted': { label: '未发出限制消费令', article: '第1条第2项' },
  'dishonest-listing-not-decided': { label: '未将符合条件的被执行人纳入失信名单', article: '第1条第2项' },
  'online-search-not-done': { label: '未通过网络执行查控系统查询财产', article: '第3条' },
  'leads-not-verified': { label: '未核查申请执行人或他人提供的财产线索', article: '第3条' },
  'on-site-investigation-not-done': { label: '未在住所地或财产所在地进行必要调查', article: '第3条' },
  'disposable-assets-found': { label: '发现可供执行且能够处置的财产', article: '第1条第3项' },
  'three-months-not-elapsed': { label: '自立案之日起未超过三个月', article: '第1条第4项' },
  'missing-debtor-not-searched': { label: '被执行人下落不明，尚未依法查找', article: '第1条第5项' },
  'obstruction-not-sanctioned': { label: '妨害执行行为尚未依法采取强制措施', article: '第1条第5项' },
  'applicant-not-interviewed': { label: '未约谈申请执行人', article: '第5条' },
};

export type TerminationCheck = {
  readonly eligible: boolean;
  readonly unmet: readonly UnmetCode[]; // in the order of the five conditions, interview last
  readonly threeMonthsEndOn: LocalDate; // last day of the three months
  readonly earliestDate: LocalDate; // first day on which more than three months have passed
};

const ALL_INVESTIGATION: readonly InvestigationStep[] = ['onlineSearchDone', 'leadsVerified', 'onSiteInvestigated'];

/** First day on which "more than three months since filing" (第1条第4项) holds. */
export function earliestTerminationDate(filedOn: LocalDate): { threeMonthsEndOn: LocalDate; earliestDate: LocalDate } {
  // 民法典 第201–202条: counted from the next day, ending on the matching date (or month end).
  // No rest-day shift (第203条): it is the court's waiting period, not a party's time limit.
  const threeMonthsEndOn = addMonths(filedOn, 3);
  return { threeMonthsEndOn, earliestDate: addDays(threeMonthsEndOn, 1) };
}

export function checkTermination(input: TerminationCheckInput, options: TerminationCheckOptions = {}): RuleResult<TerminationCheck> {
  if (compareDates(input.asOf, input.filedOn) < 0) {
    return fail('date-order-invalid', `审查日 ${input.asOf} 早于立案日期 ${input.filedOn}`);
  }
  const requireInterview = options.requireApplicantInterview ?? true;
  const investigation = options.requiredInvestigation ?? ALL_INVESTIGATION;
  const { steps } = input;
  const unmet: UnmetCode[] = [];
  const need = (step: StepName) => {
    if (!steps[step]) unmet.push(STEP_CODES[step]);
  };

  // 1. notice and asset report (第2条: ordered and verified)
  need('enforcementNoticeServed');
  need('assetReportOrdered');
  need('assetReportVerified');
  // 2. consumption restriction and dishonest listing
  need('consumptionRestricted');
  need('dishonestListedOrIneligible');
  // 3. investigation exhausted, nothing disposable found
  for (const step of ALL_INVESTIGATION) if (investigation.includes(step)) need(step);
  if (input.assets === 'disposable') unmet.push('disposable-assets-found');
  // 4. more than three months since filing
  const dates = earliestTerminationDate(input.filedOn);
  if (compareDates(input.asOf, dates.earliestDate) < 0) unmet.push('three-months-not-elapsed');
  // 5. missing debtor searched for; obstruction sanctioned
  if (input.debtorMissing && !input.debtorMissing.searched) unmet.push('missing-debtor-not-searched');
  if (input.obstruction && !input.obstruction.sanctioned) unmet.push('obstruction-not-sanctioned');
  if (requireInterview) need('applicantInterviewed');

  return ok({ eligible: unmet.length === 0, unmet, ...dates });
}
