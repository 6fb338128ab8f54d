import type { Insertable, Selectable, Updateable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { ListingCorrectionsTable } from '../db/credit-schema.ts';
import { isoInstant } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import { correctionGroundNames } from '../rules/listing-correction.ts';
import { correctionStateNames, reconsiderationStateNames, type CorrectionView } from './correction.types.ts';

// listing_corrections: the correction requests of a listing and their 复议 (ADR 0211), the only SQL of them.

export type CorrectionRow = Selectable<ListingCorrectionsTable>;

export async function insertCorrection(tx: Tx, row: Insertable<ListingCorrectionsTable>): Promise<CorrectionRow> {
  return tx.insertInto('listing_corrections').values(row).returningAll().executeTakeFirstOrThrow();
}

/** The listing of a correction, read without a lock (the caller then locks the case, the listing, the correction). */
export async function listingOfCorrection(db: Executor, id: string): Promise<{ listing_id: string; case_id: string } | undefined> {
  if (!isUuid(id)) return undefined;
  return db.selectFrom('listing_corrections').select(['listing_id', 'case_id']).where('id', '=', id).executeTakeFirst();
}

export async function lockCorrection(tx: Tx, id: string): Promise<CorrectionRow | undefined> {
  return tx.selectFrom('listing_corrections').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateCorrection(tx: Tx, id: string, change: Updateable<ListingCorrectionsTable>): Promise<CorrectionRow> {
  return tx.updateTable('listing_corrections').set(change).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export async function pendingCorrectionOf(db: Executor, listingId: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('listing_corrections')
    .select('id')
    .where('listing_id', '=', listingId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
  return r?.id;
}

export async function correctionsOfListing(db: Executor, listingId: string): Promise<CorrectionRow[]> {
  if (!isUuid(listingId)) return [];
  return db.selectFrom('listing_corrections').selectAll().where('listing_id', '=', listingId).orderBy('seq').execute();
}

export const correctionView = (r: CorrectionRow, courtName: (id: number) => string | null): CorrectionView => ({
  id: r.id,
  listingId: r.listing_id,
  caseId: r.case_id,
  ground: r.ground,
  groundName: correctionGroundNames[r.ground].label,
  groundArticle: correctionGroundNames[r.ground].article,
  request: r.request,
  correctedFields: r.corrected_fields,
  filedBy: r.filed_by_kind,
  filedOn: r.filed_on,
  state: r.state,
  stateName: correctionStateNames[r.state],
  reviewDueOn: r.review_due_on,
  decidedOn: r.decided_on,
  decisionReason: r.decision_reason,
  decidedBy: r.decided_by_name,
  correctDueOn: r.correct_due_on,
  reconsideration: {
    state: r.reconsideration_state,
    stateName: reconsiderationStateNames[r.reconsideration_state],
    filedOn: r.reconsideration_filed_on,
    court: r.reconsideration_court_id === null ? null : courtName(r.reconsideration_court_id),
    dueOn: r.reconsideration_due_on,
    decidedOn: r.reconsideration_decided_on,
    reason: r.reconsideration_reason,
    decidedBy: r.reconsideration_decided_by_name,
  },
  recordedAt: isoInstant(r.recorded_at),
  recordedBy: r.recorded_by_name,
});
