import { sql } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { CourtLevel } from './courts.types.ts';

// The courts table and the registry's data version (one row of reference_versions).

export type CourtTableRow = {
  id: number;
  code: string;
  name: string;
  level: CourtLevel;
  parent_id: number | null;
  province_code: string | null;
  division_code: string | null;
  special: string | null;
};

export async function referenceVersion(db: Executor, name: string): Promise<string | undefined> {
  const row = await db.selectFrom('reference_versions').select('version').where('name', '=', name).executeTakeFirst();
  return row?.version;
}

export async function setReferenceVersion(tx: Tx, name: string, version: string, at: Date): Promise<void> {
  await tx
    .insertInto('reference_versions')
    .values({ name, version })
    .onConflict((oc) => oc.column('name').doUpdateSet({ version, updated_at: at }))
    .execute();
}

/** Holds every other writer of courts off until the transaction ends. */
export async function lockCourts(tx: Tx): Promise<void> {
  await sql`lock table courts in exclusive mode`.execute(tx);
}

export function courtCodes(db: Executor): Promise<{ id: number; code: string }[]> {
  return db.selectFrom('courts').select(['id', 'code']).execute();
}

export async function upsertCourts(tx: Tx, rows: readonly CourtTableRow[]): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await tx
      .insertInto('courts')
      .values(rows.slice(i, i + 1000))
      .onConflict((oc) =>
        oc.column('code').doUpdateSet((eb) => ({
          name: eb.ref('excluded.name'),
          level: eb.ref('excluded.level'),
          province_code: eb.ref('excluded.province_code'),
          division_code: eb.ref('excluded.division_code'),
          special: eb.ref('excluded.special'),
          active: true,
        })),
      )
      .execute();
  }
}

/** Sets parent_id from (court id, parent id) pairs, touching only rows whose parent changed. */
export async function linkParents(tx: Tx, links: readonly (readonly [number, number])[]): Promise<void> {
  for (let i = 0; i < links.length; i += 1000) {
    const chunk = links.slice(i, i + 1000);
    await sql`update courts set parent_id = v.parent from (values ${sql.join(
      chunk.map(([id, parent]) => sql`(${id}::int, ${parent}::int)`),
    )}) as v(id, parent) where courts.id = v.id and courts.parent_id is distinct from v.parent`.execute(tx);
  }
}

export async function retireCourts(tx: Tx, ids: readonly number[]): Promise<void> {
  if (ids.length) await tx.updateTable('courts').set({ active: false }).where('id', 'in', ids).execute();
}

export function allCourtRows(db: Executor) {
  return db.selectFrom('courts').selectAll().orderBy('id').execute();
}
