import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Credit restoration (信用修复, src/credit, ADR 0209): the debtor's or the officer's request to delete a
// listing early because the debtor actively performed or corrected its behaviour (失信名单规定(2017)
// 第2条第2款), with its ground, facts and written commitment (信用承诺), decided through an approval
// (执行法官 → 院长). At most one request per listing is pending at a time.
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table credit_restorations (
      id uuid primary key,
      seq bigserial not null,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      listing_id uuid not null references dishonest_listings(id),
      debtor_party_id uuid not null references case_parties(id),
      ground text not null,
      evidence text not null,
      commitment text not null,
      filed_by_kind text not null check (filed_by_kind in ('debtor','officer')),
      filed_by uuid,
      filed_by_name text not null,
      filed_at timestamptz not null,
      state text not null check (state in ('pending','approved','rejected','withdrawn')),
      approval_id uuid references approval_requests(id),
      decided_on date,
      decision_reason text
    );
    create unique index credit_restorations_one_pending_idx on credit_restorations(listing_id) where state = 'pending';
    create unique index credit_restorations_approval_idx on credit_restorations(approval_id) where approval_id is not null;
    create index credit_restorations_listing_idx on credit_restorations(listing_id, seq);
    create index credit_restorations_court_idx on credit_restorations(court_id, state);
  `,
  );
}

export async function down(): Promise<void> {
  throw new Error('migrations are forward-only');
}
