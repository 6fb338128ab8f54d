import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Executor } from './connection.ts';
import * as foundation from './migrations/2026-11-26T0001-foundation.ts';
import * as personalDataReads from './migrations/2026-11-26T0002-personal-data-reads.ts';
import * as referenceVersions from './migrations/2026-12-01T1000-reference-versions.ts';
import * as caseListIndexes from './migrations/2026-12-01T2001-case-list-indexes.ts';
import * as signInFailures from './migrations/2026-12-01T6000-sign-in-attempts.ts';

// Migrations are listed here, in order; names are frozen timestamps.
const migrations: Record<string, Migration> = {
  '2026-11-26T0001-foundation': foundation,
  '2026-11-26T0002-personal-data-reads': personalDataReads,
  '2026-12-01T1000-reference-versions': referenceVersions,
  '2026-12-01T2001-case-list-indexes': caseListIndexes,
  '2026-12-01T6000-sign-in-attempts': signInFailures,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

/** The migrations this database has not run yet (all of them on an empty database). */
export async function pendingMigrations(db: Executor): Promise<string[]> {
  const table = await sql<{ t: string | null }>`select to_regclass('schema_migrations')::text as t`.execute(db);
  if (!table.rows[0]?.t) return Object.keys(migrations);
  const done = await sql<{ name: string }>`select name from schema_migrations`.execute(db);
  const applied = new Set(done.rows.map((r) => r.name));
  return Object.keys(migrations).filter((m) => !applied.has(m));
}

export async function migrateToLatest(db: Executor): Promise<string[]> {
  // Most starts find nothing to do: one cheap query instead of the migrator's locking round.
  if ((await pendingMigrations(db)).length === 0) return [];
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    // Branches add migrations side by side; one that sorts before an applied one still runs.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(JSON.stringify(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
