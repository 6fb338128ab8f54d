import { Migrator, type Migration, type MigrationProvider } from 'kysely';
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

export async function migrateToLatest(db: Executor): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
    // Branches add migrations side by side; one that sorts before an applied one still runs.
    allowUnorderedMigrations: true,
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
