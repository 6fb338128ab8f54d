import { sql, type Kysely } from 'kysely';

// Runs a script of several statements one by one: PGlite's extended protocol takes one at a time.
export async function execStatements(db: Kysely<unknown>, script: string): Promise<void> {
  const statements = script
    .split(/;\s*\n/)
    .map((s) => s.trim())
    .filter((s) => s.length > 0);
  for (const statement of statements) await sql.raw(statement).execute(db);
}
