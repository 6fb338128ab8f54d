import { DEFAULT_RELISTING_BAR_MONTHS } from '../rules/listing-deletion.ts';

// The court's settings of credit discipline, applied once at start (src/platform/bootstrap.ts):
// ZHIXING_RELISTING_BAR_MONTHS, the months after a deletion at the applicant's request in which the
// debtor is not listed again (失信名单规定(2017) 第10条第3款; six by default, the wording UNSURE).
let barMonths = DEFAULT_RELISTING_BAR_MONTHS;

export function setRelistingBarMonths(months: number): void {
  if (!Number.isInteger(months) || months < 0 || months > 24) throw new Error(`ZHIXING_RELISTING_BAR_MONTHS must be 0–24, got ${months}`);
  barMonths = months;
}

export const relistingBarMonths = (): number => barMonths;
