/* eslint-disable @typescript-eslint/no-explicit-any -- a write's table and output are any of the schema's */
import { sql, type DeleteQueryBuilder, type InsertQueryBuilder, type Kysely, type QueryCreator, type UpdateQueryBuilder } from 'kysely';
import type { Database } from './schema.ts';

// Runs a script of several statements one by one: PGlite's extended protocol takes one at a time.
export async function execStatements(db: Kysely<unknown>, script: string): Promise<void> {
  const statements = script
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/** A write that can run alone or as one data-modifying CTE of a larger statement. */
export type Write = (
  db: QueryCreator<Database>,
) => InsertQueryBuilder<Database, any, any> | UpdateQueryBuilder<Database, any, any, any> | DeleteQueryBuilder<Database, any, any>;

// Several writes in one round trip: all but the last as data-modifying CTEs (with w0 as (…), …).
// They run on one snapshot, so none may read what another writes, nor two of them write one row.
export async function writeTogether(trx: Kysely<Database>, writes: readonly Write[]): Promise<void> {
  if (writes.length === 0) return;
  let creator: QueryCreator<Database> = trx;
  for (const [i, write] of writes.slice(0, -1).entries()) creator = creator.with(`w${i}`, write) as unknown as QueryCreator<Database>;
  await writes[writes.length - 1]!(creator).execute();
}
