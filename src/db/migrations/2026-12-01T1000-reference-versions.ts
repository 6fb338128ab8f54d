import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// The version of each reference data set in the database: the court registry is re-synced only when
// its data version changes, and the calendar's version tells a running server to re-read overrides.
// Courts that leave the registry stay (cases point at them) but are no longer active.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table reference_versions (
      name text primary key,
      version text not null,
      updated_at timestamptz not null default now()
    );
    alter table courts add column active boolean not null default true;
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
