import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Reads of unmasked personal data (ID numbers, credit codes) are logged: who, which case, when.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table personal_data_reads (
      id bigint generated always as identity primary key,
      court_id integer not null references courts(id),
      case_id uuid not null,
      user_id uuid not null,
      purpose text not null,
      read_at timestamptz not null
    );
    create index personal_data_reads_case_idx on personal_data_reads(case_id, read_at);
    create index personal_data_reads_user_idx on personal_data_reads(user_id, read_at);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
