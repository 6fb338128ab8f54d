import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// 失信被执行人名单 (src/credit, ADR 0190): one row per decision to list a debtor of a case. It is
// written as a request to the 院长 (approval_id); `approved_on` is the day the decision takes
// effect; `status` moves pending → decided → published → deleted / expired. A pending row whose
// request the 院长 rejected (or its filer withdrew) is read as rejected from the request's state.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table dishonest_listings (
      id uuid primary key,
      seq bigserial not null,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      debtor_party_id uuid not null references case_parties(id),
      debtor_name text not null,
      debtor_kind text not null check (debtor_kind in ('person','organization')),
      ground smallint not null check (ground between 1 and 6),
      evidence text not null,
      decided_on date not null,
      grace_months smallint not null check (grace_months between 0 and 3),
      publish_on date not null,
      term_years smallint check (term_years between 2 and 5),
      ends_on date,
      status text not null check (status in ('pending','decided','published','deleted','expired','rejected')),
      approval_id uuid references approval_requests(id),
      approved_on date,
      published_on date,
      ended_on date,
      end_ground text,
      recorded_at timestamptz not null,
      recorded_by uuid,
      recorded_by_name text not null
    );
    create index dishonest_listings_case_idx on dishonest_listings(case_id, seq);
    create index dishonest_listings_court_idx on dishonest_listings(court_id, status);
    create index dishonest_listings_publish_idx on dishonest_listings(publish_on) where status = 'decided';
    create index dishonest_listings_debtor_idx on dishonest_listings(debtor_party_id);
    create unique index dishonest_listings_approval_idx on dishonest_listings(approval_id) where approval_id is not null;
  `,
  );
}
