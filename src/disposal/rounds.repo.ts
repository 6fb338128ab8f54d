import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { AssetSalesTable, AuctionRoundsTable } from '../db/disposal-schema.ts';
import { toInstant, type LocalDate } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import { fen } from '../shared/money.ts';
import type { AssetSaleRecord, AuctionRoundRecord, RoundBid } from './disposal.types.ts';

// Auction rounds (网络司法拍卖) and the sales or 以物抵债 after them, per case and asset.

type RoundRow = Selectable<AuctionRoundsTable>;
type SaleRow = Selectable<AssetSalesTable>;
const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

const toRound = (r: RoundRow): AuctionRoundRecord => ({
  id: r.id,
  courtId: r.court_id,
  caseId: r.case_id,
  assetId: r.asset_id,
  referencePriceId: r.reference_price_id,
  round: r.round as 1 | 2,
  platform: r.platform,
  startingPrice: fen(r.starting_price),
  deposit: fen(r.deposit),
  increment: fen(r.increment),
  announcedOn: r.announced_on as LocalDate,
  biddingStartsAt: toInstant(r.bidding_starts_at),
  biddingEndsAt: toInstant(r.bidding_ends_at),
  status: r.status,
  endedAt: r.ended_at && toInstant(r.ended_at),
  outcomeOn: r.outcome_on as LocalDate | null,
  buyer: r.buyer,
  price: r.price === null ? null : fen(r.price),
  reason: r.reason,
  bids: r.bids === null ? null : (json(r.bids) as RoundBid[]),
});

const toSale = (r: SaleRow): AssetSaleRecord => ({
  id: r.id,
  courtId: r.court_id,
  caseId: r.case_id,
  assetId: r.asset_id,
  afterRoundId: r.after_round_id,
  kind: r.kind,
  price: fen(r.price),
  startedOn: r.started_on as LocalDate,
  periodEndsOn: r.period_ends_on as LocalDate | null,
  status: r.status,
  counterparty: r.counterparty,
  consentOn: r.consent_on as LocalDate | null,
  completedOn: r.completed_on as LocalDate | null,
});

export type NewRound = Omit<AuctionRoundRecord, 'id' | 'status' | 'endedAt' | 'outcomeOn' | 'buyer' | 'price' | 'reason' | 'bids'> & {
  byName: string;
};

export async function insertRound(tx: Tx, n: NewRound, at: Date): Promise<AuctionRoundRecord> {
  const row = await tx
    .insertInto('auction_rounds')
    .values({
      id: randomUUID(),
      court_id: n.courtId,
      case_id: n.caseId,
      asset_id: n.assetId,
      reference_price_id: n.referencePriceId,
      round: n.round,
      platform: n.platform,
      starting_price: n.startingPrice,
      deposit: n.deposit,
      increment: n.increment,
      announced_on: n.announcedOn,
      bidding_starts_at: n.biddingStartsAt,
      bidding_ends_at: n.biddingEndsAt,
      status: 'announced',
      created_at: at,
      created_by_name: n.byName,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRound(row);
}

export async function roundById(db: Executor, id: string): Promise<AuctionRoundRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom('auction_rounds').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRound(row);
}

export async function lockRound(tx: Tx, id: string): Promise<AuctionRoundRecord | undefined> {
  const row = await tx.selectFrom('auction_rounds').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toRound(row);
}

export async function roundsOf(db: Executor, caseId: string, assetId?: string): Promise<AuctionRoundRecord[]> {
  let q = db.selectFrom('auction_rounds').selectAll().where('case_id', '=', caseId);
  if (assetId) q = q.where('asset_id', '=', assetId);
  return (await q.orderBy('seq').execute()).map(toRound);
}

export type RoundChange = Partial<Pick<AuctionRoundRecord, 'status' | 'endedAt' | 'outcomeOn' | 'buyer' | 'price' | 'reason' | 'bids'>>;

export async function updateRound(tx: Tx, id: string, c: RoundChange): Promise<AuctionRoundRecord> {
  const row = await tx
    .updateTable('auction_rounds')
    .set({
      ...(c.status ? { status: c.status } : {}),
      ...(c.endedAt ? { ended_at: c.endedAt } : {}),
      ...(c.outcomeOn ? { outcome_on: c.outcomeOn } : {}),
      ...(c.buyer ? { buyer: c.buyer } : {}),
      ...(c.price ? { price: c.price } : {}),
      ...(c.reason ? { reason: c.reason } : {}),
      ...(c.bids ? { bids: JSON.stringify(c.bids) } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRound(row);
}

export type NewSale = Omit<AssetSaleRecord, 'id' | 'completedOn'> & { byName: string };

export async function insertSale(tx: Tx, n: NewSale, at: Date): Promise<AssetSaleRecord> {
  const row = await tx
    .insertInto('asset_sales')
    .values({
      id: randomUUID(),
      court_id: n.courtId,
      case_id: n.caseId,
      asset_id: n.assetId,
      after_round_id: n.afterRoundId,
      kind: n.kind,
      price: n.price,
      started_on: n.startedOn,
      period_ends_on: n.periodEndsOn,
      status: n.status,
      counterparty: n.counterparty,
      consent_on: n.consentOn,
      completed_on: n.status === 'done' ? n.startedOn : null,
      created_at: at,
      created_by_name: n.byName,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSale(row);
}

export async function saleById(db: Executor, id: string): Promise<AssetSaleRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom('asset_sales').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toSale(row);
}

export async function lockSale(tx: Tx, id: string): Promise<AssetSaleRecord | undefined> {
  const row = await tx.selectFrom('asset_sales').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toSale(row);
}

export async function salesOf(db: Executor, caseId: string, assetId?: string): Promise<AssetSaleRecord[]> {
  let q = db.selectFrom('asset_sales').selectAll().where('case_id', '=', caseId);
  if (assetId) q = q.where('asset_id', '=', assetId);
  return (await q.orderBy('seq').execute()).map(toSale);
}

export async function completeSale(tx: Tx, id: string, status: 'sold' | 'unsold', counterparty: string | null, on: LocalDate) {
  const row = await tx
    .updateTable('asset_sales')
    .set({ status, counterparty, completed_on: on })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSale(row);
}
