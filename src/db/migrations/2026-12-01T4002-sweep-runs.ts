import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Every run of a daily sweep (src/scheduler/): when, for which day, how far it got, how it ended.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table sweep_runs (
      id uuid primary key,
      sweep text not null,
      as_of date not null,
      trigger text not null check (trigger in ('schedule','catch-up','cli','test')),
      dry_run boolean not null,
      item_limit integer,
      status text not null check (status in ('running','completed','failed')),
      examined integer not null default 0,
      changed integer not null default 0,
      done boolean not null default false,
      error text,
      started_at timestamptz not null,
      heartbeat_at timestamptz not null,
      finished_at timestamptz
    );
    create index sweep_runs_sweep_idx on sweep_runs(sweep, as_of desc, started_at desc);
    -- The session purge reads expired sessions by their expiry.
    create index sessions_expires_idx on sessions(expires_at);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
