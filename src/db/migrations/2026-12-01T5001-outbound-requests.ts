import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Requests to outside institutions (docs/adr/0042-outbound-requests.md): written in the
// transaction of the fact that causes them, delivered by the outbox worker; every attempt and
// every answer is kept.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table outbound_requests (
      id uuid primary key,
      court_id integer not null references courts(id),
      case_id uuid references cases(id),
      institution text not null,
      kind text not null,
      payload jsonb not null,
      idempotency_key text not null unique,
      status text not null check (status in ('pending','sent','answered','failed','timed-out')),
      attempts integer not null default 0,
      max_attempts integer not null check (max_attempts >= 1),
      next_attempt_at timestamptz not null,
      lease_owner text,
      lease_expires_at timestamptz,
      sent_at timestamptz,
      answer_due_at timestamptz,
      answered_at timestamptz,
      failure_reason text,
      created_at timestamptz not null,
      updated_at timestamptz not null
    );
    create index outbound_requests_due_idx on outbound_requests(institution, next_attempt_at, id) where status = 'pending';
    create index outbound_requests_awaiting_idx on outbound_requests(answer_due_at) where status = 'sent';
    create index outbound_requests_case_idx on outbound_requests(case_id, created_at);
    create index outbound_requests_status_idx on outbound_requests(status, created_at);

    create table outbound_attempts (
      request_id uuid not null references outbound_requests(id),
      attempt integer not null,
      court_id integer not null,
      worker text not null,
      started_at timestamptz not null,
      finished_at timestamptz,
      outcome text check (outcome in ('accepted','answered','failed','retryable','timed-out','abandoned')),
      detail text,
      primary key (request_id, attempt)
    );

    create table outbound_answers (
      id uuid primary key,
      request_id uuid not null references outbound_requests(id),
      court_id integer not null,
      source text not null check (source in ('connector','api')),
      received_at timestamptz not null,
      body jsonb not null
    );
    create index outbound_answers_request_idx on outbound_answers(request_id, received_at);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
