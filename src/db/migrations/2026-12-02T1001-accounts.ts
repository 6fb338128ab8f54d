import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Account pages (ADR 0062): a password set by an administrator must be changed at the next
// sign-in; a session gets a public id (the token's hash stays private), where it was opened
// from, and when it was last used.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    alter table users add column must_change_password boolean not null default false;
    alter table sessions add column id uuid not null default gen_random_uuid();
    alter table sessions add column address text;
    alter table sessions add column user_agent text;
    alter table sessions add column last_seen_at timestamptz;
    create unique index sessions_id_idx on sessions(id);
    create index users_court_role_idx on users(court_id, role);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
