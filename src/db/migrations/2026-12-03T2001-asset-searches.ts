import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Online asset searches (网络查控, src/searches) and the institution role (src/institutions): a
// search on a case, the outbound request it sent to each institution for each debtor, the findings
// from the answers; and the institution an `institution` user answers for.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table asset_searches (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      kinds jsonb not null,
      started_by uuid,
      started_by_name text not null,
      started_at timestamptz not null
    );
    create index asset_searches_case_idx on asset_searches(case_id, seq);

    create table asset_search_requests (
      request_id uuid primary key references outbound_requests(id),
      search_id uuid not null references asset_searches(id),
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      debtor_party_id uuid not null references case_parties(id),
      debtor_name text not null,
      institution text not null,
      kinds jsonb not null
    );
    create index asset_search_requests_search_idx on asset_search_requests(search_id);
    create index asset_search_requests_debtor_idx on asset_search_requests(case_id, debtor_party_id);

    create table asset_findings (
      id uuid primary key,
      seq bigint generated always as identity,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      search_id uuid not null references asset_searches(id),
      request_id uuid not null references outbound_requests(id),
      debtor_party_id uuid not null references case_parties(id),
      kind text not null,
      identifier text not null,
      institution text not null,
      estimated_value_fen bigint,
      details jsonb not null,
      found_at timestamptz not null,
      unique (request_id, kind, identifier)
    );
    create index asset_findings_case_idx on asset_findings(case_id, seq);

    alter table users drop constraint users_role_check;
    alter table users add constraint users_role_check
      check (role in ('administrator','judge','enforcer','clerk','bureau-head','coordinator','party','public','institution'));
    alter table users add column institution_code text;
    alter table users add constraint users_institution_check check ((role = 'institution') = (institution_code is not null));
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
