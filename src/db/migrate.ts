import { Migrator, sql, type Migration, type MigrationProvider } from 'kysely';
import type { Executor } from './connection.ts';
import * as foundation from './migrations/2026-11-26T0001-foundation.ts';
import * as personalDataReads from './migrations/2026-11-26T0002-personal-data-reads.ts';
import * as normalisedIdentities from './migrations/2026-12-01T3001-normalised-identities.ts';
import * as caseNumberKeys from './migrations/2026-12-01T3002-case-number-keys.ts';
import * as exportReads from './migrations/2026-12-01T3003-export-reads.ts';
import * as auditCheckpoints from './migrations/2026-12-01T3004-audit-checkpoints.ts';

// Migrations are listed here, in order; names are frozen timestamps.
const migrations: Record<string, Migration> = {
  '2026-11-26T0001-foundation': foundation,
  '2026-11-26T0002-personal-data-reads': personalDataReads,
  '2026-12-01T3001-normalised-identities': normalisedIdentities,
  '2026-12-01T3002-case-number-keys': caseNumberKeys,
  '2026-12-01T3003-export-reads': exportReads,
  '2026-12-01T3004-audit-checkpoints': auditCheckpoints,
};

// A migration may rewrite or index every row of a large table: the connection's statement
// timeout (src/platform/config.ts) is lifted inside its transaction, and only there.
const untimed = (m: Migration): Migration => ({
  up: async (db) => {
    await sql`set local statement_timeout = 0`.execute(db);
    await m.up(db);
  },
});
const provider: MigrationProvider = {
  getMigrations: async () => Object.fromEntries(Object.entries(migrations).map(([name, m]) => [name, untimed(m)])),
};

const migratorOf = (db: Executor) =>
  new Migrator({ db, provider, migrationTableName: 'schema_migrations', migrationLockTableName: 'schema_migrations_lock' });

/** The migrations this code knows that the database has not run yet; reads only. */
export async function pendingMigrations(db: Executor): Promise<string[]> {
  return (await migratorOf(db).getMigrations()).filter((m) => !m.executedAt).map((m) => m.name);
}

/** Runs the migrations up to and including `name` (a database as an older release left it: tests of migrations). */
export async function migrateTo(db: Executor, name: string): Promise<void> {
  const { error } = await migratorOf(db).migrateTo(name);
  if (error) throw error instanceof Error ? error : new Error(String(error));
}

export async function migrateToLatest(db: Executor): Promise<string[]> {
  const { error, results } = await migratorOf(db).migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
