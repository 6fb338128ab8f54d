import { DEFAULT_RELISTING_BAR_MONTHS } from '../rules/listing-deletion.ts';
import { DEFAULT_RESTRICT_ON_LISTING } from '../rules/consumption-restriction.ts';
import { defaultRestorationPolicy, type RestorationPolicy } from '../rules/credit-restoration.ts';
import { DEFAULT_DISCIPLINE_POLICY, policyProblem, type DisciplinePolicy } from '../rules/discipline-level.ts';

// The court's settings of credit discipline, applied once at start (src/platform/bootstrap.ts):
// ZHIXING_RELISTING_BAR_MONTHS, the months after a deletion at the applicant's request in which the
// debtor is not listed again (失信名单规定(2017) 第10条第3款; six by default, the wording UNSURE).
let barMonths = DEFAULT_RELISTING_BAR_MONTHS;

export function setRelistingBarMonths(months: number): void {
  if (!Number.isInteger(months) || months < 0 || months > 24) throw new Error(`ZHIXING_RELISTING_BAR_MONTHS must be 0–24, got ${months}`);
  barMonths = months;
}

export const relistingBarMonths = (): number => barMonths;

// ZHIXING_RESTRICT_ON_LISTING: whether publishing a 失信 listing also orders a consumption restriction
// (限制消费规定(2015) 第1条第2款, from memory: UNSURE; on by default, '0' turns it off).
let restrictOnListing = DEFAULT_RESTRICT_ON_LISTING;

export function setRestrictOnListing(on: boolean): void {
  restrictOnListing = on;
}

export const restrictsOnListing = (): boolean => restrictOnListing;

// ZHIXING_RESTORATION_GROUNDS and ZHIXING_RESTORATION_COMMITMENT_MIN: the grounds of 信用修复 the court
// accepts and the written commitment's minimum length (policy; 失信名单规定 第2条第2款 sets no conditions).
let restorationPolicy: RestorationPolicy = defaultRestorationPolicy;

export function setRestorationPolicy(p: RestorationPolicy): void {
  if (p.grounds.length === 0) throw new Error('ZHIXING_RESTORATION_GROUNDS must name at least one ground');
  restorationPolicy = p;
}

export const restorationPolicyInForce = (): RestorationPolicy => restorationPolicy;
// 分级惩戒 (ADR 0210): the thresholds of the discipline levels, policy defaults a court may change
// (ZHIXING_DISCIPLINE_PAID_SHARE_PERCENT, _REPEAT_YEARS, _REPEAT_CASES, _REPORT_LOWERS).
let discipline: DisciplinePolicy = DEFAULT_DISCIPLINE_POLICY;

export function setDisciplinePolicy(p: DisciplinePolicy): void {
  const problem = policyProblem(p);
  if (problem) throw new Error(`discipline policy: ${problem}`);
  discipline = p;
}

export const disciplinePolicy = (): DisciplinePolicy => discipline;
