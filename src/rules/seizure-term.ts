// Maximum terms of a seizure (查封、扣押、冻结): deposits 1 year, movables 2, immovables and other
// property rights 3. A renewal (续行) may again last no longer than the same maximum.
import { compareDates, type LocalDate } from '../shared/dates.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';
import { nominalPeriodEnd } from './period.ts';

export type SeizureAssetKind = 'deposit' | 'movable' | 'immovable' | 'other-right';
export const seizureAssetKinds: readonly SeizureAssetKind[] = ['deposit', 'movable', 'immovable', 'other-right'];

export const maxSeizureYears: Readonly<Record<SeizureAssetKind, number>> = {
  deposit: 1, // 冻结银行存款
  movable: 2, // 查封、扣押动产
  immovable: 3, // 查封不动产
  'other-right': 3, // 冻结其他财产权 (equity, securities, IP, claims …)
};

export type SeizureTermInput = {
  readonly assetKind: SeizureAssetKind;
  readonly start: LocalDate; // the day the seizure (or its renewal) took effect
  readonly requestedEnd?: LocalDate; // the end a ruling or 协助执行通知书 proposes, if any
};

export type SeizureTerm = {
  readonly maxYears: number;
  readonly maxEnd: LocalDate; // the last day the seizure can be in force without renewal
  readonly requestedEndAllowed: boolean | null; // null when no requestedEnd was given
};

export const citations: Citation[] = [
  {
    source: '《最高人民法院关于适用〈中华人民共和国民事诉讼法〉的解释》',
    version: '2022年修正（2022-04-10施行）',
    article: '第485条',
    certainty: 'VERIFIED',
  },
  {
    source: '《最高人民法院关于人民法院民事执行中查封、扣押、冻结财产的规定》',
    version: '2020年修正',
    article: '第27条',
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
  id: 'seizure-term',
  title: '查封、扣押、冻结的最长期限',
  citations,
  summary:
    '冻结银行存款不超过1年，查封、扣押动产不超过2年，查封不动产、冻结其他财产权不超过3年；续行期限同样不得超过上述期限（续行时以原期限届满日为起点）。' +
    '期限按民法典期间规则计算：生效当日不计入，届满日为第N年的对应日，无对应日的为该月末日。' +
    '届满日不因法定休假日顺延：期限是查封效力的存续期间，届满即失效，并非当事人须在期内为某行为的期间；顺延会使查封超过法定最长期限，而续行须在届满前办理，只能提前不能推后。',
};

export function maxSeizureTerm(input: SeizureTermInput): RuleResult<SeizureTerm> {
  if (!Object.hasOwn(maxSeizureYears, input.assetKind)) {
    return fail('unknown-asset-kind', `未知的财产类别：${String(input.assetKind)}（应为 ${seizureAssetKinds.join('、')}）`);
  }
  const years = maxSeizureYears[input.assetKind];
  // No rest-day shift (see summary): the effect lapses at the end of the anniversary day.
  const maxEnd = nominalPeriodEnd(input.start, years, 'year');
  const { requestedEnd } = input;
  if (requestedEnd !== undefined && compareDates(requestedEnd, input.start) <= 0) {
    return fail('date-order-invalid', `期限届满日 ${requestedEnd} 须晚于生效日 ${input.start}`);
  }
  return ok({
    maxYears: years,
    maxEnd,
    requestedEndAllowed: requestedEnd === undefined ? null : compareDates(requestedEnd, maxEnd) <= 0,
  });
}
