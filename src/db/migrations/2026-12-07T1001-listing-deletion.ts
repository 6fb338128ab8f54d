import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// Ending a dishonest listing and telling every recipient (src/credit, ADR 0205). A listing records
// why it ended (`end_ground`, `end_reason`, who ended it) and the last day of the three working days
// the court has for it (`deletion_due_on`). `credit_notifications` holds, per listing × recipient,
// the notice of its addition to the list (at publication) and of its deletion: a recipient's notices
// go out one at a time in `seq` order, the next when the previous one is acknowledged (`queued` →
// `sent` with its outbound request → `acknowledged`).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    alter table dishonest_listings add column end_reason text;
    alter table dishonest_listings add column ended_by_name text;
    alter table dishonest_listings add column deletion_due_on date;
    create index dishonest_listings_ends_idx on dishonest_listings(ends_on) where status = 'published';
    create index dishonest_listings_ended_debtor_idx on dishonest_listings(debtor_party_id, ended_on) where end_ground = 'applicant-request';
    create table credit_notifications (
      id uuid primary key,
      seq bigserial not null,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      listing_id uuid not null references dishonest_listings(id),
      recipient text not null,
      kind text not null check (kind in ('addition','deletion')),
      state text not null check (state in ('queued','sent','acknowledged')),
      request_id uuid references outbound_requests(id),
      created_at timestamptz not null,
      sent_at timestamptz,
      acknowledged_at timestamptz,
      reference text
    );
    create unique index credit_notifications_once_idx on credit_notifications(listing_id, recipient, kind);
    create index credit_notifications_head_idx on credit_notifications(recipient, seq) where state <> 'acknowledged';
    create index credit_notifications_request_idx on credit_notifications(request_id) where request_id is not null;
  `,
  );
}
