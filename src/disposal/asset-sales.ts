import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf, type Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { recordProceedsIn } from '../assets/disposal-facts.ts';
import { lockCaseForSeizure } from '../cases/instrument-facts.ts';
import type { Tx } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { meetDeadline } from '../deadlines/deadline-changes.ts';
import { DEFAULT_SALE_PERIOD_DAYS } from '../rules/auction-plan.ts';
import { addDays, compareDates, type LocalDate } from '../shared/dates.ts';
import { formatYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { lockDisposable, type Disposable } from './disposal-locks.ts';
import { saleKindNames, type AssetSaleRecord, type AuctionRoundRecord, type SaleKind } from './disposal.types.ts';
import { saleView, type SaleView } from './disposal-views.ts';
import { DISPOSAL_START_NODE } from './reference-price.ts';
import { completeSale, insertSale, lockSale, roundsOf, saleById, salesOf } from './rounds.repo.ts';

// After failed rounds: 变卖 on the platform at the second round's starting price for 60 days (P17),
// or 以物抵债 to a creditor at the failed round's reserve price with its consent (S10 第16条).

type Ground = { d: Disposable; failed: AuctionRoundRecord };

async function groundFor(tx: Tx, who: Principal, caseId: string, assetId: string, kind: SaleKind): Promise<Result<Ground>> {
  const locked = await lockDisposable(tx, who, caseId, assetId);
  if (!locked.ok) return locked;
  const { c, asset } = locked.value;
  const rounds = await roundsOf(tx, c.id, asset.id);
  const sales = await salesOf(tx, c.id, asset.id);
  if (rounds.some((r) => r.status === 'paid') || sales.some((s) => s.status === 'sold' || s.status === 'done'))
    return failure('asset-already-disposed');
  if (rounds.some((r) => r.status === 'announced' || r.status === 'sold') || sales.some((s) => s.status === 'open'))
    return failure('disposal-in-progress');
  const failed = rounds.filter((r) => r.status === 'unsold' && (kind === 'set-off' || r.round === 2)).pop();
  if (!failed) return failure(kind === 'sale' ? 'sale-not-allowed' : 'set-off-not-allowed');
  if (kind === 'sale' && sales.some((s) => s.kind === 'sale')) return failure('sale-not-allowed', '该财产已经变卖过');
  return success({ d: locked.value, failed });
}

async function proceeds(
  tx: Tx,
  ctx: AppContext,
  actor: Actor,
  who: Principal,
  now: Date,
  s: AssetSaleRecord,
  seizureId: string,
  on: LocalDate,
) {
  const posted = await recordProceedsIn(
    tx,
    ctx,
    actor,
    {
      courtId: s.courtId,
      caseId: s.caseId,
      amount: s.price,
      receivedOn: on,
      seizureId,
      source: s.kind,
      disposalId: s.id,
      byName: who.displayName,
    },
    now,
  );
  if (!posted.ok) return posted;
  const receipt = posted.value;
  await appendEvent(tx, actor, now, {
    courtId: s.courtId,
    caseId: s.caseId,
    action: 'case.proceeds-received',
    entityType: 'receipt',
    entityId: receipt.id,
    changes: {
      amount: formatYuan(s.price),
      receivedOn: on,
      source: s.kind,
      sourceName: s.kind === 'sale' ? '变卖价款' : '以物抵债',
      saleId: s.id,
      counterparty: s.counterparty,
    },
  });
  return success(receipt);
}

export type SaleStart = { assetId: string; startedOn: LocalDate };

/** 变卖: at the second round's starting price, for the sale period (60 days by default). */
export async function startSaleIn(tx: Tx, ctx: AppContext, who: Principal, caseId: string, b: SaleStart): Promise<Result<SaleView>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  if (compareDates(b.startedOn, ctx.clock.today()) > 0) return failure('date-in-future');
  const g = await groundFor(tx, who, caseId, b.assetId, 'sale');
  if (!g.ok) return g;
  const { d, failed } = g.value;
  if (compareDates(b.startedOn, failed.outcomeOn!) < 0) return failure('reference-date-invalid', `二拍于 ${failed.outcomeOn} 流拍`);
  const now = ctx.clock.now();
  const actor = actorOf(who);
  const s = await insertSale(
    tx,
    {
      courtId: d.c.courtId,
      caseId: d.c.id,
      assetId: d.asset.id,
      afterRoundId: failed.id,
      kind: 'sale',
      price: failed.startingPrice,
      startedOn: b.startedOn,
      periodEndsOn: addDays(b.startedOn, DEFAULT_SALE_PERIOD_DAYS),
      status: 'open',
      counterparty: null,
      consentOn: null,
      byName: who.displayName,
    },
    now,
  );
  await appendEvent(tx, actor, now, {
    courtId: d.c.courtId,
    caseId: d.c.id,
    action: 'sale.started',
    entityType: 'asset-sale',
    entityId: s.id,
    changes: {
      assetId: d.asset.id,
      price: formatYuan(s.price),
      startedOn: s.startedOn,
      periodEndsOn: s.periodEndsOn,
      afterRound: failed.round,
    },
  });
  await meetDeadline(tx, ctx, actor, now, {
    caseId: d.c.id,
    node: DISPOSAL_START_NODE,
    subject: failed.referencePriceId,
    metOn: b.startedOn,
  });
  return success(saleView(s));
}

export type SaleResult = { outcome: 'sold' | 'unsold'; on: LocalDate; buyer?: string | undefined };

/** The sale's outcome: sold (its price a case receipt, source `sale`) or not sold within the period. */
export function recordSaleResult(ctx: AppContext, who: Principal, id: string, b: SaleResult): Promise<Result<SaleView>> {
  if (!can(who, 'case.progress')) return Promise.resolve(failure('forbidden'));
  if (compareDates(b.on, ctx.clock.today()) > 0) return Promise.resolve(failure('date-in-future'));
  const buyer = b.buyer?.trim() || null;
  if (b.outcome === 'sold' && !buyer) return Promise.resolve(failure('invalid-input', '请填写买受人'));
  return transact(ctx, async (tx) => {
    const pre = await saleById(tx, id);
    if (!pre) return failure('asset-sale-not-found');
    const c = await lockCaseForSeizure(tx, pre.caseId);
    if (!c || !inScope(who, c.courtId)) return failure('asset-sale-not-found');
    const locked = await lockDisposable(tx, who, c.id, pre.assetId); // lock order: case → asset → the sale
    if (!locked.ok) return locked;
    const s = (await lockSale(tx, id))!;
    if (s.status !== 'open') return failure('asset-sale-not-open');
    if (compareDates(b.on, s.startedOn) < 0 || (b.outcome === 'sold' && compareDates(b.on, s.periodEndsOn!) > 0))
      return failure('reference-date-invalid', `变卖期为 ${s.startedOn} 至 ${s.periodEndsOn}`);
    const now = ctx.clock.now();
    const actor = actorOf(who);
    const done = await completeSale(tx, s.id, b.outcome, buyer, b.on);
    await appendEvent(tx, actor, now, {
      courtId: c.courtId,
      caseId: c.id,
      action: b.outcome === 'sold' ? 'sale.sold' : 'sale.unsold',
      entityType: 'asset-sale',
      entityId: s.id,
      changes: { assetId: s.assetId, on: b.on, price: formatYuan(s.price), ...(buyer ? { buyer } : {}) },
    });
    if (b.outcome === 'sold') {
      const paid = await proceeds(tx, ctx, actor, who, now, done, locked.value.seizure.id, b.on);
      if (!paid.ok) return paid;
    }
    return success(saleView(done));
  });
}

export type SetOff = { assetId: string; creditor: string; consentOn: LocalDate; on: LocalDate };

/** 以物抵债: the creditor takes the asset at the failed round's reserve price, with its consent recorded. */
export async function setOffIn(tx: Tx, ctx: AppContext, who: Principal, caseId: string, b: SetOff): Promise<Result<SaleView>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  if (compareDates(b.on, ctx.clock.today()) > 0 || compareDates(b.consentOn, ctx.clock.today()) > 0) return failure('date-in-future');
  if (compareDates(b.consentOn, b.on) > 0) return failure('reference-date-invalid', '抵债日期不能早于债权人同意之日');
  const g = await groundFor(tx, who, caseId, b.assetId, 'set-off');
  if (!g.ok) return g;
  const { d, failed } = g.value;
  if (compareDates(b.consentOn, failed.outcomeOn!) < 0) return failure('reference-date-invalid', `拍卖于 ${failed.outcomeOn} 流拍`);
  const now = ctx.clock.now();
  const actor = actorOf(who);
  const creditor = b.creditor.trim();
  const s = await insertSale(
    tx,
    {
      courtId: d.c.courtId,
      caseId: d.c.id,
      assetId: d.asset.id,
      afterRoundId: failed.id,
      kind: 'set-off',
      price: failed.startingPrice,
      startedOn: b.on,
      periodEndsOn: null,
      status: 'done',
      counterparty: creditor,
      consentOn: b.consentOn,
      byName: who.displayName,
    },
    now,
  );
  await appendEvent(tx, actor, now, {
    courtId: d.c.courtId,
    caseId: d.c.id,
    action: 'asset.set-off',
    entityType: 'asset-sale',
    entityId: s.id,
    changes: {
      assetId: d.asset.id,
      kindName: saleKindNames['set-off'],
      creditor,
      consentOn: b.consentOn,
      on: b.on,
      price: formatYuan(s.price),
      afterRound: failed.round,
    },
  });
  await meetDeadline(tx, ctx, actor, now, { caseId: d.c.id, node: DISPOSAL_START_NODE, subject: failed.referencePriceId, metOn: b.on });
  const paid = await proceeds(tx, ctx, actor, who, now, s, d.seizure.id, b.on);
  if (!paid.ok) return paid;
  return success(saleView(s));
}
