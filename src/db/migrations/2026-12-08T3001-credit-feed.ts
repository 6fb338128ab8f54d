import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// The feed of additions to and deletions from the dishonest list (src/credit, ADR 0208): one row
// per publication and per end of a published listing, written in the transaction that makes it
// under one advisory lock, so that `seq` grows in commit order and a reader that asks "since my
// cursor" never skips a row. The public query reads published listings by the debtor's name (a
// prefix, text_pattern_ops) and by the party's ID number or credit code (exact, on the parties'
// indexes of the foundation).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create table credit_feed (
      seq bigserial primary key,
      court_id integer not null references courts(id),
      case_id uuid not null references cases(id),
      listing_id uuid not null references dishonest_listings(id),
      kind text not null check (kind in ('addition','deletion')),
      occurred_on date not null,
      recorded_at timestamptz not null
    );
    create unique index credit_feed_once_idx on credit_feed(listing_id, kind);
    create index dishonest_listings_public_name_idx on dishonest_listings(debtor_name text_pattern_ops) where status = 'published';
  `,
  );
}
