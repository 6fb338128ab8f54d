import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Correction requests and 复议 of a dishonest listing (失信名单规定(2017) 第11–12条, ADR 0211). One
// row per request: its ground, the fields it asks to correct, the court's decision and, after a
// rejection, the 复议 at the higher court. At most one request per listing is pending. A justified
// ground-2 request stores the corrected published values on the listing (`corrected_*`, read by the
// public query before the case party's own); the recipients are told by a notice of kind
// `correction`, one per recipient and request (`ref` = the request's id; '' for the other kinds).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table listing_corrections (
      id uuid primary key,
      seq bigserial not null,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      listing_id uuid not null references dishonest_listings(id),
      ground text not null check (ground in ('not-listable','data-wrong','should-be-deleted')),
      request text not null,
      corrected_fields jsonb not null default '{}'::jsonb,
      filed_by_kind text not null check (filed_by_kind in ('debtor','officer')),
      filed_on date not null,
      state text not null check (state in ('pending','justified','rejected')),
      decided_on date,
      decision_reason text,
      decided_by_name text,
      review_due_on date not null,
      correct_due_on date,
      reconsideration_state text not null default 'none' check (reconsideration_state in ('none','pending','upheld','revoked')),
      reconsideration_filed_on date,
      reconsideration_court_id integer references courts(id),
      reconsideration_due_on date,
      reconsideration_decided_on date,
      reconsideration_reason text,
      reconsideration_decided_by_name text,
      recorded_at timestamptz not null,
      recorded_by uuid,
      recorded_by_name text not null
    );
    create unique index listing_corrections_one_pending_idx on listing_corrections(listing_id) where state = 'pending';
    create index listing_corrections_listing_idx on listing_corrections(listing_id, seq);
    alter table dishonest_listings add column corrected_id_number text;
    alter table dishonest_listings add column corrected_credit_code text;
    alter table dishonest_listings add column corrected_obligation text;
    create index dishonest_listings_corrected_id_idx on dishonest_listings(corrected_id_number) where corrected_id_number is not null;
    create index dishonest_listings_corrected_code_idx on dishonest_listings(corrected_credit_code) where corrected_credit_code is not null;
    alter table credit_notifications drop constraint credit_notifications_kind_check;
    alter table credit_notifications add constraint credit_notifications_kind_check check (kind in ('addition','deletion','correction'));
    alter table credit_notifications add column ref text not null default '';
    drop index credit_notifications_once_idx;
    create unique index credit_notifications_once_idx on credit_notifications(listing_id, recipient, kind, ref);
  `,
  );
}
