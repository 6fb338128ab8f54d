import { copyInto, type Executor, type Tx } from '../db/connection.ts';
import type { RequestStatus } from '../outbox/outbox.types.ts';

// SQL of the searches context: searches, the requests they sent (a link to the outbox's
// outbound_requests), and the findings from the answers.

export type NewSearch = {
  id: string;
  courtId: number;
  caseId: string;
  kinds: readonly string[];
  startedBy: string | null;
  startedByName: string;
  startedAt: Date;
};

export async function insertSearch(tx: Tx, s: NewSearch): Promise<void> {
  await insertSearches(tx, [s]);
}

// Rows per INSERT: well under PostgreSQL's 65,535 parameters whatever the table's width.
const CHUNK = 2_000;
const chunks = <T>(rows: readonly T[]): T[][] =>
  Array.from({ length: Math.ceil(rows.length / CHUNK) }, (_, i) => rows.slice(i * CHUNK, (i + 1) * CHUNK));

export async function insertSearches(tx: Tx, list: readonly NewSearch[]): Promise<void> {
  for (const part of chunks(list))
    await tx
      .insertInto('asset_searches')
      .values(
        part.map((s) => ({
          id: s.id,
          court_id: s.courtId,
          case_id: s.caseId,
          kinds: JSON.stringify(s.kinds),
          started_by: s.startedBy,
          started_by_name: s.startedByName,
          started_at: s.startedAt,
        })),
      )
      .execute();
}

export type NewSearchRequest = {
  requestId: string;
  searchId: string;
  courtId: number;
  caseId: string;
  debtorPartyId: string;
  debtorName: string;
  institution: string;
  kinds: readonly string[];
};

const LINK_COLUMNS = ['request_id', 'search_id', 'court_id', 'case_id', 'debtor_party_id', 'debtor_name', 'institution', 'kinds'];

/** The searches' links to their requests, in one COPY (a sweep's batch writes thousands). */
export async function insertSearchRequests(tx: Tx, rows: readonly NewSearchRequest[]): Promise<void> {
  if (rows.length === 0) return;
  await copyInto(
    tx,
    'asset_search_requests',
    LINK_COLUMNS,
    rows.map((r) => [r.requestId, r.searchId, r.courtId, r.caseId, r.debtorPartyId, r.debtorName, r.institution, JSON.stringify(r.kinds)]),
  );
}

/** The case's debtors (party ids) that have a request still waiting (pending or sent). */
export async function debtorsWaiting(db: Executor, caseId: string): Promise<Set<string>> {
  const rows = await db
    .selectFrom('asset_search_requests as s')
    .innerJoin('outbound_requests as r', 'r.id', 's.request_id')
    .select('s.debtor_party_id')
    .distinct()
    .where('s.case_id', '=', caseId)
    .where('r.status', 'in', ['pending', 'sent'])
    .execute();
  return new Set(rows.map((r) => r.debtor_party_id));
}

export async function countSearches(db: Executor, caseId: string): Promise<number> {
  const row = await db
    .selectFrom('asset_searches')
    .select((eb) => eb.fn.countAll<string>().as('n'))
    .where('case_id', '=', caseId)
    .executeTakeFirstOrThrow();
  return Number(row.n);
}

export type SearchRow = {
  id: string;
  court_id: number;
  case_id: string;
  kinds: unknown;
  started_by_name: string;
  started_at: Date;
};

export async function searchRows(db: Executor, where: { caseId: string } | { id: string }): Promise<SearchRow[]> {
  let q = db.selectFrom('asset_searches').select(['id', 'court_id', 'case_id', 'kinds', 'started_by_name', 'started_at']);
  q = 'caseId' in where ? q.where('case_id', '=', where.caseId) : q.where('id', '=', where.id);
  return q.orderBy('seq', 'desc').execute();
}

export type SearchRequestRow = {
  request_id: string;
  search_id: string;
  debtor_party_id: string;
  debtor_name: string;
  institution: string;
  kinds: unknown;
  status: RequestStatus;
  attempts: number;
  failure_reason: string | null;
  answered_at: Date | null;
};

export async function requestRows(db: Executor, searchIds: readonly string[]): Promise<SearchRequestRow[]> {
  if (searchIds.length === 0) return [];
  return db
    .selectFrom('asset_search_requests as s')
    .innerJoin('outbound_requests as r', 'r.id', 's.request_id')
    .select([
      's.request_id',
      's.search_id',
      's.debtor_party_id',
      's.debtor_name',
      's.institution',
      's.kinds',
      'r.status',
      'r.attempts',
      'r.failure_reason',
      'r.answered_at',
    ])
    .where('s.search_id', 'in', searchIds as string[])
    .orderBy('s.debtor_name')
    .orderBy('s.institution')
    .execute();
}

export type FindingRow = {
  id: string;
  search_id: string;
  request_id: string;
  debtor_party_id: string;
  kind: string;
  identifier: string;
  institution: string;
  estimated_value_fen: bigint | null;
  details: unknown;
  found_at: Date;
};

export async function findingRows(db: Executor, searchIds: readonly string[]): Promise<FindingRow[]> {
  if (searchIds.length === 0) return [];
  return db
    .selectFrom('asset_findings')
    .select([
      'id',
      'search_id',
      'request_id',
      'debtor_party_id',
      'kind',
      'identifier',
      'institution',
      'estimated_value_fen',
      'details',
      'found_at',
    ])
    .where('search_id', 'in', searchIds as string[])
    .orderBy('seq')
    .execute();
}

/** The search request behind an outbound request; undefined when the request is not a search's. */
export async function searchRequestOf(db: Executor, requestId: string) {
  return db
    .selectFrom('asset_search_requests')
    .select(['request_id', 'search_id', 'court_id', 'case_id', 'debtor_party_id', 'debtor_name', 'institution', 'kinds'])
    .where('request_id', '=', requestId)
    .executeTakeFirst();
}

export type NewFinding = {
  id: string;
  courtId: number;
  caseId: string;
  searchId: string;
  requestId: string;
  debtorPartyId: string;
  kind: string;
  identifier: string;
  institution: string;
  estimatedValueFen: bigint | null;
  details: Record<string, unknown>;
  foundAt: Date;
};

/** Stores a finding unless the request already reported the same asset; true when it was new. */
export async function insertFinding(tx: Tx, f: NewFinding): Promise<boolean> {
  const r = await tx
    .insertInto('asset_findings')
    .values({
      id: f.id,
      court_id: f.courtId,
      case_id: f.caseId,
      search_id: f.searchId,
      request_id: f.requestId,
      debtor_party_id: f.debtorPartyId,
      kind: f.kind,
      identifier: f.identifier,
      institution: f.institution,
      estimated_value_fen: f.estimatedValueFen,
      details: JSON.stringify(f.details),
      found_at: f.foundAt,
    })
    .onConflict((oc) => oc.columns(['request_id', 'kind', 'identifier']).doNothing())
    .executeTakeFirst();
  return Number(r.numInsertedOrUpdatedRows ?? 0n) > 0;
}
