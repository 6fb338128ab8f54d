import type { Insertable, Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { CreditRestorationsTable } from '../db/credit-schema.ts';
import { isoInstant } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import { filedByKindNames, groundNameOf, restorationStateNames, type RestorationView } from './restoration.types.ts';

// The rows of credit restoration (信用修复, ADR 0209): one per request to delete a listing early.

export type RestorationRow = Selectable<CreditRestorationsTable>;
type RowWithDebtor = RestorationRow & { debtor_name: string };

export async function insertRestoration(tx: Tx, row: Insertable<CreditRestorationsTable>): Promise<void> {
  await tx.insertInto('credit_restorations').values(row).execute();
}

/** Locks a request (after its case and its listing: lock order case → listing → restoration). */
export async function lockRestoration(tx: Tx, id: string): Promise<RestorationRow | undefined> {
  if (!isUuid(id)) return undefined;
  return tx.selectFrom('credit_restorations').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateRestoration(
  tx: Tx,
  id: string,
  change: Pick<RestorationRow, 'state' | 'decided_on' | 'decision_reason'>,
): Promise<RestorationRow> {
  return tx.updateTable('credit_restorations').set(change).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

/** The listing's pending request, if any (at most one: a partial unique index). */
export async function pendingRestorationOf(db: Executor, listingId: string): Promise<RestorationRow | undefined> {
  return db
    .selectFrom('credit_restorations')
    .selectAll()
    .where('listing_id', '=', listingId)
    .where('state', '=', 'pending')
    .executeTakeFirst();
}

/** The requests of these listings, oldest first, with the debtor's name. */
export async function restorationsOfListings(db: Executor, listingIds: readonly string[]): Promise<RowWithDebtor[]> {
  if (listingIds.length === 0) return [];
  return db
    .selectFrom('credit_restorations as r')
    .innerJoin('dishonest_listings as l', 'l.id', 'r.listing_id')
    .selectAll('r')
    .select('l.debtor_name')
    .where('r.listing_id', 'in', [...listingIds])
    .orderBy('r.seq')
    .execute();
}

export const restorationView = (r: RestorationRow, debtorName: string): RestorationView => ({
  id: r.id,
  listingId: r.listing_id,
  caseId: r.case_id,
  debtorPartyId: r.debtor_party_id,
  debtorName,
  ground: r.ground,
  groundName: groundNameOf(r.ground),
  evidence: r.evidence,
  commitment: r.commitment,
  filedByKind: r.filed_by_kind,
  filedByKindName: filedByKindNames[r.filed_by_kind],
  filedBy: r.filed_by_name,
  filedAt: isoInstant(r.filed_at),
  state: r.state,
  stateName: restorationStateNames[r.state],
  approvalId: r.approval_id,
  decidedOn: r.decided_on,
  decisionReason: r.decision_reason,
});
