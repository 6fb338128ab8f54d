import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// A deadline of the court rather than of a case (ADR 0160): the claim deadline of 暂存款, which
// belongs to no case until it is claimed. Its case is null, its subject names the receipt, and
// one row per court × node × subject is the key that (case, node, subject) is for case rows.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    alter table deadlines alter column case_id drop not null;
    alter table deadlines add constraint deadlines_court_row_has_subject check (case_id is not null or subject <> '');
    create unique index deadlines_court_node_subject_key on deadlines(court_id, node, subject) where case_id is null;
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
