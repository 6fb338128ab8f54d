import { Migrator, type Migration, type MigrationProvider } from 'kysely';
import type { Executor } from './connection.ts';
import * as foundation from './migrations/2026-11-26T0001-foundation.ts';
import * as personalDataReads from './migrations/2026-11-26T0002-personal-data-reads.ts';
// Outbound requests and documents (issue 10's shared mechanisms).
import * as outboundRequests from './migrations/2026-12-01T5001-outbound-requests.ts';
import * as documents from './migrations/2026-12-01T5002-documents.ts';

// Migrations are listed here, in order; names are frozen timestamps.
const migrations: Record<string, Migration> = {
  '2026-11-26T0001-foundation': foundation,
  '2026-11-26T0002-personal-data-reads': personalDataReads,
  // Outbound requests and documents (issue 10's shared mechanisms).
  '2026-12-01T5001-outbound-requests': outboundRequests,
  '2026-12-01T5002-documents': documents,
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
