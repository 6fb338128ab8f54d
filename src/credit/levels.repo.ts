import { sql } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { DisciplineLevelsTable } from '../db/credit-schema.ts';
import type { Selectable } from 'kysely';

// The SQL of discipline levels (分级惩戒, ADR 0210): the facts one debtor's level is computed from,
// the level last recorded, and the cases a sweep or a related change recomputes.

export type LevelRow = Selectable<DisciplineLevelsTable>;

export type LevelDebtor = {
  id: string;
  name: string;
  kind: 'person' | 'organization';
  identity: string | null; // the normalised ID number or credit code (migration 2026-12-01T3001)
};

export async function debtorsOf(db: Executor, caseId: string): Promise<LevelDebtor[]> {
  const rows = await db
    .selectFrom('case_parties')
    .select(['id', 'name', 'kind', 'id_number', 'credit_code'])
    .where('case_id', '=', caseId)
    .where('role', '=', 'debtor')
    .orderBy('position')
    .execute();
  return rows.map((r) => ({ id: r.id, name: r.name, kind: r.kind, identity: r.credit_code ?? r.id_number ?? null }));
}

export type RawLevelFacts = {
  listings: { ground: number; status: 'decided' | 'published'; decided_on: string; publish_on: string; term_years: number | null }[];
  restrictions: number;
  others: { case_number: string; published_on: string; ended_on: string | null }[];
  reportsOn: string[];
};

/** One debtor's facts in the case: live listings, restrictions in force, listings of the same identity elsewhere, reports. */
export async function levelFactsOf(db: Executor, caseId: string, d: LevelDebtor): Promise<RawLevelFacts> {
  const listings = await db
    .selectFrom('dishonest_listings')
    .select(['ground', 'status', 'decided_on', 'publish_on', 'term_years'])
    .where('case_id', '=', caseId)
    .where('debtor_party_id', '=', d.id)
    .where('status', 'in', ['decided', 'published'])
    .orderBy('seq')
    .execute();
  const restrictions = await db
    .selectFrom('consumption_restrictions')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('case_id', '=', caseId)
    .where('debtor_party_id', '=', d.id)
    .where('status', '=', 'ordered')
    .executeTakeFirstOrThrow();
  const others = d.identity
    ? (
        await sql<{ case_number: string; published_on: string; ended_on: string | null }>`
          select c.case_number, l.published_on::text as published_on, l.ended_on::text as ended_on
          from case_parties p join dishonest_listings l on l.debtor_party_id = p.id join cases c on c.id = l.case_id
          where (p.id_number = ${d.identity} or p.credit_code = ${d.identity}) and p.role = 'debtor'
            and l.case_id <> ${caseId} and l.published_on is not null
          order by l.published_on, c.case_number`.execute(db)
      ).rows
    : [];
  const reports = await db
    .selectFrom('asset_reports')
    .select(sql<string>`reported_on::text`.as('on'))
    .where('case_id', '=', caseId)
    .where('debtor_name', '=', d.name)
    .orderBy('reported_on')
    .execute();
  return {
    listings: listings.map((l) => ({ ...l, status: l.status as 'decided' | 'published' })),
    restrictions: Number(restrictions.n),
    others,
    reportsOn: reports.map((r) => r.on),
  };
}

export async function levelsOfCase(db: Executor, caseId: string): Promise<LevelRow[]> {
  return db.selectFrom('discipline_levels').selectAll().where('case_id', '=', caseId).execute();
}

/** The recorded level, locked; `skipLocked` for another case's row (its own transaction is writing it). */
export async function lockLevel(tx: Tx, caseId: string, partyId: string, skipLocked: boolean): Promise<LevelRow | 'locked' | undefined> {
  let q = tx.selectFrom('discipline_levels').selectAll().where('case_id', '=', caseId).where('debtor_party_id', '=', partyId).forUpdate();
  if (skipLocked) q = q.skipLocked();
  const row = await q.executeTakeFirst();
  if (row || !skipLocked) return row;
  const exists = await tx
    .selectFrom('discipline_levels')
    .select('case_id')
    .where('case_id', '=', caseId)
    .where('debtor_party_id', '=', partyId)
    .executeTakeFirst();
  return exists ? 'locked' : undefined;
}

export async function writeLevel(
  tx: Tx,
  row: { court_id: number; case_id: string; debtor_party_id: string; level: LevelRow['level']; reasons: unknown; computed_at: Date },
) {
  const values = { ...row, reasons: JSON.stringify(row.reasons) };
  const done = await tx
    .insertInto('discipline_levels')
    .values(values)
    .onConflict((oc) =>
      oc
        .columns(['case_id', 'debtor_party_id'])
        .doUpdateSet({ level: values.level, reasons: values.reasons, computed_at: values.computed_at }),
    )
    .executeTakeFirst();
  return Number(done.numInsertedOrUpdatedRows ?? 0n) > 0;
}

/** Other cases where a debtor of the same identity is under a measure (a live listing or an order in force). */
export async function relatedCases(db: Executor, caseId: string, identities: readonly string[], limit = 50): Promise<string[]> {
  if (!identities.length) return [];
  const ids = sql.join(identities.map((i) => sql`${i}`));
  const { rows } = await sql<{ case_id: string }>`
    select distinct p.case_id::text as case_id from case_parties p
    where (p.id_number in (${ids}) or p.credit_code in (${ids})) and p.role = 'debtor' and p.case_id <> ${caseId}
      and (exists (select 1 from dishonest_listings l where l.debtor_party_id = p.id and l.status in ('decided','published'))
        or exists (select 1 from consumption_restrictions r where r.debtor_party_id = p.id and r.status = 'ordered')
        or exists (select 1 from discipline_levels v where v.debtor_party_id = p.id and v.level <> 'none'))
    order by 1 limit ${limit}`.execute(db);
  return rows.map((r) => r.case_id);
}

/** Cases whose level may be above none or recorded so, after `after` in id order (the daily sweep). */
export async function casesToRecompute(db: Executor, after: string, n: number): Promise<string[]> {
  const { rows } = await sql<{ case_id: string }>`
    select case_id::text as case_id from (
      select case_id from dishonest_listings where status in ('decided','published')
      union select case_id from consumption_restrictions where status = 'ordered'
      union select case_id from discipline_levels where level <> 'none') x
    where case_id > ${after}::uuid order by case_id limit ${n}`.execute(db);
  return rows.map((r) => r.case_id);
}

/** The case's claim (fen): what the debtor owes. */
export async function claimOf(db: Executor, caseId: string): Promise<bigint> {
  const c = await db.selectFrom('cases').select('claim_amount').where('id', '=', caseId).executeTakeFirstOrThrow();
  return BigInt(c.claim_amount);
}
