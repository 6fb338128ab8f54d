import type { Citation, RuleDoc } from './citation.ts';
import { fail, ok, type RuleResult } from './errors.ts';
import { divCeil, formatYuan, type Fen } from '../shared/money.ts';

const S8 = '《最高人民法院关于人民法院网络司法拍卖若干问题的规定》';
const S8_VERSION = '2016年（2017-01-01施行）';

export const citations: readonly Citation[] = [
  { source: S8, version: S8_VERSION, article: '第10条', certainty: 'VERIFIED' },
  { source: S8, version: S8_VERSION, article: '第12条', certainty: 'VERIFIED' },
  { source: S8, version: S8_VERSION, article: '第17条', certainty: 'VERIFIED' },
  { source: S8, version: S8_VERSION, article: '第26条', certainty: 'VERIFIED' },
  // The sale price and 60-day period are read in reports of court practice (P17); the governing SPC
  // notice is believed to be this one, its article numbers unread (UNSURE in the digest).
  {
    source: '《最高人民法院关于认真做好网络司法拍卖与网络司法变卖衔接工作的通知》',
    version: '2017年',
    article: '变卖价格与变卖期（条文号待核实）',
    certainty: 'UNSURE',
  },
];

export const rule: RuleDoc = {
  id: 'auction-plan',
  title: '网络司法拍卖方案（起拍价、保证金、公告期、二拍与变卖）',
  citations,
  summary:
    '一拍起拍价不得低于参考价的70%；保证金为起拍价的5%–20%；公告期动产不少于15日、不动产不少于30日。' +
    '流拍后30日内二拍，公告期动产不少于7日、不动产不少于15日，降价幅度不超过一拍起拍价的20%。' +
    '二拍流拍可变卖：变卖价为二拍起拍价，变卖期默认60日（可配置）。下限向上取整到分，上限向下取整到分。',
};

export type AssetKind = 'movable' | 'immovable';

export type AuctionPlanInput = {
  readonly referencePrice: Fen;
  readonly assetKind: AssetKind;
  readonly firstStartingPrice?: Fen; // the panel's choice; defaults to the minimum
  readonly secondStartingPrice?: Fen; // the panel's choice for a second auction; defaults to the minimum
};

export type AuctionPlanOptions = {
  readonly salePeriodDays?: number; // VERIFIED-2nd practice: 60
};

export type AuctionPlan = {
  readonly first: {
    readonly minStartingPrice: Fen;
    readonly startingPrice: Fen;
    readonly depositMin: Fen;
    readonly depositMax: Fen;
    readonly announceDays: number;
  };
  readonly second: {
    readonly minStartingPrice: Fen;
    readonly startingPrice: Fen;
    readonly depositMin: Fen;
    readonly depositMax: Fen;
    readonly announceDays: number;
    readonly withinDays: number; // held within this many days of the first auction failing
  };
  readonly sale: { readonly price: Fen; readonly periodDays: number };
};

export const DEFAULT_SALE_PERIOD_DAYS = 60;
const ANNOUNCE_DAYS = { movable: { first: 15, second: 7 }, immovable: { first: 30, second: 15 } } as const;
const SECOND_AUCTION_WITHIN_DAYS = 30;

// Minimums round up and maximums round down, so every figure stays inside the legal range.
const percentUp = (amount: Fen, percent: bigint): Fen => divCeil(amount * percent, 100n) as Fen;
const percentDown = (amount: Fen, percent: bigint): Fen => ((amount * percent) / 100n) as Fen;

export function planAuction(input: AuctionPlanInput, options: AuctionPlanOptions = {}): RuleResult<AuctionPlan> {
  const salePeriodDays = options.salePeriodDays ?? DEFAULT_SALE_PERIOD_DAYS;
  if (input.referencePrice <= 0n) return fail('invalid-amount', '参考价须大于零');
  if (input.assetKind !== 'movable' && input.assetKind !== 'immovable') {
    return fail('unknown-asset-kind', `未知的财产类型：${String(input.assetKind)}（应为 movable 或 immovable）`);
  }
  if (!Number.isSafeInteger(salePeriodDays) || salePeriodDays <= 0) {
    return fail('period-length-invalid', '变卖期须为正整数（日）');
  }

  // 第10条: starting price ≥ 70% of the reference price.
  const firstMin = percentUp(input.referencePrice, 70n);
  const firstPrice = input.firstStartingPrice ?? firstMin;
  if (firstPrice < firstMin) {
    return fail('starting-price-below-minimum', `一拍起拍价低于参考价的70%（最低 ${formatYuan(firstMin)} 元）`);
  }
  // 第26条: the cut is at most 20% of the FIRST starting price, so the floor is 80% of it.
  const secondMin = percentUp(firstPrice, 80n);
  const secondPrice = input.secondStartingPrice ?? secondMin;
  if (secondPrice < secondMin) {
    return fail('starting-price-below-minimum', `二拍起拍价低于一拍起拍价的80%（最低 ${formatYuan(secondMin)} 元）`);
  }
  // 第26条 only allows a cut; a second auction dearer than the first is an input mistake.
  if (secondPrice > firstPrice) return fail('invalid-amount', '二拍起拍价不得高于一拍起拍价');
  // Below 5 fen no whole-fen deposit lies between 5% and 20%.
  if (secondPrice < 5n) return fail('invalid-amount', '起拍价低于0.05元，无法确定保证金');
  const days = ANNOUNCE_DAYS[input.assetKind];

  return ok({
    first: {
      minStartingPrice: firstMin,
      startingPrice: firstPrice,
      ...depositRange(firstPrice),
      announceDays: days.first,
    },
    second: {
      minStartingPrice: secondMin,
      startingPrice: secondPrice,
      ...depositRange(secondPrice),
      announceDays: days.second,
      withinDays: SECOND_AUCTION_WITHIN_DAYS,
    },
    // Practice: the sale runs at the second auction's starting price.
    sale: { price: secondPrice, periodDays: salePeriodDays },
  });
}

// 第17条: deposit between 5% and 20% of the starting price.
const depositRange = (startingPrice: Fen) => ({
  depositMin: percentUp(startingPrice, 5n),
  depositMax: percentDown(startingPrice, 20n),
});
