import { DEFAULT_FIND_REVIEW_DAYS, findReviewCitations } from '../rules/dormant-research.ts';
import type { NodeDefinition } from './deadlines.types.ts';

// A 终本 re-search that found property, before the officer (src/rules/dormant-research.ts, ADR 0215):
// one per cycle (subject: the cycle), opened by src/dormant in the transaction that reports the find
// (dormant.find-reported), met when the case resumes (exitPool, kind resumed) or when the officer
// decides not to resume (dormant.resumption-declined). Its days are the court's setting (UNSURE).

const period: { length: number; unit: 'day' } = { length: DEFAULT_FIND_REVIEW_DAYS, unit: 'day' };

/** The court's setting ZHIXING_DORMANT_FIND_REVIEW_DAYS, applied once at start (src/platform/bootstrap.ts). */
export function setFindReviewDays(days: number): void {
  if (!Number.isInteger(days) || days < 1 || days > 180)
    throw new Error(`ZHIXING_DORMANT_FIND_REVIEW_DAYS must be 1–180 days, got ${days}`);
  period.length = days;
}

export const dormantFindReviewNode: NodeDefinition = {
  id: 'dormant-find-review',
  title: '审查终本再查发现的财产，决定是否恢复执行',
  basis: findReviewCitations.map(({ source, version, article, certainty }) => ({ source, version, article, certainty })),
  period,
  caseTypes: ['first', 'resumed'],
  opensOn: [],
  metBy: [],
  pausedBy: [],
  onCaseClosed: 'waived',
  remindDaysBefore: [3],
  backfill: false,
  perSubject: true,
};
