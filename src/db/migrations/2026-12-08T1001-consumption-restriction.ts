import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// 限制消费令 (src/credit, ADR 0206): one row per order against a debtor of a case. An order by the
// officer is a request to the 院长 (approval_id) and `pending` until approved, then `ordered` with its
// 限制消费令 (document_id); one made by a 失信 listing's publication is `ordered` at once and names the
// listing (listing_id). `lifted` on a ground of 第9条. `restriction_persons` are the persons it restricts
// (the debtor himself, or a unit's legal representative, principal, responsible persons, actual
// controller); `restriction_spending_requests` the requests to spend on a restricted item and the
// court's decision. Every row carries court_id.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table consumption_restrictions (
      id uuid primary key,
      seq bigserial not null,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      debtor_party_id uuid not null references case_parties(id),
      debtor_name text not null,
      debtor_kind text not null check (debtor_kind in ('person','organization')),
      status text not null check (status in ('pending','ordered','lifted','rejected')),
      ordered_on date not null,
      approval_id uuid references approval_requests(id),
      approved_on date,
      document_id uuid references documents(id),
      listing_id uuid references dishonest_listings(id),
      lifted_on date,
      lift_ground text check (lift_ground in ('performed','security','consent')),
      lift_reason text,
      lifted_by_name text,
      recorded_at timestamptz not null,
      recorded_by uuid,
      recorded_by_name text not null
    );
    create index consumption_restrictions_case_idx on consumption_restrictions(case_id, seq);
    create index consumption_restrictions_court_idx on consumption_restrictions(court_id, status);
    create index consumption_restrictions_debtor_idx on consumption_restrictions(debtor_party_id) where status in ('pending','ordered');
    create unique index consumption_restrictions_approval_idx on consumption_restrictions(approval_id) where approval_id is not null;
    create table restriction_persons (
      id uuid primary key,
      seq bigserial not null,
      court_id integer not null references courts(id),
      restriction_id uuid not null references consumption_restrictions(id),
      role text not null check (role in ('debtor','legal-representative','principal','responsible-person','actual-controller')),
      name text not null,
      id_number text
    );
    create index restriction_persons_restriction_idx on restriction_persons(restriction_id, seq);
    create table restriction_spending_requests (
      id uuid primary key,
      seq bigserial not null,
      court_id integer not null references courts(id),
      restriction_id uuid not null references consumption_restrictions(id),
      person_id uuid not null references restriction_persons(id),
      person_name text not null,
      item text not null,
      basis text not null check (basis in ('personal-money','necessity')),
      reason text not null,
      amount_fen bigint not null check (amount_fen > 0),
      status text not null check (status in ('pending','granted','refused')),
      requested_at timestamptz not null,
      requested_by_name text not null,
      decided_on date,
      decided_by uuid,
      decided_by_name text,
      decision_reason text
    );
    create index restriction_spending_requests_restriction_idx on restriction_spending_requests(restriction_id, seq);
  `,
  );
}
