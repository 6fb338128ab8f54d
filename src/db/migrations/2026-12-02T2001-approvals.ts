import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Approvals (审批, src/approvals): a request to take an action once the steps' roles have signed,
// and the decisions on it. At most one request per case is pending at a time.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table approval_requests (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid references cases(id),
      kind text not null,
      payload jsonb not null,
      summary text not null,
      reason text,
      steps jsonb not null,
      state text not null check (state in ('pending','approved','rejected','withdrawn')),
      current_step integer not null default 0,
      awaiting_role text,
      requested_by uuid,
      requested_by_name text not null,
      requested_at timestamptz not null,
      closed_at timestamptz,
      check ((state = 'pending') = (awaiting_role is not null))
    );
    create unique index approval_requests_one_pending_idx on approval_requests(case_id) where state = 'pending';
    create index approval_requests_inbox_idx on approval_requests(court_id, awaiting_role, seq) where state = 'pending';
    create index approval_requests_case_idx on approval_requests(case_id, seq);

    create table approval_decisions (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      request_id uuid not null references approval_requests(id),
      step integer not null,
      role text not null,
      decision text not null check (decision in ('approve','reject')),
      opinion text,
      decided_by uuid,
      decided_by_name text not null,
      decided_at timestamptz not null,
      unique (request_id, step)
    );
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
