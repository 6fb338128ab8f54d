import type { AppContext } from '../platform/context.ts';
import type { Principal } from '../access/access.types.ts';
import { caseAssets } from '../assets/assets.repo.ts';
import { transact } from '../db/transaction.ts';
import { startReferencePriceIn } from '../disposal/reference-price.ts';
import {
  commissionAppraisal,
  EXTENSION_NOTICE_DAYS,
  extendAppraisal,
  recordDirectedInquiry,
  recordNegotiation,
  recordOnlineInquiry,
} from '../disposal/reference-methods.ts';
import { referencePriceById } from '../disposal/reference-prices.repo.ts';
import { announceRoundIn } from '../disposal/announce-round.ts';
import { fetchPlatformResult, recordPayment } from '../disposal/round-outcomes.ts';
import { recordSaleResult, setOffIn, startSaleIn } from '../disposal/asset-sales.ts';
import { addDays, daysBetween, HOUR_MS, instantAfter, isoInstant, startOfLocalDay, type LocalDate } from '../shared/dates.ts';
import { formatYuan, fen, parseYuan, type Fen } from '../shared/money.ts';
import type { Result } from '../shared/result.ts';
import type { DemoCase } from './caseload.ts';
import { biddingLeadDays, type DisposalAct, type DisposalTarget } from './disposal-plan.ts';

// Runs a disposal step of the demo (disposal-plan.ts) through src/disposal's use cases with the
// clock at the step's moment. A step whose asset the case does not hold (the search found no flat,
// or the freeze covered the claim) is skipped; a refusal is a bug of the plan and stops the seed.

type Held = { id: string; assetId: string };
type Method = 'negotiation' | 'online-inquiry' | 'appraisal';
// What becomes of the asset: sold in round 1, sold in round 2, 以物抵债 after round 1, 变卖 after round 2.
type Path = 'first-sold' | 'second-sold' | 'set-off' | 'sale';
// The oldest disposals take the longest paths, so that each is reached before today.
const PATHS: readonly Path[] = ['sale', 'second-sold', 'set-off', 'first-sold'];
type Disposal = {
  method: Method;
  path: Path;
  processId: string;
  startedOn: LocalDate;
  price: Fen;
  round: 1 | 2 | null;
  roundId: string | null;
  firstStart: Fen | null;
  saleId: string | null;
};
export type DisposalWork = {
  id: string;
  seizures: ReadonlyMap<DisposalTarget | 'deposit', Held>;
  disposals?: Map<DisposalTarget, Disposal>;
};

const PLATFORM = 'sandbox' as const;
/** Round 1's starting price in percent of the reference price, round 2's of round 1's (the sandbox's bidders pay up to 85%). */
const SHARES: Record<Path, Record<1 | 2, bigint>> = {
  'first-sold': { 1: 75n, 2: 80n },
  'second-sold': { 1: 100n, 2: 80n },
  'set-off': { 1: 100n, 2: 80n },
  sale: { 1: 100n, 2: 90n },
};
const yuanOf = (f: bigint) => formatYuan(fen(f));
// Figures in whole yuan, as a court writes them (rounded up: a floor of 70% or 80% stays met).
// Prices in whole yuan (rounded up) from ¥1,000; below, to the fen: rounding a price of a few yuan up
// to the yuan would lift an 80% second round above what the sandbox's bidders offer.
const wholeYuan = (f: bigint) => (f >= 100_000n ? fen(((f + 99n) / 100n) * 100n) : fen(f));
// 保证金: a tenth of the starting price in whole yuan, or to the fen where rounding up to a yuan would
// pass the 20% ceiling (a starting price of a few yuan, in a large caseload).
const depositOf = (startingPrice: bigint) =>
  wholeYuan(startingPrice / 10n) <= startingPrice / 5n ? wholeYuan(startingPrice / 10n) : fen(startingPrice / 10n);
const pathTakes = (d: Disposal, s: DisposalAct): boolean => {
  switch (s.kind) {
    case 'online-inquiry':
      return d.method === 'online-inquiry';
    case 'announce':
    case 'auction-result':
      return s.round === 1 || d.path === 'second-sold' || d.path === 'sale';
    case 'payment':
      return d.path === (s.round === 1 ? 'first-sold' : 'second-sold');
    case 'set-off':
      return d.path === 'set-off';
    default:
      return d.path === 'sale';
  }
};

export async function runDisposalStep(
  ctx: AppContext,
  c: DemoCase,
  w: DisposalWork,
  s: DisposalAct,
  who: Principal,
  today: LocalDate,
  all: Iterable<DisposalWork>,
): Promise<boolean> {
  const held = w.seizures.get(s.target);
  w.disposals ??= new Map();
  if (!held) return false;
  if (s.kind === 'reference-price') return startDisposal(ctx, c, w, s, held, who, today, [...all]);
  const d = w.disposals.get(s.target);
  // Nothing to do before the price is fixed (an appraisal still running) or off this disposal's path.
  if (s.kind === 'appraisal-extension') return d?.method === 'appraisal' ? extend(ctx, who, d, today) : false;
  if (!d || d.method === 'appraisal' || !pathTakes(d, s)) return false;
  const tx = <T>(fn: Parameters<typeof transact<T>>[1]) => transact(ctx, fn);
  switch (s.kind) {
    case 'online-inquiry': {
      const requestedOn = addDays(d.startedOn, 1);
      const results = [
        { platform: '淘宝询价', price: yuanOf(wholeYuan((d.price * 98n) / 100n)), answeredOn: addDays(requestedOn, 2) },
        { platform: '京东询价', price: yuanOf(wholeYuan((d.price * 103n) / 100n)), answeredOn: addDays(requestedOn, 1) },
        { platform: '工行融e购', price: yuanOf(wholeYuan((d.price * 99n) / 100n)), answeredOn: addDays(requestedOn, 3) },
      ];
      const rp = must(await recordOnlineInquiry(ctx, who, d.processId, { requestedOn, results }));
      d.price = parseYuan(rp.price!)!;
      return true;
    }
    case 'announce': {
      const base = s.round === 1 ? d.price : d.firstStart!;
      const startingPrice = wholeYuan((base * SHARES[d.path][s.round]) / 100n);
      const biddingStartsAt = instantAfter(startOfLocalDay(addDays(today, biddingLeadDays(s.target, s.round))), 10 * HOUR_MS);
      const input = {
        assetId: held.assetId,
        platform: PLATFORM,
        startingPrice: yuanOf(startingPrice),
        deposit: yuanOf(depositOf(startingPrice)),
        announcedOn: today,
        biddingStartsAt: isoInstant(biddingStartsAt),
        biddingEndsAt: isoInstant(instantAfter(biddingStartsAt, 24 * HOUR_MS)),
      };
      const r = must(await tx((t) => announceRoundIn(t, ctx, who, w.id, input)));
      d.roundId = r.id;
      d.round = s.round;
      if (s.round === 1) d.firstStart = startingPrice;
      return true;
    }
    case 'auction-result':
      if (d.round !== s.round) return false;
      must(await fetchPlatformResult(ctx, who, d.roundId!));
      return true;
    case 'payment':
      if (d.round !== s.round) return false;
      must(await recordPayment(ctx, who, d.roundId!, { paidOn: today }));
      return true;
    case 'set-off': {
      const creditor = c.applicants[0]!.name;
      must(await tx((t) => setOffIn(t, ctx, who, w.id, { assetId: held.assetId, creditor, consentOn: today, on: today })));
      return true;
    }
    case 'sale': {
      if (d.round !== 2) return false;
      const sale = must(await tx((t) => startSaleIn(t, ctx, who, w.id, { assetId: held.assetId, startedOn: today })));
      d.saleId = sale.id;
      return true;
    }
    case 'sale-result':
      if (!d.saleId) return false;
      must(await recordSaleResult(ctx, who, d.saleId, { outcome: 'sold', on: today, buyer: '江门市恒达贸易有限公司' }));
      return true;
  }
}

// An extension of 15 days, asked at least 5 days before the report is due (else not asked).
async function extend(ctx: AppContext, who: Principal, d: Disposal, today: LocalDate): Promise<boolean> {
  const rp = (await referencePriceById(ctx.db, d.processId))!;
  const due = rp.steps.at(-1)?.method === 'appraisal' ? (rp.steps.at(-1) as { dueOn: LocalDate }).dueOn : null;
  if (!due || daysBetween(today, due) < EXTENSION_NOTICE_DAYS) return false;
  must(await extendAppraisal(ctx, who, d.processId, { askedOn: today, days: 15 }));
  return true;
}

// The disposal's method and path follow its place among those started (a fixed order: the plan's);
// one of the newest is priced by 委托评估, its report not in yet.
async function startDisposal(
  ctx: AppContext,
  c: DemoCase,
  w: DisposalWork,
  s: Extract<DisposalAct, { kind: 'reference-price' }>,
  held: Held,
  who: Principal,
  today: LocalDate,
  all: DisposalWork[],
): Promise<boolean> {
  const before = all.flatMap((x) => [...(x.disposals?.values() ?? [])]);
  // Counted without the appraisal, which takes no path.
  const k = before.filter((p) => p.method !== 'appraisal').length;
  const method: Method =
    s.newest && !before.some((p) => p.method === 'appraisal') ? 'appraisal' : k % 3 === 1 ? 'online-inquiry' : 'negotiation';
  const asset = (await caseAssets(ctx.db, w.id)).find((a) => a.id === held.assetId)!;
  // The register's estimate, else a figure near the claim (a flat or car worth about what is owed).
  const value = wholeYuan(asset.estimatedValue ?? (c.claimAmount * 12n) / 10n + 100_000n);
  const start = { assetId: held.assetId, startedOn: today, appraisalRequired: method === 'appraisal' };
  const rp = must(await transact(ctx, (t) => startReferencePriceIn(t, ctx, who, w.id, start)));
  const path = PATHS[k % PATHS.length]!;
  w.disposals!.set(s.target, {
    method,
    path,
    processId: rp.id,
    startedOn: today,
    price: value,
    round: null,
    roundId: null,
    firstStart: null,
    saleId: null,
  });
  if (method === 'appraisal') {
    must(await commissionAppraisal(ctx, who, rp.id, { commissionedOn: today, appraiser: '江门市正衡房地产土地资产评估有限公司' }));
    return true;
  }
  // 议价 fails when the debtor gives no figure; the directed inquiry then gets no answer in time.
  const agreed = method === 'negotiation';
  const figures = { applicantFigure: yuanOf(value), ...(agreed ? { debtorFigure: yuanOf(value) } : {}) };
  must(await recordNegotiation(ctx, who, rp.id, { on: today, ...figures }));
  if (!agreed) must(await recordDirectedInquiry(ctx, who, rp.id, { on: today, body: '江门市价格认证中心' }));
  return true;
}

function must<T>(r: Result<T>): T {
  if (!r.ok) throw new Error(`demo handling: a use case refused a disposal step: ${r.code} ${r.detail ?? ''}`);
  return r.value;
}
