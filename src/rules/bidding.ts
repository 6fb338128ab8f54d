// When an online judicial auction's bidding ends (网络司法拍卖规定 第20条): it lasts at least 24
// hours; a bid in the last five minutes moves the end to five minutes after that bid, again and
// again; without one the last bid wins at the scheduled end. Bids below the starting price, or not
// above the current highest, are not bids. Pure: instants in, instants out.
import { HOUR_MS, MINUTE_MS, instantAfter } from '../shared/dates.ts';
import type { Fen } from '../shared/money.ts';
import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';

const S8 = '《最高人民法院关于人民法院网络司法拍卖若干问题的规定》';
const S8_VERSION = '2016年（2017-01-01施行）';

export const citations: readonly Citation[] = [
  { source: S8, version: S8_VERSION, article: '第11条', certainty: 'VERIFIED' },
  { source: S8, version: S8_VERSION, article: '第20条', certainty: 'VERIFIED' },
];

export const rule: RuleDoc = {
  id: 'bidding',
  title: '网络司法拍卖的竞价期间与延时',
  citations,
  summary:
    '竞价从起拍价开始以递增出价方式进行，低于起拍价的出价无效；竞价时间不少于24小时。' +
    '竞价程序结束前五分钟内无人出价的，最后出价即为成交价；有出价的，竞价时间自该出价时点顺延五分钟，可反复顺延。出价时间以进入网络司法拍卖平台系统的时间为准。' +
    '一人竞买、出价不低于起拍价的，拍卖成交。',
};

export const MIN_BIDDING_HOURS = 24;
export const EXTENSION_MINUTES = 5;

export type Bid = { readonly bidder: string; readonly amount: Fen; readonly at: Date };

export type BiddingOutcome = {
  /** When bidding ended (the scheduled end, or five minutes after the last late bid). */
  readonly endsAt: Date;
  /** The valid bids in the order they entered the platform. */
  readonly accepted: readonly Bid[];
  readonly rejected: readonly { bid: Bid; reason: string }[];
  /** The winning bid, or null (流拍) when no valid bid came. */
  readonly winner: Bid | null;
};

/** Replays the bids as the platform received them, with the five-minute extensions. */
export function runBidding(o: {
  startsAt: Date;
  scheduledEndAt: Date;
  startingPrice: Fen;
  increment?: Fen;
  bids: readonly Bid[];
}): RuleResult<BiddingOutcome> {
  if (o.startingPrice <= 0n) return fail('invalid-amount', '起拍价须大于零');
  if (o.scheduledEndAt.getTime() - o.startsAt.getTime() < MIN_BIDDING_HOURS * HOUR_MS)
    return fail('period-length-invalid', `竞价时间不得少于${MIN_BIDDING_HOURS}小时`);
  const step = o.increment ?? 0n;
  let endsAt = o.scheduledEndAt;
  let highest: Bid | null = null;
  const accepted: Bid[] = [];
  const rejected: { bid: Bid; reason: string }[] = [];
  for (const bid of [...o.bids].sort((a, b) => a.at.getTime() - b.at.getTime())) {
    const t = bid.at.getTime();
    if (t < o.startsAt.getTime() || t > endsAt.getTime()) {
      rejected.push({ bid, reason: '不在竞价时间内' });
      continue;
    }
    const floor: bigint = highest ? highest.amount + (step > 0n ? step : 1n) : o.startingPrice;
    if (bid.amount < floor) {
      rejected.push({ bid, reason: highest ? '未高于当前最高价（加价幅度）' : '低于起拍价' });
      continue;
    }
    accepted.push(bid);
    highest = bid;
    // A bid in the last five minutes moves the end to five minutes after it.
    if (endsAt.getTime() - t <= EXTENSION_MINUTES * MINUTE_MS) endsAt = instantAfter(bid.at, EXTENSION_MINUTES * MINUTE_MS);
  }
  return ok({ endsAt, accepted, rejected, winner: highest });
}
