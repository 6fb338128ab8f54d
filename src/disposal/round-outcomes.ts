import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf, type Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { recordProceedsIn } from '../assets/disposal-facts.ts';
import { lockCaseForSeizure, type CaseForSeizure } from '../cases/instrument-facts.ts';
import type { Tx } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { runBidding, type Bid } from '../rules/bidding.ts';
import { compareDates, isoInstant, localDateAt, toInstant, type LocalDate } from '../shared/dates.ts';
import { formatYuan, parseYuan, type Fen } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import type { AuctionRoundRecord, RoundStatus } from './disposal.types.ts';
import { roundView, type RoundView } from './disposal-views.ts';
import { referencePriceById } from './reference-prices.repo.ts';
import { lockRound, roundById, updateRound } from './rounds.repo.ts';
import { sandboxPlatform } from './sandbox-platform.ts';

// The outcome of an auction round: the platform's bid log replayed by src/rules/bidding.ts (sold
// or 流拍), a withdrawal (撤回), the buyer's default (悔拍), and the buyer's payment (the proceeds).

type Held = { tx: Tx; c: CaseForSeizure; round: AuctionRoundRecord; actor: Actor; now: Date };

function withRound(
  ctx: AppContext,
  who: Principal,
  id: string,
  status: RoundStatus,
  work: (h: Held) => Promise<Result<AuctionRoundRecord>>,
): Promise<Result<RoundView>> {
  if (!can(who, 'case.progress')) return Promise.resolve(failure('forbidden'));
  return transact(ctx, async (tx) => {
    const pre = await roundById(tx, id);
    if (!pre) return failure('auction-round-not-found');
    const c = await lockCaseForSeizure(tx, pre.caseId);
    if (!c || !inScope(who, c.courtId)) return failure('auction-round-not-found');
    const round = (await lockRound(tx, id))!;
    if (round.status !== status)
      return failure(status === 'sold' ? 'round-not-sold' : 'auction-round-not-open', `该轮拍卖：${roundView(round).statusName}`);
    const r = await work({ tx, c, round, actor: actorOf(who), now: ctx.clock.now() });
    return r.ok ? success(roundView(r.value)) : r;
  });
}

const event = (h: Held, action: string, changes: Record<string, unknown>) =>
  appendEvent(h.tx, h.actor, h.now, {
    courtId: h.c.courtId,
    caseId: h.c.id,
    action,
    entityType: 'auction-round',
    entityId: h.round.id,
    changes: { round: h.round.round, assetId: h.round.assetId, ...changes },
  });

/** Settles a round on its bid log: the rules decide the end (with extensions), the winner or 流拍. */
async function settle(h: Held, bids: readonly Bid[]): Promise<Result<AuctionRoundRecord>> {
  const r = h.round;
  if (h.now.getTime() < r.biddingEndsAt.getTime()) return failure('bidding-not-ended', `竞价于 ${isoInstant(r.biddingEndsAt)} 结束`);
  const outcome = runBidding({
    startsAt: r.biddingStartsAt,
    scheduledEndAt: r.biddingEndsAt,
    startingPrice: r.startingPrice,
    increment: r.increment,
    bids,
  });
  if (!outcome.ok) return failure('bidding-times-invalid', outcome.detail);
  const { endsAt, winner, accepted } = outcome.value;
  if (h.now.getTime() < endsAt.getTime()) return failure('bidding-not-ended', `竞价延时至 ${isoInstant(endsAt)}`);
  const log = bids.map((b) => ({ bidder: b.bidder, amount: formatYuan(b.amount), at: isoInstant(b.at) }));
  const outcomeOn = localDateAt(endsAt);
  const next = await updateRound(h.tx, r.id, {
    status: winner ? 'sold' : 'unsold',
    endedAt: endsAt,
    outcomeOn,
    bids: log,
    ...(winner ? { buyer: winner.bidder, price: winner.amount } : {}),
  });
  await event(h, winner ? 'auction.sold' : 'auction.unsold', {
    endedAt: isoInstant(endsAt),
    bids: bids.length,
    validBids: accepted.length,
    ...(winner ? { buyer: winner.bidder, price: formatYuan(winner.amount) } : { startingPrice: formatYuan(r.startingPrice) }),
  });
  return success(next);
}

export type BidLog = { bids: { bidder: string; amount: string; at: string }[] };

/** A platform posts its bid log (the institution role, as banks answer searches), or the officer records it. */
export function recordBidLog(ctx: AppContext, who: Principal, id: string, b: BidLog): Promise<Result<RoundView>> {
  const bids: Bid[] = [];
  for (const x of b.bids) {
    const amount = parseYuan(x.amount);
    if (amount === null || amount <= 0n) return Promise.resolve(failure('invalid-money', '出价须为正数'));
    const at = toInstant(x.at);
    if (Number.isNaN(at.getTime())) return Promise.resolve(failure('bidding-times-invalid', '出价时间格式不正确'));
    bids.push({ bidder: x.bidder.trim(), amount, at });
  }
  return withRound(ctx, who, id, 'announced', (h) => settle(h, bids));
}

/** Asks the round's platform for its bid log (the sandbox answers at once; others post theirs). */
export function fetchPlatformResult(ctx: AppContext, who: Principal, id: string): Promise<Result<RoundView>> {
  return withRound(ctx, who, id, 'announced', async (h) => {
    if (h.round.platform !== 'sandbox') return failure('bid-log-awaited');
    if (h.now.getTime() < h.round.biddingEndsAt.getTime())
      return failure('bidding-not-ended', `竞价于 ${isoInstant(h.round.biddingEndsAt)} 结束`);
    const rp = (await referencePriceById(h.tx, h.round.referencePriceId))!;
    return settle(h, sandboxPlatform(ctx.config.outbox.sandbox.bidderSharePercent).bidLog(h.round, rp.price!));
  });
}

const dated = (on: LocalDate, after: LocalDate | null, today: LocalDate): Result<true> => {
  if (compareDates(on, today) > 0) return failure('date-in-future');
  if (after && compareDates(on, after) < 0) return failure('reference-date-invalid', `日期不能早于 ${after}`);
  return success(true);
};

/** 撤回拍卖 before the outcome, with its reason; the asset may be announced again. */
export function withdrawRound(ctx: AppContext, who: Principal, id: string, b: { on: LocalDate; reason: string }) {
  return withRound(ctx, who, id, 'announced', async (h) => {
    const d = dated(b.on, h.round.announcedOn, ctx.clock.today());
    if (!d.ok) return d;
    const next = await updateRound(h.tx, h.round.id, { status: 'withdrawn', outcomeOn: b.on, reason: b.reason.trim() });
    await event(h, 'auction.withdrawn', { on: b.on, reason: b.reason.trim() });
    return success(next);
  });
}

/** 悔拍 (S8 第24条): the buyer does not pay; the deposit is forfeited and the round is held again. */
export function recordDefault(ctx: AppContext, who: Principal, id: string, b: { on: LocalDate; note?: string | undefined }) {
  return withRound(ctx, who, id, 'sold', async (h) => {
    const d = dated(b.on, h.round.outcomeOn, ctx.clock.today());
    if (!d.ok) return d;
    const note = b.note?.trim() || `竞买人${h.round.buyer ?? ''}悔拍`;
    const next = await updateRound(h.tx, h.round.id, { status: 'defaulted', reason: note });
    await event(h, 'auction.buyer-defaulted', { on: b.on, buyer: h.round.buyer, forfeitedDeposit: formatYuan(h.round.deposit), note });
    return success(next);
  });
}

/** The buyer paid the price: it becomes a case receipt (source `auction`) for the funds ledger. */
export function recordPayment(ctx: AppContext, who: Principal, id: string, b: { paidOn: LocalDate }) {
  return withRound(ctx, who, id, 'sold', async (h) => {
    const d = dated(b.paidOn, h.round.outcomeOn, ctx.clock.today());
    if (!d.ok) return d;
    const next = await updateRound(h.tx, h.round.id, { status: 'paid' });
    const price = h.round.price as Fen;
    const { seizureId } = (await referencePriceById(h.tx, h.round.referencePriceId))!;
    const posted = await recordProceedsIn(
      h.tx,
      ctx,
      h.actor,
      {
        courtId: h.c.courtId,
        caseId: h.c.id,
        amount: price,
        receivedOn: b.paidOn,
        seizureId,
        source: 'auction',
        disposalId: h.round.id,
        byName: who.displayName,
      },
      h.now,
    );
    if (!posted.ok) return posted;
    const receipt = posted.value;
    await appendEvent(h.tx, h.actor, h.now, {
      courtId: h.c.courtId,
      caseId: h.c.id,
      action: 'case.proceeds-received',
      entityType: 'receipt',
      entityId: receipt.id,
      changes: {
        amount: formatYuan(price),
        receivedOn: b.paidOn,
        source: 'auction',
        sourceName: '拍卖价款',
        roundId: h.round.id,
        buyer: h.round.buyer,
      },
    });
    return success(next);
  });
}
