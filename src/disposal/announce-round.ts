import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { meetDeadline } from '../deadlines/deadline-changes.ts';
import { planAuction } from '../rules/auction-plan.ts';
import { MIN_BIDDING_HOURS } from '../rules/bidding.ts';
import { seizureTermKind } from '../shared/asset-kinds.ts';
import { HOUR_MS, compareDates, daysBetween, isoInstant, localDateAt, toInstant, type LocalDate } from '../shared/dates.ts';
import { formatYuan, parseYuan, type Fen } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { lockDisposable } from './disposal-locks.ts';
import { platformNames, type AuctionRoundRecord, type PlatformId } from './disposal.types.ts';
import { roundView, type RoundView } from './disposal-views.ts';
import { DISPOSAL_START_NODE } from './reference-price.ts';
import { referencePricesOf } from './reference-prices.repo.ts';
import { insertRound, roundsOf, salesOf } from './rounds.repo.ts';

// 网络司法拍卖的公告 (S8): a round of an asset whose reference price is fixed, its figures checked by
// src/rules/auction-plan.ts and its bidding period by src/rules/bidding.ts.

export type Announcement = {
  assetId: string;
  platform: PlatformId;
  startingPrice: string;
  deposit: string;
  increment?: string | undefined;
  announcedOn: LocalDate;
  biddingStartsAt: string;
  biddingEndsAt: string;
};

/** The round this one would be: 1, or 2 after round 1 failed; a withdrawn or defaulted round is held again. */
export function nextRound(rounds: readonly AuctionRoundRecord[]): Result<{ round: 1 | 2; firstFailed: AuctionRoundRecord | null }> {
  if (rounds.some((r) => r.status === 'announced' || r.status === 'sold')) return failure('disposal-in-progress');
  if (rounds.some((r) => r.status === 'paid')) return failure('asset-already-disposed');
  if (rounds.some((r) => r.round === 2 && r.status === 'unsold')) return failure('auction-rounds-exhausted');
  const firstFailed = rounds.find((r) => r.round === 1 && r.status === 'unsold') ?? null;
  return success({ round: firstFailed ? 2 : 1, firstFailed });
}

export async function announceRoundIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  b: Announcement,
): Promise<Result<RoundView>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  if (compareDates(b.announcedOn, ctx.clock.today()) > 0) return failure('date-in-future', '公告日期不能晚于今天');
  const startingPrice = parseYuan(b.startingPrice);
  const deposit = parseYuan(b.deposit);
  const increment = b.increment === undefined ? (0n as Fen) : parseYuan(b.increment);
  if (!startingPrice || startingPrice <= 0n || !deposit || deposit <= 0n || increment === null || increment < 0n)
    return failure('invalid-money', '起拍价、保证金须为正数，加价幅度不能为负数');
  const startsAt = toInstant(b.biddingStartsAt);
  const endsAt = toInstant(b.biddingEndsAt);
  if (Number.isNaN(startsAt.getTime()) || Number.isNaN(endsAt.getTime())) return failure('bidding-times-invalid', '竞价时间格式不正确');
  if (endsAt.getTime() - startsAt.getTime() < MIN_BIDDING_HOURS * HOUR_MS)
    return failure('bidding-times-invalid', `竞价时间不得少于${MIN_BIDDING_HOURS}小时`);
  const locked = await lockDisposable(tx, who, caseId, b.assetId);
  if (!locked.ok) return locked;
  const { c, asset } = locked.value;
  const rp = (await referencePricesOf(tx, c.id, asset.id)).filter((p) => p.status === 'fixed').pop();
  if (!rp) return failure('reference-price-missing');
  if ((await salesOf(tx, c.id, asset.id)).some((s) => s.status !== 'unsold')) return failure('asset-already-disposed');
  const next = nextRound(await roundsOf(tx, c.id, asset.id));
  if (!next.ok) return next;
  const { round, firstFailed } = next.value;
  if (compareDates(b.announcedOn, rp.fixedOn!) < 0) return failure('reference-date-invalid', `参考价于 ${rp.fixedOn} 确定`);
  // 第27条: the first notice within the price's year; a second round rests on the same price.
  if (round === 1 && compareDates(b.announcedOn, rp.validUntil!) > 0)
    return failure('reference-price-expired', `参考价有效期至 ${rp.validUntil}`);
  if (firstFailed && daysBetween(firstFailed.outcomeOn!, b.announcedOn) > 30)
    return failure('second-round-too-late', `一拍于 ${firstFailed.outcomeOn} 流拍，二拍应在30日内公告`);
  const plan = planAuction({
    referencePrice: rp.price!,
    assetKind: seizureTermKind[asset.kind] === 'movable' ? 'movable' : 'immovable',
    firstStartingPrice: firstFailed ? firstFailed.startingPrice : startingPrice,
    ...(firstFailed ? { secondStartingPrice: startingPrice } : {}),
  });
  if (!plan.ok) {
    if (plan.code === 'starting-price-below-minimum')
      return failure(round === 1 ? 'first-round-price-too-low' : 'second-round-cut-too-large', plan.detail);
    return failure('invalid-money', plan.detail);
  }
  const leg = round === 1 ? plan.value.first : plan.value.second;
  if (deposit < leg.depositMin || deposit > leg.depositMax)
    return failure('deposit-out-of-range', `保证金应在 ${formatYuan(leg.depositMin)} 元至 ${formatYuan(leg.depositMax)} 元之间`);
  const lead = daysBetween(b.announcedOn, localDateAt(startsAt));
  if (lead < leg.announceDays)
    return failure(
      'announcement-too-short',
      `公告期应不少于${leg.announceDays}日，竞价最早于 ${localDateAt(startsAt)} 开始时应在此前${leg.announceDays}日公告`,
    );
  const now = ctx.clock.now();
  const actor = actorOf(who);
  const r = await insertRound(
    tx,
    {
      courtId: c.courtId,
      caseId: c.id,
      assetId: asset.id,
      referencePriceId: rp.id,
      round,
      platform: b.platform,
      startingPrice,
      deposit,
      increment,
      announcedOn: b.announcedOn,
      biddingStartsAt: startsAt,
      biddingEndsAt: endsAt,
      byName: who.displayName,
    },
    now,
  );
  await appendEvent(tx, actor, now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'auction.announced',
    entityType: 'auction-round',
    entityId: r.id,
    changes: {
      asset: { id: asset.id, kind: asset.kind, identifier: asset.identifierDisplay },
      round,
      platform: platformNames[b.platform],
      referencePrice: formatYuan(rp.price!),
      startingPrice: formatYuan(startingPrice),
      deposit: formatYuan(deposit),
      announcedOn: b.announcedOn,
      biddingStartsAt: isoInstant(startsAt),
      biddingEndsAt: isoInstant(endsAt),
    },
  });
  await meetDeadline(tx, ctx, actor, now, { caseId: c.id, node: DISPOSAL_START_NODE, subject: rp.id, metOn: b.announcedOn });
  return success(roundView(r));
}
