import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Executor } from './connection.ts';
import * as foundation from './migrations/2026-11-26T0001-foundation.ts';
import * as personalDataReads from './migrations/2026-11-26T0002-personal-data-reads.ts';
// Deadlines, sweeps, idempotency keys and the deferral's end (src/deadlines, src/scheduler, src/idempotency).
import * as deadlines from './migrations/2026-12-01T4001-deadlines.ts';
import * as sweepRuns from './migrations/2026-12-01T4002-sweep-runs.ts';
import * as idempotencyKeys from './migrations/2026-12-01T4003-idempotency-keys.ts';
import * as deferralUntil from './migrations/2026-12-01T4004-deferral-until.ts';

// Migrations are listed here, in order; names are frozen timestamps.
const migrations: Record<string, Migration> = {
  '2026-11-26T0001-foundation': foundation,
  '2026-11-26T0002-personal-data-reads': personalDataReads,
  // Deadlines, sweeps, idempotency keys and the deferral's end.
  '2026-12-01T4001-deadlines': deadlines,
  '2026-12-01T4002-sweep-runs': sweepRuns,
  '2026-12-01T4003-idempotency-keys': idempotencyKeys,
  '2026-12-01T4004-deferral-until': deferralUntil,
};

const provider: MigrationProvider = { getMigrations: async () => migrations };

export async function migrateToLatest(db: Executor): Promise<string[]> {
  const migrator = new Migrator({
    db,
    provider,
    migrationTableName: 'schema_migrations',
    migrationLockTableName: 'schema_migrations_lock',
  });
  const { error, results } = await migrator.migrateToLatest();
  if (error) throw error instanceof Error ? error : new Error(String(error));
  return (results ?? []).filter((r) => r.status === 'Success').map((r) => r.migrationName);
}
