import { sql, type Insertable, type Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { DishonestListingsTable, DishonestListingStatus } from '../db/credit-schema.ts';
import { isoInstant, type LocalDate } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import { deletionGroundNames, deletionGrounds, type DeletionGround } from '../rules/listing-deletion.ts';
import { listingGroundNames, listingStatusNames, type ListingView } from './credit.types.ts';

// The dishonest list's rows, and the case facts a listing decision reads (what is unpaid, what
// is seized, whether the reporting duty was breached) — the only SQL of src/credit.

export type ListingRow = Selectable<DishonestListingsTable>;

const groundOf = (g: string | null): DeletionGround | null => deletionGrounds.find((d) => d === g) ?? null;

export async function insertListing(tx: Tx, row: Insertable<DishonestListingsTable>): Promise<void> {
  await tx.insertInto('dishonest_listings').values(row).execute();
}

export async function lockListing(tx: Tx, id: string): Promise<ListingRow | undefined> {
  if (!isUuid(id)) return undefined;
  return tx.selectFrom('dishonest_listings').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
}

export async function updateListing(
  tx: Tx,
  id: string,
  change: Partial<
    Pick<
      ListingRow,
      | 'status'
      | 'approved_on'
      | 'published_on'
      | 'ended_on'
      | 'end_ground'
      | 'end_reason'
      | 'ended_by_name'
      | 'deletion_due_on'
      | 'debtor_name'
      | 'corrected_id_number'
      | 'corrected_credit_code'
      | 'corrected_obligation'
    >
  >,
): Promise<ListingRow> {
  return tx.updateTable('dishonest_listings').set(change).where('id', '=', id).returningAll().executeTakeFirstOrThrow();
}

export type ListingRowWithApproval = ListingRow & { approval_state: string | null };

export async function listingById(db: Executor, id: string): Promise<ListingRowWithApproval | undefined> {
  if (!isUuid(id)) return undefined;
  return db
    .selectFrom('dishonest_listings as l')
    .leftJoin('approval_requests as a', 'a.id', 'l.approval_id')
    .selectAll('l')
    .select('a.state as approval_state')
    .where('l.id', '=', id)
    .executeTakeFirst();
}

export async function listingsOfCase(db: Executor, caseId: string): Promise<ListingRowWithApproval[]> {
  return db
    .selectFrom('dishonest_listings as l')
    .leftJoin('approval_requests as a', 'a.id', 'l.approval_id')
    .selectAll('l')
    .select('a.state as approval_state')
    .where('l.case_id', '=', caseId)
    .orderBy('l.seq')
    .execute();
}

/** A pending row whose request was rejected or withdrawn reads as rejected. */
export const statusOf = (r: ListingRow, approvalState: string | null): DishonestListingStatus =>
  r.status === 'pending' && (approvalState === 'rejected' || approvalState === 'withdrawn') ? 'rejected' : r.status;

/** A listing of this debtor that is not over (pending, decided or published). */
export async function liveListingOf(db: Executor, partyId: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('dishonest_listings as l')
    .leftJoin('approval_requests as a', 'a.id', 'l.approval_id')
    .select('l.id')
    .where('l.debtor_party_id', '=', partyId)
    .where((eb) =>
      eb.or([eb('l.status', 'in', ['decided', 'published']), eb.and([eb('l.status', '=', 'pending'), eb('a.state', '=', 'pending')])]),
    )
    .executeTakeFirst();
  return r?.id;
}

/** The case of a listing, read without a lock (the caller then locks the case, then the listing). */
export async function caseOfListing(db: Executor, id: string): Promise<string | undefined> {
  if (!isUuid(id)) return undefined;
  return (await db.selectFrom('dishonest_listings').select('case_id').where('id', '=', id).executeTakeFirst())?.case_id;
}

/** The case's listings still in force or in their grace (decided, published), in decision order. */
export async function liveListingsOfCase(db: Executor, caseId: string): Promise<string[]> {
  const rows = await db
    .selectFrom('dishonest_listings')
    .select('id')
    .where('case_id', '=', caseId)
    .where('status', 'in', ['decided', 'published'])
    .orderBy('seq')
    .execute();
  return rows.map((r) => r.id);
}

/** The last day a listing of this debtor was deleted at the applicant's request (第10条第3款), if ever. */
export async function lastDeletionOnRequest(db: Executor, partyId: string): Promise<string | undefined> {
  const r = await db
    .selectFrom('dishonest_listings')
    .select('ended_on')
    .where('debtor_party_id', '=', partyId)
    .where('end_ground', '=', 'applicant-request')
    .orderBy('ended_on', 'desc')
    .limit(1)
    .executeTakeFirst();
  return r?.ended_on ?? undefined;
}

/** Published listings with a term whose last day was before `asOf`, after `after` in id order (the expiry sweep). */
export async function listingsPastTerm(
  db: Executor,
  asOf: LocalDate,
  after: string,
  n: number,
): Promise<{ id: string; case_id: string }[]> {
  return db
    .selectFrom('dishonest_listings')
    .select(['id', 'case_id'])
    .where('status', '=', 'published')
    .where('ends_on', '<', asOf)
    .where('id', '>', after)
    .orderBy('id')
    .limit(n)
    .execute();
}

/** Decided listings whose grace ended by `asOf`, after `after` in id order (the publication sweep). */
export async function listingsDueForPublication(db: Executor, asOf: LocalDate, after: string, n: number): Promise<string[]> {
  const rows = await db
    .selectFrom('dishonest_listings')
    .select('id')
    .where('status', '=', 'decided')
    .where('publish_on', '<=', asOf)
    .where('id', '>', after)
    .orderBy('id')
    .limit(n)
    .execute();
  return rows.map((r) => r.id);
}

export type ListingFacts = { readonly unpaid: bigint; readonly seizedValue: bigint; readonly reportBreach: string | null };

/**
 * What the case's own records say: the claim less what was received (funds_receipts), the value
 * held by effective seizures (the frozen amount, else the asset's estimated value), and the first
 * fact of a breach of the reporting duty — a sanction imposed for a report, a report verified as
 * false, or an asset-report deadline overdue.
 */
export async function listingFacts(db: Executor, caseId: string, asOf: LocalDate): Promise<ListingFacts> {
  const { rows } = await sql<{ unpaid: string; seized: string; breach: string | null }>`
    select
      (select claim_amount from cases where id = ${caseId})
        - coalesce((select sum(amount) from funds_receipts where case_id = ${caseId}), 0) as unpaid,
      coalesce((select sum(coalesce(s.amount, a.estimated_value, 0)) from seizures s join assets a on a.id = s.asset_id
        where s.case_id = ${caseId} and s.status = 'effective'), 0) as seized,
      coalesce(
        (select 'case.sanction-imposed:' || (changes->>'ground') from events
          where case_id = ${caseId} and action = 'case.sanction-imposed' order by seq limit 1),
        (select 'case.asset-report-verified:false' from events
          where case_id = ${caseId} and action = 'case.asset-report-verified' and changes->>'outcome' = 'false' limit 1),
        (select 'deadline:asset-report:' || due_on::text from deadlines where case_id = ${caseId} and node = 'asset-report'
          and (state = 'overdue' or (state = 'open' and due_on < ${asOf})) order by due_on limit 1)
      ) as breach`.execute(db);
  const r = rows[0]!;
  return { unpaid: BigInt(r.unpaid), seizedValue: BigInt(r.seized), reportBreach: r.breach };
}

export const listingView = (r: Omit<ListingRow, 'seq'>, status: DishonestListingStatus = r.status): ListingView => ({
  id: r.id,
  caseId: r.case_id,
  debtorPartyId: r.debtor_party_id,
  debtorName: r.debtor_name,
  debtorKind: r.debtor_kind,
  ground: r.ground,
  groundName: listingGroundNames[r.ground] ?? '',
  evidence: r.evidence,
  decidedOn: r.decided_on,
  graceMonths: r.grace_months,
  publishOn: r.publish_on,
  termYears: r.term_years,
  endsOn: r.ends_on,
  status,
  statusName: listingStatusNames[status],
  approvalId: r.approval_id,
  approvedOn: r.approved_on,
  publishedOn: r.published_on,
  endedOn: r.ended_on,
  endGround: groundOf(r.end_ground),
  endGroundName: groundOf(r.end_ground) ? deletionGroundNames[groundOf(r.end_ground)!].label : null,
  endReason: r.end_reason,
  endedBy: r.ended_by_name,
  deletionDueOn: r.deletion_due_on,
  recordedAt: isoInstant(r.recorded_at),
  recordedBy: r.recorded_by_name,
});
