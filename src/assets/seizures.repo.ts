import { randomUUID } from 'node:crypto';
import { sql, type Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { SeizuresTable } from '../db/assets-schema.ts';
import type { LocalDate } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import { fen } from '../shared/money.ts';
import type { Measure, ReleaseReason, SeizureRecord, SeizureStatus } from './assets.types.ts';

// Seizures and their waiting list (轮候): the active seizures of one asset, in registration order.

type Row = Selectable<SeizuresTable>;

export const toSeizure = (r: Row): SeizureRecord => ({
  id: r.id,
  seq: BigInt(r.seq),
  courtId: r.court_id,
  caseId: r.case_id,
  assetId: r.asset_id,
  measure: r.measure,
  status: r.status,
  ruledOn: r.ruled_on as LocalDate,
  noticeOn: r.notice_on as LocalDate,
  effectiveFrom: r.effective_from as LocalDate | null,
  expiresOn: r.expires_on as LocalDate | null,
  termKind: r.term_kind,
  renewals: r.renewals,
  amount: r.amount === null ? null : fen(r.amount),
  deducted: fen(r.deducted),
  live: r.live,
  endedOn: r.ended_on as LocalDate | null,
  releaseReason: r.release_reason as ReleaseReason | null,
  releaseNote: r.release_note,
  registeredAt: r.registered_at,
  registeredByName: r.registered_by_name,
});

export type NewSeizure = {
  courtId: number;
  caseId: string;
  assetId: string;
  measure: Measure;
  status: 'effective' | 'waiting';
  ruledOn: LocalDate;
  noticeOn: LocalDate;
  effectiveFrom: LocalDate | null;
  expiresOn: LocalDate | null;
  termKind: string;
  amount: bigint | null;
  live: boolean;
  byName: string;
};

export async function insertSeizure(tx: Tx, s: NewSeizure, at: Date): Promise<SeizureRecord> {
  const row = await tx
    .insertInto('seizures')
    .values({
      id: randomUUID(),
      court_id: s.courtId,
      case_id: s.caseId,
      asset_id: s.assetId,
      measure: s.measure,
      status: s.status,
      ruled_on: s.ruledOn,
      notice_on: s.noticeOn,
      effective_from: s.effectiveFrom,
      expires_on: s.expiresOn,
      term_kind: s.termKind,
      amount: s.amount,
      live: s.live,
      ended_on: null,
      release_reason: null,
      release_note: null,
      registered_at: at,
      registered_by_name: s.byName,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSeizure(row);
}

/** A seizure as it stands, unlocked (to learn its case and asset before taking the locks in order). */
export async function seizureById(db: Executor, id: string): Promise<SeizureRecord | undefined> {
  if (!isUuid(id)) return undefined;
  const row = await db.selectFrom('seizures').selectAll().where('id', '=', id).executeTakeFirst();
  return row && toSeizure(row);
}

/** The asset's waiting list — its effective and waiting seizures in registration order — locked; the asset row is locked first. */
export async function lockQueue(tx: Tx, assetId: string): Promise<SeizureRecord[]> {
  const rows = await tx
    .selectFrom('seizures')
    .selectAll()
    .where('asset_id', '=', assetId)
    .where('status', 'in', ['effective', 'waiting'])
    .orderBy('seq')
    .forUpdate()
    .execute();
  return rows.map(toSeizure);
}

/** The case of the first waiting seizure of an asset (read without a lock, to lock that case in order). */
export async function firstWaitingCase(db: Executor, assetId: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('seizures')
    .select('case_id')
    .where('asset_id', '=', assetId)
    .where('status', '=', 'waiting')
    .orderBy('seq')
    .limit(1)
    .executeTakeFirst();
  return r?.case_id;
}

export type SeizureChange = Partial<{
  status: SeizureStatus;
  effectiveFrom: LocalDate;
  expiresOn: LocalDate;
  renewals: number;
  deducted: bigint;
  endedOn: LocalDate;
  releaseReason: ReleaseReason;
  releaseNote: string | null;
}>;

export async function updateSeizure(tx: Tx, id: string, c: SeizureChange): Promise<SeizureRecord> {
  const row = await tx
    .updateTable('seizures')
    .set({
      ...(c.status !== undefined ? { status: c.status } : {}),
      ...(c.effectiveFrom !== undefined ? { effective_from: c.effectiveFrom } : {}),
      ...(c.expiresOn !== undefined ? { expires_on: c.expiresOn } : {}),
      ...(c.renewals !== undefined ? { renewals: c.renewals } : {}),
      ...(c.deducted !== undefined ? { deducted: c.deducted } : {}),
      ...(c.endedOn !== undefined ? { ended_on: c.endedOn } : {}),
      ...(c.releaseReason !== undefined ? { release_reason: c.releaseReason } : {}),
      ...(c.releaseNote !== undefined ? { release_note: c.releaseNote } : {}),
    })
    .where('id', '=', id)
    .returningAll()
    .executeTakeFirstOrThrow();
  return toSeizure(row);
}

/** Every seizure of the given assets (the waiting lists the case page shows, other courts' included). */
export async function seizuresOfAssets(db: Executor, assetIds: readonly string[]): Promise<SeizureRecord[]> {
  if (!assetIds.length) return [];
  const rows = await db
    .selectFrom('seizures')
    .selectAll()
    .where('asset_id', 'in', assetIds as string[])
    .orderBy('seq')
    .execute();
  return rows.map(toSeizure);
}

/**
 * Effective seizures whose term ended before `asOf`, by expiry then id, after a keyset position
 * (the expiry sweep; it reads the (expires_on, status) index).
 */
export async function expiredSeizures(
  db: Executor,
  asOf: LocalDate,
  limit: number,
  after?: { expiresOn: LocalDate; id: string },
): Promise<{ id: string; expiresOn: LocalDate }[]> {
  let q = db.selectFrom('seizures').select(['id', 'expires_on']).where('expires_on', '<', asOf).where('status', '=', 'effective');
  if (after) q = q.where(sql<boolean>`(expires_on, id) > (${after.expiresOn}::date, ${after.id}::uuid)`);
  const rows = await q.orderBy('expires_on').orderBy('id').limit(limit).execute();
  return rows.map((r) => ({ id: r.id, expiresOn: r.expires_on as LocalDate }));
}

export async function countExpiredSeizures(db: Executor, asOf: LocalDate, cap: number): Promise<number> {
  const r = await sql<{ n: string }>`select count(*) as n from (select 1 from seizures
    where expires_on < ${asOf}::date and status = 'effective' limit ${cap}) t`.execute(db);
  return Number(r.rows[0]!.n);
}

/** The receipts of a case in fen, summed (what deductions have brought in so far). */
export async function receivedOfCase(db: Executor, caseId: string): Promise<bigint> {
  const r = await db
    .selectFrom('case_receipts')
    .select((eb) => eb.fn.coalesce(eb.fn.sum<string>('amount'), sql<string>`0`).as('total'))
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  return BigInt(r.total);
}

export type NewReceipt = {
  courtId: number;
  caseId: string;
  amount: bigint;
  receivedOn: LocalDate;
  seizureId: string;
  confirmation: string | null;
  byName: string;
  source?: 'deduction' | 'auction' | 'sale' | 'set-off'; // deduction unless a disposal brings the money
  disposalId?: string; // the auction round or sale that brought it
};

export async function insertReceipt(tx: Tx, r: NewReceipt, at: Date): Promise<{ id: string }> {
  return tx
    .insertInto('case_receipts')
    .values({
      id: randomUUID(),
      court_id: r.courtId,
      case_id: r.caseId,
      amount: r.amount,
      received_on: r.receivedOn,
      source: r.source ?? 'deduction',
      seizure_id: r.seizureId,
      disposal_id: r.disposalId ?? null,
      confirmation: r.confirmation,
      recorded_at: at,
      recorded_by_name: r.byName,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
}
