// 申请执行费 (the application fee of enforcement), charged to the debtor, not paid in advance by the
// applicant: cumulative bands on the amount to be enforced (诉讼费用交纳办法 第十四条第(一)项,
// 第三十八条). Amounts in fen; a band's share is rounded half up to the fen.
import { divRoundHalfUp, type Fen } from '../shared/money.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';

export const citations: Citation[] = [
  {
    source: '《诉讼费用交纳办法》（国务院令第481号）',
    version: '2006年（2007-04-01施行）',
    article: '第十四条第（一）项',
    certainty: 'VERIFIED',
  },
  {
    source: '《诉讼费用交纳办法》（国务院令第481号）',
    version: '2006年（2007-04-01施行）',
    article: '第三十八条',
    certainty: 'VERIFIED',
  },
];

export const rule: RuleDoc = {
  id: 'enforcement-fee',
  title: '申请执行费',
  citations,
  summary:
    '执行金额或者价额不超过1万元的，每件交纳50元；超过1万元至50万元的部分，按照1.5%交纳；超过50万元至500万元的部分，按照1%交纳；' +
    '超过500万元至1000万元的部分，按照0.5%交纳；超过1000万元的部分，按照0.1%交纳（分段累计，各段四舍五入到分）。' +
    '没有执行金额或者价额的，每件交纳50元至500元，由法院确定，不在此计算。申请执行费不由申请执行人预交，执行后由被执行人负担（第三十八条）。',
};

/** The bands of 第十四条第(一)项: above `from` fen, `permille` per thousand. */
export const FEE_BANDS: readonly { readonly from: bigint; readonly permille: bigint }[] = [
  { from: 1_000_000n, permille: 15n }, // 超过1万元至50万元：1.5%
  { from: 50_000_000n, permille: 10n }, // 超过50万元至500万元：1%
  { from: 500_000_000n, permille: 5n }, // 超过500万元至1000万元：0.5%
  { from: 1_000_000_000n, permille: 1n }, // 超过1000万元：0.1%
];
/** 不超过1万元的，每件交纳50元. */
export const MINIMUM_FEE = 5_000n;

/** The fee on an amount to be enforced (fen, > 0). */
export function enforcementFee(amount: bigint): RuleResult<Fen> {
  if (amount <= 0n) return fail('invalid-amount', '执行金额须大于零（没有执行金额的，由法院在50元至500元之间确定）');
  let fee = MINIMUM_FEE;
  FEE_BANDS.forEach((band, i) => {
    const to = FEE_BANDS[i + 1]?.from ?? amount;
    const top = amount < to ? amount : to;
    if (top > band.from) fee += divRoundHalfUp((top - band.from) * band.permille, 1000n);
  });
  return ok(fee as Fen);
}
