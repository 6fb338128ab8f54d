// 暂缓执行 on security lasts as long as the security, and at most one year: the latest day a
// deferral ordered on a given day may run to. The court states the end; this is its legal bound.
import { addMonths, compareDates, type LocalDate } from '../shared/dates.ts';
import type { Citation, RuleDoc } from './citation.ts';

export const DEFERRAL_MAX_MONTHS = 12; // 民诉法解释(2022) 第467条：暂缓执行的期限……最长不得超过一年

export const citations: Citation[] = [
  {
    source: '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》',
    version: '2022年修正（2022-04-10施行）',
    article: '第467条',
    certainty: 'VERIFIED',
  },
  {
    source: '《中华人民共和国民法典》',
    version: '2020年（2021-01-01施行）',
    article: '第201–202条',
    certainty: 'VERIFIED',
  },
];

export const rule: RuleDoc = {
  id: 'deferral-term',
  title: '暂缓执行的期限',
  citations,
  summary:
    '被执行人或者他人提供担保、申请执行人同意的，可以暂缓执行；暂缓执行的期限与担保期限一致，最长不得超过一年。' +
    '决定暂缓之日不计入，最长至次年的对应日（无对应日的为该月末日）；期限是暂缓的存续期间，届满日不因休假日顺延。期限届满后恢复执行。',
};

export type DeferralCheck = { readonly maxUntil: LocalDate; readonly withinLimit: boolean; readonly afterStart: boolean };

/** Whether a deferral ordered on `deferredOn` may run until `until` (inclusive). */
export function checkDeferralUntil(deferredOn: LocalDate, until: LocalDate): DeferralCheck {
  const maxUntil = addMonths(deferredOn, DEFERRAL_MAX_MONTHS);
  return { maxUntil, withinLimit: compareDates(until, maxUntil) <= 0, afterStart: compareDates(until, deferredOn) > 0 };
}
