import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Failed sign-in attempts, known usernames or not, each written the same way (so the answer's
// timing says nothing about whether a username exists); the hard lockout columns are left unused.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table sign_in_failures (
      id bigint generated always as identity primary key,
      username text not null,
      address text not null,
      user_id uuid,
      reason text not null,
      at timestamptz not null
    );
    create index sign_in_failures_at_idx on sign_in_failures(at);
    create index sign_in_failures_user_idx on sign_in_failures(user_id, at) where user_id is not null;
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
