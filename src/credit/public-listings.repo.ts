import { sql } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { CreditFeedKind } from '../db/credit-schema.ts';

// The published dishonest list as the public and the recipients read it (ADR 0208). Only what
// 失信名单规定 第6条 publishes is selected here: no address, no phone, no evidence text, no
// agent; the ID number is selected in full and masked by the use case before it leaves.

export type PublicListingRow = {
  listingId: string;
  debtorName: string;
  debtorKind: 'person' | 'organization';
  idNumber: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  ground: number;
  publishedOn: string;
  endsOn: string | null;
  caseNumber: string;
  filedOn: string;
  courtCode: string;
  courtName: string;
  basisIssuer: string | null;
  basisNumber: string | null;
  obligations: unknown;
  correctedObligation: string | null;
  claim: string;
  received: string;
};

export type PublicQuery = { by: 'name'; name: string } | { by: 'id-number'; value: string } | { by: 'credit-code'; value: string };

const LIMIT = 50;

/** Published listings (status `published`) by the debtor's name prefix, ID number or credit code. */
export async function findPublishedListings(db: Executor, q: PublicQuery): Promise<{ rows: PublicListingRow[]; truncated: boolean }> {
  let query = db
    .selectFrom('dishonest_listings as l')
    .innerJoin('case_parties as p', 'p.id', 'l.debtor_party_id')
    .innerJoin('cases as c', 'c.id', 'l.case_id')
    .innerJoin('courts as t', 't.id', 'l.court_id')
    .leftJoin('case_titles as ti', 'ti.case_id', 'l.case_id')
    .select([
      'l.id as listingId',
      'l.debtor_name as debtorName',
      'l.debtor_kind as debtorKind',
      // A justified correction of the published data (第11条第2项, ADR 0211) is read before the party's own.
      sql<string | null>`coalesce(l.corrected_id_number, p.id_number)`.as('idNumber'),
      sql<string | null>`coalesce(l.corrected_credit_code, p.credit_code)`.as('creditCode'),
      'p.legal_representative as legalRepresentative',
      'l.corrected_obligation as correctedObligation',
      'l.ground',
      sql<string>`l.published_on::text`.as('publishedOn'),
      sql<string | null>`l.ends_on::text`.as('endsOn'),
      'c.case_number as caseNumber',
      sql<string>`c.filed_on::text`.as('filedOn'),
      't.code as courtCode',
      't.name as courtName',
      'ti.issuer as basisIssuer',
      'ti.document_number as basisNumber',
      'ti.obligations',
      sql<string>`c.claim_amount::text`.as('claim'),
      sql<string>`coalesce((select sum(r.amount) from funds_receipts r where r.case_id = l.case_id), 0)::text`.as('received'),
    ])
    .where('l.status', '=', 'published');
  if (q.by === 'name') query = query.where('l.debtor_name', 'like', `${q.name.replace(/[\\%_]/g, (c) => `\\${c}`)}%`);
  else if (q.by === 'id-number')
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('p.id_number', '=', q.value), eb('l.corrected_id_number', 'is', null)]),
        eb('l.corrected_id_number', '=', q.value),
      ]),
    );
  else
    query = query.where((eb) =>
      eb.or([
        eb.and([eb('p.credit_code', '=', q.value), eb('l.corrected_credit_code', 'is', null)]),
        eb('l.corrected_credit_code', '=', q.value),
      ]),
    );
  const rows = await query
    .orderBy('l.published_on', 'desc')
    .orderBy('l.id')
    .limit(LIMIT + 1)
    .execute();
  return { rows: rows.slice(0, LIMIT), truncated: rows.length > LIMIT };
}

// The feed. One advisory lock orders every writer: a row's seq is taken under it and the lock is
// held to the commit, so rows become visible in seq order (lock order: case → listing → feed →
// each recipient's notices, ADR 0205/0208).
export async function appendFeedEntry(
  tx: Tx,
  row: { court_id: number; case_id: string; listing_id: string; kind: CreditFeedKind; occurred_on: string; recorded_at: Date },
): Promise<void> {
  await sql`select pg_advisory_xact_lock(hashtext('zhixing.credit-feed:public'))`.execute(tx);
  await tx
    .insertInto('credit_feed')
    .values(row)
    .onConflict((oc) => oc.columns(['listing_id', 'kind']).doNothing())
    .execute();
}

export type FeedRow = {
  seq: string;
  kind: CreditFeedKind;
  occurredOn: string;
  listingId: string;
  courtCode: string;
  courtName: string;
  caseNumber: string;
  debtorName: string;
  debtorKind: 'person' | 'organization';
  idNumber: string | null;
  creditCode: string | null;
  legalRepresentative: string | null;
  ground: number;
  endsOn: string | null;
  endGround: string | null;
};

/** Feed entries after `after` (a seq), oldest first, at most `limit`. */
export async function feedAfter(db: Executor, after: bigint, limit: number): Promise<FeedRow[]> {
  return db
    .selectFrom('credit_feed as f')
    .innerJoin('dishonest_listings as l', 'l.id', 'f.listing_id')
    .innerJoin('case_parties as p', 'p.id', 'l.debtor_party_id')
    .innerJoin('cases as c', 'c.id', 'f.case_id')
    .innerJoin('courts as t', 't.id', 'f.court_id')
    .select([
      sql<string>`f.seq::text`.as('seq'),
      'f.kind',
      sql<string>`f.occurred_on::text`.as('occurredOn'),
      'f.listing_id as listingId',
      't.code as courtCode',
      't.name as courtName',
      'c.case_number as caseNumber',
      'l.debtor_name as debtorName',
      'l.debtor_kind as debtorKind',
      'p.id_number as idNumber',
      'p.credit_code as creditCode',
      'p.legal_representative as legalRepresentative',
      'l.ground',
      sql<string | null>`l.ends_on::text`.as('endsOn'),
      'l.end_ground as endGround',
    ])
    .where('f.seq', '>', after)
    .orderBy('f.seq')
    .limit(limit)
    .execute();
}
