import type { Kysely } from 'kysely';
import { execStatements } from '../statements.ts';

// The court's dishonest-list register and the credit statistics (src/credit, ADR 0207). The register
// reads one court's listings newest decision first; the statistics count, per court, the listings
// published and ended in a quarter, and the restriction and restoration events of the quarter (a
// partial index: those two actions are a sliver of the events table).
export async function up(db: Kysely<unknown>): Promise<void> {
  await execStatements(
    db,
    `
    create index dishonest_listings_register_idx on dishonest_listings(court_id, decided_on desc, seq desc);
    create index dishonest_listings_published_idx on dishonest_listings(court_id, published_on) where published_on is not null;
    create index dishonest_listings_ended_idx on dishonest_listings(court_id, ended_on) where ended_on is not null;
    create index events_credit_statistics_idx on events(court_id, action, occurred_at)
      where action in ('credit.restriction-imposed', 'credit.restoration-approved');
  `,
  );
}
