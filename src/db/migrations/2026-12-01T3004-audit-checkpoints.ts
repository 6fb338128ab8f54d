import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Signed checkpoints of the audit chain heads, kept apart from the events: a chain cut short, or a
// court's chain deleted with its head, no longer verifies against them. Each checkpoint is signed
// (Ed25519, with a key the database does not hold) and chained to the one before it by `n` and
// `prev_signature`, so that one cannot be taken out of the middle either. See docs/adr/0030.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table audit_checkpoints (
      n bigint primary key,
      court_id integer not null references courts(id),
      seq bigint not null,
      hash text not null,
      signed_at timestamptz not null,
      key_id text not null,
      prev_signature text not null,
      signature text not null
    );
    create index audit_checkpoints_court_idx on audit_checkpoints(court_id, seq);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
