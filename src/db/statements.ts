import { sql, type Kysely, type RawBuilder } from 'kysely';
import type { Database } from './schema.ts';

// Runs a script of several statements one by one: PGlite's extended protocol takes one at a time.
export async function execStatements(db: Kysely<unknown>, script: string): Promise<void> {
  const statements = script
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const statement of statements) await sql.raw(statement).execute(db);
}

/** A write that can run alone or as one data-modifying CTE of a larger statement: plain SQL. */
export type Write = RawBuilder<unknown>;

// Rows as one INSERT in plain SQL: on a hot path the query builder costs more CPU than the insert.
// `columns` are the table's, written by us (never input); the values go as parameters.
export function insertRows<R extends Record<string, unknown>>(
  table: keyof Database,
  columns: readonly (keyof R & string)[],
  rows: readonly R[],
): Write {
  const values = rows.map((r) => sql`(${sql.join(columns.map((c) => r[c]))})`);
  return sql`insert into ${sql.raw(table)} (${sql.raw(columns.join(', '))}) values ${sql.join(values)}`;
}

// Several writes in one round trip: all but the last as data-modifying CTEs (with w0 as (…), …).
// They run on one snapshot, so none may read what another writes, nor two of them write one row.
export async function writeTogether(trx: Kysely<Database>, writes: readonly Write[]): Promise<void> {
  if (writes.length === 0) return;
  const ctes = writes.slice(0, -1).map((w, i) => sql`${sql.raw(`w${i}`)} as (${w})`);
  const last = writes[writes.length - 1]!;
  await (ctes.length ? sql`with ${sql.join(ctes)} ${last}` : last).execute(trx);
}
