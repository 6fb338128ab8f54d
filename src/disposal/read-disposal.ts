import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { listCaseAssets } from '../assets/read-assets.ts';
import { planAuction } from '../rules/auction-plan.ts';
import { isMonetary, seizureTermKind, type AssetKind } from '../shared/asset-kinds.ts';
import { formatYuan } from '../shared/money.ts';
import { success, type Result } from '../shared/result.ts';
import { nextRound } from './announce-round.ts';
import type { AssetSaleRecord, AuctionRoundRecord, ReferencePriceRecord } from './disposal.types.ts';
import { referencePriceView, roundView, saleView } from './disposal-views.ts';
import { referencePricesOf } from './reference-prices.repo.ts';
import { roundsOf, salesOf } from './rounds.repo.ts';

// The 处置 tab: per asset to be sold, its seizure, reference-price processes, rounds and sales,
// where it stands, and the figures the law allows for its next round.

type Stage = 'not-disposable' | 'awaiting-price' | 'pricing' | 'auction' | 'after-auction' | 'sale' | 'disposed';
const stageNames: Record<Stage, string> = {
  'not-disposable': '不得处置',
  'awaiting-price': '待确定参考价',
  pricing: '确定参考价中',
  auction: '拍卖中',
  'after-auction': '待拍卖、变卖或抵债',
  sale: '变卖中',
  disposed: '已处置',
};

function stageOf(blocked: boolean, rps: ReferencePriceRecord[], rounds: AuctionRoundRecord[], sales: AssetSaleRecord[]): Stage {
  if (rounds.some((r) => r.status === 'paid') || sales.some((s) => s.status === 'sold' || s.status === 'done')) return 'disposed';
  if (blocked) return 'not-disposable';
  if (sales.some((s) => s.status === 'open')) return 'sale';
  if (rounds.some((r) => r.status === 'announced' || r.status === 'sold')) return 'auction';
  if (rounds.length) return 'after-auction';
  if (rps.some((p) => p.status === 'fixed')) return 'after-auction';
  return rps.length ? 'pricing' : 'awaiting-price';
}

function nextPlan(kind: AssetKind, rp: ReferencePriceRecord | undefined, rounds: AuctionRoundRecord[]) {
  if (!rp?.price) return null;
  const next = nextRound(rounds);
  if (!next.ok) return null;
  const { round, firstFailed } = next.value;
  const plan = planAuction({
    referencePrice: rp.price,
    assetKind: seizureTermKind[kind] === 'movable' ? 'movable' : 'immovable',
    ...(firstFailed ? { firstStartingPrice: firstFailed.startingPrice } : {}),
  });
  if (!plan.ok) return null;
  const leg = round === 1 ? plan.value.first : plan.value.second;
  return {
    round,
    minStartingPrice: formatYuan(leg.minStartingPrice),
    maxStartingPrice: firstFailed ? formatYuan(firstFailed.startingPrice) : null,
    depositMin: formatYuan(leg.depositMin),
    depositMax: formatYuan(leg.depositMax),
    announceDays: leg.announceDays,
  };
}

export async function caseDisposal(ctx: AppContext, who: Principal, caseId: string) {
  const assets = await listCaseAssets(ctx, who, caseId);
  if (!assets.ok) return assets;
  const rps = await referencePricesOf(ctx.db, caseId);
  const rounds = await roundsOf(ctx.db, caseId);
  const sales = await salesOf(ctx.db, caseId);
  const items = assets.value.items
    .filter((a) => !isMonetary(a.kind))
    .map((a) => {
      const own = a.seizures.find((s) => s.ownCase && s.status === 'effective') ?? null;
      const exempt = a.exempt.some((e) => e.flag === 'necessary-home');
      const mine = {
        rps: rps.filter((p) => p.assetId === a.id),
        rounds: rounds.filter((r) => r.assetId === a.id),
        sales: sales.filter((s) => s.assetId === a.id),
      };
      const blockedReason = exempt
        ? '被执行人及其所扶养家属生活所必需的居住房屋，可以查封，不得拍卖、变卖或者抵债'
        : own
          ? null
          : '本案对该财产没有生效的查封、扣押措施';
      const stage = stageOf(blockedReason !== null, mine.rps, mine.rounds, mine.sales);
      return {
        assetId: a.id,
        kind: a.kind,
        kindName: a.kindName,
        identifier: a.identifier,
        institution: a.institution,
        estimatedValue: a.estimatedValue,
        seizure: own && { id: own.id, measureName: own.measureName, effectiveFrom: own.effectiveFrom, expiresOn: own.expiresOn },
        blockedReason,
        stage,
        stageName: stageNames[stage],
        referencePrices: mine.rps.map(referencePriceView),
        rounds: mine.rounds.map(roundView),
        sales: mine.sales.map(saleView),
        next: blockedReason ? null : nextPlan(a.kind, mine.rps.filter((p) => p.status === 'fixed').pop(), mine.rounds),
      };
    });
  return success({ items }) satisfies Result<unknown>;
}
export type CaseDisposal = Extract<Awaited<ReturnType<typeof caseDisposal>>, { ok: true }>['value'];
