import { randomUUID } from 'node:crypto';
import type { Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { ReferencePricesTable } from '../db/disposal-schema.ts';
import type { ReferenceMethod } from '../rules/reference-price.ts';
import type { LocalDate } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import { fen } from '../shared/money.ts';
import type { ReferencePriceRecord, ReferenceStep } from './disposal.types.ts';

// The reference-price processes (参考价) of a case's assets.

type Row = Selectable<ReferencePricesTable>;
const json = (v: unknown): unknown => (typeof v === 'string' ? JSON.parse(v) : v);

const toRecord = (r: Row): ReferencePriceRecord => ({
  id: r.id,
  courtId: r.court_id,
  caseId: r.case_id,
  assetId: r.asset_id,
  seizureId: r.seizure_id,
  startedOn: r.started_on as LocalDate,
  status: r.status,
  appraisalRequired: r.appraisal_required,
  directedRequested: r.directed_requested,
  steps: json(r.steps) as ReferenceStep[],
  method: r.method as ReferenceMethod | null,
  price: r.price === null ? null : fen(r.price),
  fixedOn: r.fixed_on as LocalDate | null,
  validUntil: r.valid_until as LocalDate | null,
});

export type NewReferencePrice = Pick<
  ReferencePriceRecord,
  'courtId' | 'caseId' | 'assetId' | 'seizureId' | 'startedOn' | 'appraisalRequired' | 'directedRequested'
> & { byName: string };

export async function insertReferencePrice(tx: Tx, n: NewReferencePrice, at: Date): Promise<ReferencePriceRecord> {
  const row = await tx
    .insertInto('reference_prices')
    .values({
      id: randomUUID(),
      court_id: n.courtId,
      case_id: n.caseId,
      asset_id: n.assetId,
      seizure_id: n.seizureId,
      started_on: n.startedOn,
      status: 'running',
      appraisal_required: n.appraisalRequired,
      directed_requested: n.directedRequested,
      steps: '[]',
      created_at: at,
      created_by_name: n.byName,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}

export async function referencePriceById(db: Executor, id: string): Promise<ReferencePriceRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom('reference_prices').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toRecord(row);
}

export async function lockReferencePrice(tx: Tx, id: string): Promise<ReferencePriceRecord | undefined> {
  const row = await tx.selectFrom('reference_prices').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toRecord(row);
}

/** The processes of a case (and one asset, when given), oldest first. */
export async function referencePricesOf(db: Executor, caseId: string, assetId?: string): Promise<ReferencePriceRecord[]> {
  let q = db.selectFrom('reference_prices').selectAll().where('case_id', '=', caseId);
  if (assetId) q = q.where('asset_id', '=', assetId);
  return (await q.orderBy('seq').execute()).map(toRecord);
}

export type ReferencePriceChange = Partial<Pick<ReferencePriceRecord, 'status' | 'steps' | 'method' | 'price' | 'fixedOn' | 'validUntil'>>;

export async function updateReferencePrice(tx: Tx, id: string, c: ReferencePriceChange): Promise<ReferencePriceRecord> {
  const row = await tx
    .updateTable('reference_prices')
    .set({
      ...(c.status ? { status: c.status } : {}),
      ...(c.steps ? { steps: JSON.stringify(c.steps) } : {}),
      ...(c.method ? { method: c.method } : {}),
      ...(c.price ? { price: c.price } : {}),
      ...(c.fixedOn ? { fixed_on: c.fixedOn } : {}),
      ...(c.validUntil ? { valid_until: c.validUntil } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toRecord(row);
}
