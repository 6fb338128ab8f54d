import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// An export reads the personal data of many cases at once, possibly by the system itself (the
// command line): such a read is logged as one row, with the actor's name, the number of cases and
// the audit event that records its filters, instead of one row per case and user.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    alter table personal_data_reads alter column case_id drop not null;
    alter table personal_data_reads alter column user_id drop not null;
    alter table personal_data_reads add column actor_name text;
    alter table personal_data_reads add column cases integer;
    alter table personal_data_reads add column event_id uuid;
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
