import type { Bid } from '../rules/bidding.ts';
import { MINUTE_MS, instantAfter } from '../shared/dates.ts';
import { divCeil, type Fen } from '../shared/money.ts';

// The sandbox auction platform (ADR 0130): a deterministic stand-in for a real online judicial
// auction platform. Its three bidders value the asset at a share of the reference price
// (ZHIXING_SANDBOX_BIDDER_SHARE, 85 by default), 1 and 2 points less for the second and third; none
// bids below the starting price, each outbids the others while its value allows, and the last bid
// comes two minutes before the scheduled end, so the five-minute extension is exercised. A first
// round at the reference price fails; a second at 80% of it sells at about 85%.

export type PlatformRound = {
  readonly startingPrice: Fen;
  readonly increment: Fen;
  readonly biddingStartsAt: Date;
  readonly biddingEndsAt: Date;
};

/** One platform behind the connector interface: the bid log of a round whose bidding has ended. */
export type AuctionPlatform = {
  readonly id: string;
  bidLog(round: PlatformRound, referencePrice: Fen): readonly Bid[];
};

const BIDDERS = ['竞买人甲', '竞买人乙', '竞买人丙'] as const;
const MAX_BIDS = 12;

export function sandboxPlatform(sharePercent: number): AuctionPlatform {
  return { id: 'sandbox', bidLog: (round, referencePrice) => sandboxBids(round, referencePrice, sharePercent) };
}

export function sandboxBids(round: PlatformRound, referencePrice: Fen, sharePercent: number): Bid[] {
  const values = BIDDERS.map((_, i) => (referencePrice * BigInt(Math.round(sharePercent * 100) - i * 100)) / 10_000n);
  const top = values[0]!;
  if (top < round.startingPrice) return [];
  // Steps big enough that the log stays short, never below the round's increment.
  const step = [round.increment, divCeil(top - round.startingPrice, BigInt(MAX_BIDS - 1)), 1n].reduce((a, b) => (a > b ? a : b));
  const amounts: { bidder: number; amount: bigint }[] = [
    { bidder: values.findLastIndex((v) => v >= round.startingPrice), amount: round.startingPrice },
  ];
  for (;;) {
    const last = amounts[amounts.length - 1]!;
    const next = last.amount + step;
    const bidder = values.findIndex((v, i) => i !== last.bidder && v >= next);
    if (bidder < 0 || amounts.length >= MAX_BIDS) break;
    amounts.push({ bidder, amount: next });
  }
  const lastAt = instantAfter(round.biddingEndsAt, -2 * MINUTE_MS);
  const gap = Math.max(MINUTE_MS, Math.floor((lastAt.getTime() - round.biddingStartsAt.getTime()) / (amounts.length + 1)));
  return amounts.map((a, i) => ({
    bidder: BIDDERS[a.bidder]!,
    amount: a.amount as Fen,
    at: i === amounts.length - 1 ? lastAt : instantAfter(round.biddingStartsAt, gap * (i + 1)),
  }));
}
