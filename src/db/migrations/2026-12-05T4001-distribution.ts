import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Distribution among creditors (参与分配, src/distribution, ADR 0165): one distribution on a
// debtor's proceeds held in the lead case's account, the creditors who joined it (their claims,
// with their allocations once the plan is drawn up), and the objections to the plan. Money is
// integer fen; every row carries court_id (architecture: scale path).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table distributions (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      debtor_party_id uuid not null references case_parties(id),
      debtor_name text not null,
      debtor_identity text not null,
      debtor_kind text not null check (debtor_kind in ('person','enterprise')),
      proceeds bigint not null check (proceeds > 0),
      costs bigint not null check (costs >= 0),
      status text not null check (status in ('open','planned','closed')),
      plan_input jsonb,
      plan_result jsonb,
      costs_paid bigint,
      remainder bigint,
      document_id uuid references documents(id),
      planned_on date,
      opened_on date not null,
      opened_at timestamptz not null,
      opened_by_name text not null
    );
    create index distributions_case_idx on distributions(case_id, seq);

    create table distribution_claims (
      id uuid primary key,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      distribution_id uuid not null references distributions(id),
      position integer not null,
      creditor_name text not null,
      source_case_id uuid references cases(id),
      party_id uuid references case_parties(id),
      title_number text,
      amount bigint not null check (amount > 0),
      priority integer,
      priority_basis text,
      seizure_rank integer,
      joined_on date not null,
      allocated bigint,
      stage text check (stage in ('priority','ordinary')),
      shortfall bigint,
      served_on date,
      objection_due_on date,
      paid bigint not null default 0 check (paid >= 0),
      unique (distribution_id, position),
      check (priority is not null or source_case_id is not null)
    );
    create index distribution_claims_distribution_idx on distribution_claims(distribution_id, position);

    create table distribution_objections (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      distribution_id uuid not null references distributions(id),
      claim_id uuid not null references distribution_claims(id),
      target_claim_id uuid not null references distribution_claims(id),
      disputed bigint not null check (disputed > 0),
      reason text not null,
      objected_on date not null,
      notified_on date,
      answer_due_on date,
      state text not null check (state in ('raised','stands','suit-filed','ended')),
      outcome_on date,
      hold_id uuid references funds_holds(id),
      recorded_at timestamptz not null,
      recorded_by_name text not null
    );
    create index distribution_objections_distribution_idx on distribution_objections(distribution_id, seq);
  `,
  );
}
