import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Frozen once released: later changes go in a new, later migration.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table courts (
      id integer primary key,
      code text not null unique,
      name text not null,
      level text not null check (level in ('supreme','high','intermediate','basic')),
      parent_id integer references courts(id),
      province_code text,
      division_code text,
      special text
    );
    create index courts_parent_idx on courts(parent_id);

    create table users (
      id uuid primary key,
      username text not null unique,
      display_name text not null,
      password_hash text not null,
      role text not null check (role in ('administrator','judge','enforcer','clerk','bureau-head','coordinator','party','public')),
      court_id integer not null references courts(id),
      scope text not null check (scope in ('court','subtree')),
      party_identity text,
      failed_logins integer not null default 0,
      locked_until timestamptz,
      disabled boolean not null default false,
      created_at timestamptz not null default now()
    );

    create table sessions (
      token_hash text primary key,
      user_id uuid not null references users(id),
      created_at timestamptz not null,
      expires_at timestamptz not null,
      revoked_at timestamptz
    );
    create index sessions_user_idx on sessions(user_id);

    create table case_number_sequences (
      court_id integer not null references courts(id),
      year integer not null,
      special_code text not null default '',
      type_code text not null,
      last_serial integer not null,
      primary key (court_id, year, special_code, type_code)
    );

    create table cases (
      id uuid primary key,
      court_id integer not null references courts(id),
      case_number text not null unique,
      year integer not null,
      type text not null check (type in ('first','resumed','preservation')),
      type_code text not null,
      serial integer not null,
      status text not null check (status in ('filed','in-progress','suspended','deferred','closed')),
      filed_on date not null,
      claim_amount bigint not null check (claim_amount >= 0),
      officer_id uuid references users(id),
      closure_mode text,
      closed_on date,
      closure_reason text,
      resumed_from_id uuid references cases(id),
      applicant_names text not null default '',
      debtor_names text not null default '',
      created_at timestamptz not null,
      updated_at timestamptz not null,
      version integer not null default 1
    );
    create index cases_court_filed_idx on cases(court_id, filed_on desc, id);
    create index cases_court_status_idx on cases(court_id, status);
    create index cases_officer_idx on cases(officer_id);

    create table case_titles (
      case_id uuid primary key references cases(id),
      court_id integer not null,
      document_number text not null,
      issuer text not null,
      effective_on date not null,
      performance_deadline date,
      obligations jsonb not null
    );

    create table case_parties (
      id uuid primary key,
      case_id uuid not null references cases(id),
      court_id integer not null,
      role text not null check (role in ('applicant','debtor','third-party')),
      position integer not null,
      kind text not null check (kind in ('person','organization')),
      name text not null,
      id_number text,
      credit_code text,
      legal_representative text
    );
    create index case_parties_case_idx on case_parties(case_id);
    create index case_parties_id_number_idx on case_parties(id_number);
    create index case_parties_credit_code_idx on case_parties(credit_code);

    create table events (
      court_id integer not null references courts(id),
      seq bigint not null,
      id uuid not null unique,
      case_id uuid,
      actor_id uuid,
      actor_name text not null,
      occurred_at timestamptz not null,
      action text not null,
      entity_type text not null,
      entity_id text not null,
      changes jsonb not null,
      prev_hash text not null,
      hash text not null,
      primary key (court_id, seq)
    );
    create index events_case_idx on events(case_id, court_id, seq);

    create table audit_heads (
      court_id integer primary key references courts(id),
      last_seq bigint not null,
      last_hash text not null
    );

    create table calendar_overrides (
      year integer primary key,
      holidays jsonb not null,
      workdays jsonb not null,
      note text not null default ''
    );
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
