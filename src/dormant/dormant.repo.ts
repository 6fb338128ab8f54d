import { sql, type Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { DormantCasesTable, DormantExitKind, DormantResearchesTable } from '../db/dormant-schema.ts';
import type { LocalDate } from '../shared/dates.ts';

// The SQL of the 终本案件库 (ADR 0213): a case's entry, the cases whose re-search is due (locked,
// skipping those another run holds), the cycle sent, and each cycle's result as the answers come in.

export type PoolRow = Selectable<DormantCasesTable>;
export type ResearchRow = Selectable<DormantResearchesTable>;

/** What the debtor still owes: the claim less what has been received (as src/credit's listing facts count it). */
export async function outstandingOf(db: Executor, caseId: string): Promise<bigint> {
  const { rows } = await sql<{ unpaid: string }>`
    select greatest((select claim_amount from cases where id = ${caseId})
      - coalesce((select sum(amount) from funds_receipts where case_id = ${caseId}), 0), 0) as unpaid`.execute(db);
  return BigInt(rows[0]?.unpaid ?? '0');
}

/** What the debtor still owes on each of these cases (outstandingOf for a sweep's batch, one query). */
export async function outstandingOfCases(db: Executor, caseIds: readonly string[]): Promise<Map<string, bigint>> {
  if (caseIds.length === 0) return new Map();
  const { rows } = await sql<{ id: string; unpaid: string }>`
    select c.id, greatest(c.claim_amount - coalesce(r.paid, 0), 0) as unpaid
    from cases c left join (select case_id, sum(amount) as paid from funds_receipts
      where case_id = any(${caseIds}::uuid[]) group by case_id) r on r.case_id = c.id
    where c.id = any(${caseIds}::uuid[])`.execute(db);
  return new Map(rows.map((r) => [r.id, BigInt(r.unpaid)]));
}

export type DebtorRow = {
  case_id: string;
  id: string;
  kind: 'person' | 'organization';
  name: string;
  id_number: string | null;
  credit_code: string | null;
};

/** The debtors of each of these cases in their order (caseDebtors of src/cases for a batch, one query). */
export async function debtorsOfCases(db: Executor, caseIds: readonly string[]): Promise<DebtorRow[]> {
  if (caseIds.length === 0) return [];
  const { rows } = await sql<DebtorRow>`
    select case_id, id, kind, name, id_number, credit_code from case_parties
    where case_id = any(${caseIds}::uuid[]) and role = 'debtor' order by case_id, position`.execute(db);
  return rows;
}

/** Of these cases, those with a running re-search deadline for the given cycle (the subject). */
export async function runningResearchDeadlines(db: Executor, wanted: readonly { caseId: string; subject: string }[]): Promise<Set<string>> {
  if (wanted.length === 0) return new Set();
  const { rows } = await sql<{ case_id: string }>`
    select d.case_id from deadlines d
    join (select unnest(${wanted.map((w) => w.caseId)}::uuid[]) as case_id, unnest(${wanted.map((w) => w.subject)}::text[]) as subject) w
      on w.case_id = d.case_id and w.subject = d.subject
    where d.node = 'dormant-research' and d.state in ('open','overdue')`.execute(db);
  return new Set(rows.map((r) => r.case_id));
}

export type NewPoolRow = {
  caseId: string;
  courtId: number;
  closedOn: LocalDate;
  enteredOn: LocalDate;
  outstandingFen: bigint;
  nextSearchDue: LocalDate;
  endsOn: LocalDate;
  at: Date;
};

/** Enters a case; false when it is there already (entry is idempotent). */
export async function insertPoolRow(tx: Tx, r: NewPoolRow): Promise<boolean> {
  const done = await tx
    .insertInto('dormant_cases')
    .values({
      case_id: r.caseId,
      court_id: r.courtId,
      closed_on: r.closedOn,
      entered_on: r.enteredOn,
      outstanding_fen: r.outstandingFen,
      next_search_due: r.nextSearchDue,
      ends_on: r.endsOn,
      entered_at: r.at,
    })
    .onConflict((oc) => oc.column('case_id').doNothing())
    .returning('case_id')
    .executeTakeFirst();
  return done !== undefined;
}

/** Cases closed as 终本 that are not in the pool (imports, replays, demo data): the entry sweep's items. */
export async function closedNotInPool(db: Executor, limit: number): Promise<{ id: string; courtId: number; closedOn: LocalDate }[]> {
  const rows = await db
    .selectFrom('cases as c')
    .select(['c.id', 'c.court_id', 'c.closed_on'])
    .where('c.status', '=', 'closed')
    .where('c.closure_mode', '=', 'current-procedure-terminated')
    .where('c.closed_on', 'is not', null)
    .where((eb) => eb.not(eb.exists(eb.selectFrom('dormant_cases as d').select('d.case_id').whereRef('d.case_id', '=', 'c.id'))))
    .orderBy('c.id')
    .limit(limit)
    .execute();
  return rows.map((r) => ({ id: r.id, courtId: r.court_id, closedOn: r.closed_on as LocalDate }));
}

export type DueCase = PoolRow & { case_number: string };

/**
 * The pool's cases whose next re-search is due by `asOf`, with their case rows, locked: rows another
 * run (or a use case) holds are skipped, so that two runs never send the same cycle.
 */
export async function lockDueCases(tx: Tx, asOf: LocalDate, limit: number): Promise<DueCase[]> {
  const { rows } = await sql<DueCase>`
    select d.*, c.case_number from dormant_cases d join cases c on c.id = d.case_id
    where d.status = 'in-pool' and d.next_search_due <= ${asOf}
    order by d.next_search_due, d.case_id limit ${limit}
    for update skip locked`.execute(tx);
  return rows;
}

export async function countDue(db: Executor, asOf: LocalDate, cap: number): Promise<number> {
  const { rows } = await sql<{ n: string }>`select count(*) as n from (select 1 from dormant_cases
    where status = 'in-pool' and next_search_due <= ${asOf} limit ${cap}) x`.execute(db);
  return Number(rows[0]!.n);
}

/**
 * The cycles sent, for a whole batch in one statement: each row's own state says its cycle is
 * sent, written with the cycle's outbound requests.
 */
export async function markCyclesSent(
  tx: Tx,
  rows: readonly { caseId: string; cycle: number; sentOn: LocalDate; next: LocalDate | null; outstandingFen: bigint }[],
): Promise<void> {
  if (rows.length === 0) return;
  await sql`update dormant_cases d set research_cycle = v.cycle, last_search_on = v.sent_on, next_search_due = v.next,
      outstanding_fen = v.owed
    from (select unnest(${rows.map((r) => r.caseId)}::uuid[]) as case_id, unnest(${rows.map((r) => r.cycle)}::int[]) as cycle,
      unnest(${rows.map((r) => r.sentOn)}::date[]) as sent_on, unnest(${rows.map((r) => r.next)}::date[]) as next,
      unnest(${rows.map((r) => r.outstandingFen.toString())}::bigint[]) as owed) v
    where d.case_id = v.case_id`.execute(tx);
}

export type NewResearch = Omit<ResearchRow, 'answered' | 'unanswered' | 'answered_on' | 'findings' | 'value_fen' | 'notice'>;

/** A batch's cycles sent (7 parameters a row: a batch of a few thousand fits one statement). */
export async function insertResearches(tx: Tx, rows: readonly NewResearch[]): Promise<void> {
  if (rows.length > 0) await tx.insertInto('dormant_researches').values(rows).execute();
}

export async function lockResearchOfSearch(tx: Tx, searchId: string): Promise<ResearchRow | undefined> {
  return tx.selectFrom('dormant_researches').selectAll().where('search_id', '=', searchId).forUpdate().executeTakeFirst();
}

/** A re-search's requests settled so far, and what their answers found. */
export async function searchOutcome(db: Executor, searchId: string): Promise<{ settled: number; findings: number; valueFen: bigint }> {
  const { rows } = await sql<{ settled: string; findings: string; value: string }>`
    select
      (select count(*) from asset_search_requests l join outbound_requests o on o.id = l.request_id
        where l.search_id = ${searchId} and o.status in ('answered','failed','timed-out')) as settled,
      (select count(*) from asset_findings where search_id = ${searchId}) as findings,
      (select coalesce(sum(estimated_value_fen), 0) from asset_findings where search_id = ${searchId}) as value`.execute(db);
  const r = rows[0]!;
  return { settled: Number(r.settled), findings: Number(r.findings), valueFen: BigInt(r.value) };
}

/** A re-search's requests that settled without an answer (failed or timed out), with their reasons. */
export async function unansweredOf(
  db: Executor,
  searchId: string,
): Promise<{ institution: string; debtor_name: string; reason: string }[]> {
  const { rows } = await sql<{ institution: string; debtor_name: string; reason: string | null }>`
    select l.institution, l.debtor_name, o.failure_reason as reason
    from asset_search_requests l join outbound_requests o on o.id = l.request_id
    where l.search_id = ${searchId} and o.status in ('failed','timed-out')
    order by l.debtor_name, l.institution`.execute(db);
  return rows.map((r) => ({ ...r, reason: r.reason ?? '未收到协助单位答复' }));
}

export async function updateResearch(
  tx: Tx,
  caseId: string,
  cycle: number,
  s: { answered: number; unanswered: number; answeredOn: LocalDate | null; findings: number; valueFen: bigint; notice: string | null },
): Promise<void> {
  await tx
    .updateTable('dormant_researches')
    .set({
      answered: s.answered,
      unanswered: s.unanswered,
      answered_on: s.answeredOn,
      findings: s.findings,
      value_fen: s.valueFen,
      notice: s.notice,
    })
    .where('case_id', '=', caseId)
    .where('cycle', '=', cycle)
    .execute();
}

export async function researchesOf(db: Executor, caseId: string): Promise<ResearchRow[]> {
  return db.selectFrom('dormant_researches').selectAll().where('case_id', '=', caseId).orderBy('cycle').execute();
}

export async function poolRowOf(db: Executor, caseId: string): Promise<PoolRow | undefined> {
  return db.selectFrom('dormant_cases').selectAll().where('case_id', '=', caseId).executeTakeFirst();
}

/** Whether two re-search cycles in a row found nothing on the case (the event dormant.two-empty-researches). */
export async function hasTwoEmptyResearches(db: Executor, caseId: string): Promise<boolean> {
  const row = await db
    .selectFrom('events')
    .select('seq')
    .where('case_id', '=', caseId)
    .where('action', '=', 'dormant.two-empty-researches')
    .limit(1)
    .executeTakeFirst();
  return row !== undefined;
}

/** Of these cases, those closed as 终本 and not in the pool (an import's batch), locked. */
export async function lockClosedNotInPool(
  tx: Tx,
  caseIds: readonly string[],
): Promise<{ id: string; courtId: number; closedOn: LocalDate }[]> {
  if (caseIds.length === 0) return [];
  const { rows } = await sql<{ id: string; court_id: number; closed_on: string }>`
    select c.id, c.court_id, c.closed_on::text from cases c
    where c.id in (${sql.join(caseIds)}) and c.status = 'closed' and c.closure_mode = 'current-procedure-terminated'
      and c.closed_on is not null and not exists (select 1 from dormant_cases d where d.case_id = c.id)
    order by c.id for update`.execute(tx);
  return rows.map((r) => ({ id: r.id, courtId: r.court_id, closedOn: r.closed_on as LocalDate }));
}

/** The pool row marked exited, if the case was in the pool (the caller holds the case row). */
export async function markExited(tx: Tx, caseId: string, kind: DormantExitKind, on: LocalDate): Promise<PoolRow | undefined> {
  return tx
    .updateTable('dormant_cases')
    .set({ status: 'exited', exit_kind: kind, exited_on: on })
    .where('case_id', '=', caseId)
    .where('status', '=', 'in-pool')
    .returningAll()
    .executeTakeFirst();
}
