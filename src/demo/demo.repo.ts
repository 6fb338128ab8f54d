import { sql } from 'kysely';
import { copyInto, type Executor, type Tx } from '../db/connection.ts';
import type { DeadlineRecord } from '../deadlines/deadlines.types.ts';
import type { ApprovalRow, DecisionRow } from './history-approvals.ts';

// The demo's own writes. Its cases are written by the cases' writer, which stamps every row with
// one instant; a demo history spans months, so each case then gets the version and the time of
// its last change that its own events gave it (what the use cases would have left). Its
// deadlines are streamed in with COPY, each with its own times (insertDeadlines takes one).

/** Sets each case's version, updated_at and deferral's last day, in one statement. */
export async function stampCases(
  tx: Tx,
  rows: readonly { id: string; version: number; updatedAt: Date; deferredUntil: string | null }[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`update cases c set version = v.version, updated_at = v.updated_at, deferred_until = v.deferred_until
    from unnest(${rows.map((r) => r.id)}::uuid[], ${rows.map((r) => r.version)}::integer[],
      ${rows.map((r) => r.updatedAt.toISOString())}::timestamptz[], ${rows.map((r) => r.deferredUntil)}::date[])
      as v(id, version, updated_at, deferred_until)
    where c.id = v.id`.execute(tx);
}

/** The approvals of the demo's histories: requests, then decisions, each list in its own order. */
export async function insertApprovals(tx: Tx, requests: readonly ApprovalRow[], decisions: readonly DecisionRow[]): Promise<void> {
  for (let i = 0; i < requests.length; i += 1000)
    await tx
      .insertInto('approval_requests')
      .values(requests.slice(i, i + 1000))
      .execute();
  for (let i = 0; i < decisions.length; i += 1000)
    await tx
      .insertInto('approval_decisions')
      .values(decisions.slice(i, i + 1000))
      .execute();
}

const COLUMNS = [
  'id',
  'court_id',
  'case_id',
  'node',
  'subject',
  'title',
  'basis',
  'start_on',
  'length',
  'unit',
  'due_on',
  'state',
  'met_on',
  'waived_reason',
  'pauses',
  'paused_since',
  'provisional_years',
  'created_at',
  'updated_at',
];

/** The deadlines of new cases, each created at its case's filing and updated at its last change. */
export async function copyDeadlines(tx: Tx, rows: readonly { d: DeadlineRecord; createdAt: Date; updatedAt: Date }[]): Promise<void> {
  await copyInto(
    tx,
    'deadlines',
    COLUMNS,
    rows.map(({ d, createdAt, updatedAt }) => [
      d.id,
      d.courtId,
      d.caseId,
      d.node,
      d.subject,
      d.title,
      JSON.stringify(d.basis),
      d.startOn,
      d.length,
      d.unit,
      d.dueOn,
      d.state,
      d.metOn,
      d.waivedReason,
      JSON.stringify(d.pauses),
      d.pausedSince,
      `{${d.provisionalYears.join(',')}}`,
      createdAt,
      updatedAt,
    ]),
  );
}

/** The demo's cases' ids by their case numbers. */
export async function caseIdsByNumber(db: Executor, numbers: readonly string[]): Promise<Map<string, string>> {
  const rows = await db
    .selectFrom('cases')
    .select(['id', 'case_number'])
    .where('case_number', 'in', [...numbers, ''])
    .execute();
  return new Map(rows.map((r) => [r.case_number, r.id]));
}

/** A natural person listed and published as 失信 in this court's demo cases: the portal's demo debtor (ADR 0209). */
export async function publishedPersonDebtor(db: Executor, courtCode: string): Promise<{ name: string; idNumber: string } | undefined> {
  const { rows } = await sql<{ name: string; id_number: string }>`select p.name, p.id_number from dishonest_listings l
    join case_parties p on p.id = l.debtor_party_id join courts c on c.id = l.court_id
    where c.code = ${courtCode} and l.status = 'published' and p.kind = 'person' and p.id_number is not null
    order by l.seq limit 1`.execute(db);
  return rows[0] ? { name: rows[0].name, idNumber: rows[0].id_number } : undefined;
}
