import { sql } from 'kysely';
import type { Tx } from '../db/connection.ts';

// The demo's two writes of its own. Its cases and deadlines are written by their contexts'
// writers, which stamp every row with one instant; a demo history spans months, so each row then
// gets the version and the times its own events gave it (what the use cases would have left).

const CHUNK = 1000;

/** Sets each case's version and updated_at (its last change), as its events moved them. */
export async function stampCases(tx: Tx, rows: readonly { id: string; version: number; updatedAt: Date }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = sql.join(rows.slice(i, i + CHUNK).map((r) => sql`(${r.id}::uuid, ${r.version}::integer, ${r.updatedAt}::timestamptz)`));
    await sql`update cases c set version = v.version, updated_at = v.updated_at
      from (values ${values}) as v(id, version, updated_at) where c.id = v.id`.execute(tx);
  }
}

/** Sets each deadline's created_at (its case's filing) and updated_at (its last change). */
export async function stampDeadlines(tx: Tx, rows: readonly { id: string; createdAt: Date; updatedAt: Date }[]): Promise<void> {
  for (let i = 0; i < rows.length; i += CHUNK) {
    const values = sql.join(
      rows.slice(i, i + CHUNK).map((r) => sql`(${r.id}::uuid, ${r.createdAt}::timestamptz, ${r.updatedAt}::timestamptz)`),
    );
    await sql`update deadlines d set created_at = v.created_at, updated_at = v.updated_at
      from (values ${values}) as v(id, created_at, updated_at) where d.id = v.id`.execute(tx);
  }
}
