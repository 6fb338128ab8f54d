import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Node deadlines (节点期限): one row per case × node × subject, with its basis, dates and state;
// the reminders recorded for it, one per deadline × offset × due date. See src/deadlines/README.md.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table deadlines (
      id uuid primary key,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      node text not null,
      subject text not null default '',
      title text not null,
      basis jsonb not null,
      start_on date not null,
      length integer check (length > 0),
      unit text not null check (unit in ('day','workday','month','year','given')),
      due_on date not null,
      state text not null check (state in ('open','met','overdue','waived')),
      met_on date,
      waived_reason text,
      pauses jsonb not null default '[]',
      paused_since date,
      provisional_years integer[] not null default '{}',
      created_at timestamptz not null,
      updated_at timestamptz not null,
      unique (case_id, node, subject),
      check (state <> 'waived' or waived_reason is not null),
      check (state <> 'met' or met_on is not null),
      check ((unit = 'given') = (length is null))
    );
    create index deadlines_court_due_idx on deadlines(court_id, due_on, id) where state in ('open','overdue');
    create index deadlines_court_state_idx on deadlines(court_id, state, due_on);
    create index deadlines_running_due_idx on deadlines(due_on, id) where state = 'open' and paused_since is null;
    create index deadlines_provisional_idx on deadlines(id) where cardinality(provisional_years) > 0 and state in ('open','overdue');

    create table deadline_reminders (
      deadline_id uuid not null references deadlines(id),
      court_id integer not null references courts(id),
      days_before integer not null,
      due_on date not null,
      reminded_on date not null,
      primary key (deadline_id, due_on, days_before)
    );
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
