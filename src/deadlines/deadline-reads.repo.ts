import { sql, type Selectable } from 'kysely';
import type { Executor } from '../db/connection.ts';
import type { DeadlinesTable } from '../db/schema.ts';
import { addDays, type LocalDate } from '../shared/dates.ts';
import { toRecord } from './deadlines.repo.ts';
import type { DeadlineRecord, DeadlineState } from './deadlines.types.ts';

// The reads of the deadlines table, with the case number and 承办人 they are shown with. A running
// deadline due before today is overdue even before the nightly sweep has marked it.

export const DUE_SOON_DAYS = 7;

export type DeadlineRow = DeadlineRecord & { caseNumber: string | null; officerId: string | null; officerName: string | null };

type Joined = Selectable<DeadlinesTable> & { case_number: string | null; officer_id: string | null; officer_name: string | null };
const toRow = (r: Joined): DeadlineRow => ({
  ...toRecord(r),
  caseNumber: r.case_number,
  officerId: r.officer_id,
  officerName: r.officer_name,
});

const base = (db: Executor) =>
  db
    .selectFrom('deadlines')
    // A court's deadline (暂存款 claims, ADR 0160) has no case: it still reaches the court's list.
    .leftJoin('cases', 'cases.id', 'deadlines.case_id')
    .leftJoin('users', 'users.id', 'cases.officer_id')
    .selectAll('deadlines')
    .select(['cases.case_number', 'cases.officer_id', 'users.display_name as officer_name']);

// SQL over a table aliased `d` (or `deadlines`): the deadline is overdue on `today`.
const overdueOn = (today: LocalDate, t = 'd') =>
  sql<boolean>`(${sql.ref(`${t}.state`)} = 'overdue' or (${sql.ref(`${t}.state`)} = 'open' and ${sql.ref(`${t}.paused_since`)} is null and ${sql.ref(`${t}.due_on`)} < ${today}::date))`;

/** The court of a case, to check the reader's scope. */
export async function caseCourtOf(db: Executor, caseId: string): Promise<number | undefined> {
  const c = await db.selectFrom('cases').select('court_id').where('id', '=', caseId).executeTakeFirst();
  return c?.court_id;
}

/** The court of a deadline, to check the caller's scope before anything is locked. */
export async function deadlineCourtOf(db: Executor, id: string): Promise<number | undefined> {
  const d = await db.selectFrom('deadlines').select('court_id').where('id', '=', id).executeTakeFirst();
  return d?.court_id;
}

export async function caseDeadlineRows(db: Executor, caseId: string): Promise<DeadlineRow[]> {
  const rows = await base(db).where('deadlines.case_id', '=', caseId).orderBy('deadlines.due_on').orderBy('deadlines.node').execute();
  return rows.map(toRow);
}

export type CourtDeadlineQuery = {
  courtIds: readonly number[];
  today: LocalDate;
  state?: DeadlineState | undefined;
  node?: string | undefined;
  officerId?: string | undefined;
  dueFrom?: LocalDate | undefined;
  dueTo?: LocalDate | undefined;
  after?: { dueOn: LocalDate; id: string } | undefined;
  limit: number;
};

/** A court's deadlines, soonest first, keyset-paged on (due date, id). */
export async function courtDeadlineRows(db: Executor, f: CourtDeadlineQuery): Promise<DeadlineRow[]> {
  let q = base(db).where('deadlines.court_id', 'in', f.courtIds as number[]);
  const overdue = overdueOn(f.today, 'deadlines');
  if (f.state === 'overdue') q = q.where(overdue);
  else if (f.state === 'open') q = q.where('deadlines.state', '=', 'open').where(sql<boolean>`not ${overdue}`);
  else if (f.state) q = q.where('deadlines.state', '=', f.state);
  if (f.node) q = q.where('deadlines.node', '=', f.node);
  if (f.officerId) q = q.where('cases.officer_id', '=', f.officerId);
  if (f.dueFrom) q = q.where('deadlines.due_on', '>=', f.dueFrom);
  if (f.dueTo) q = q.where('deadlines.due_on', '<=', f.dueTo);
  if (f.after) q = q.where(sql<boolean>`(deadlines.due_on, deadlines.id) > (${f.after.dueOn}::date, ${f.after.id}::uuid)`);
  const rows = await q.orderBy('deadlines.due_on').orderBy('deadlines.id').limit(f.limit).execute();
  return rows.map(toRow);
}

/** An officer's running deadlines (open or overdue, clock not stopped) on the cases they handle, soonest first. */
export async function officerTodoRows(db: Executor, officerId: string, limit: number): Promise<DeadlineRow[]> {
  const rows = await base(db)
    .where('cases.officer_id', '=', officerId)
    .where('deadlines.state', 'in', ['open', 'overdue'])
    .where('deadlines.paused_since', 'is', null)
    .orderBy('deadlines.due_on')
    .orderBy('deadlines.id')
    .limit(limit)
    .execute();
  return rows.map(toRow);
}

/** How many of an officer's running deadlines are overdue, and due within 7 days, on `today`. */
export async function officerTodoCounts(
  db: Executor,
  officerId: string,
  today: LocalDate,
): Promise<{ total: number; overdue: number; dueSoon: number }> {
  const soon = addDays(today, DUE_SOON_DAYS);
  const r = await sql<{ total: string; overdue: string; due_soon: string }>`
    select count(*) as total,
      count(*) filter (where d.due_on < ${today}::date) as overdue,
      count(*) filter (where d.due_on between ${today}::date and ${soon}::date) as due_soon
    from deadlines d join cases c on c.id = d.case_id
    where c.officer_id = ${officerId}::uuid and d.state in ('open', 'overdue') and d.paused_since is null`.execute(db);
  const row = r.rows[0]!;
  return { total: Number(row.total), overdue: Number(row.overdue), dueSoon: Number(row.due_soon) };
}

export type DeadlineSummary = { nextDueOn: LocalDate | null; overdue: boolean; dueSoon: boolean };

/** Per case, for the case list: the next running due date, and whether a deadline is overdue or due within 7 days. */
export async function deadlineSummaries(db: Executor, caseIds: readonly string[], today: LocalDate): Promise<Map<string, DeadlineSummary>> {
  if (caseIds.length === 0) return new Map();
  const soon = addDays(today, DUE_SOON_DAYS);
  const r = await sql<{ case_id: string; next_due_on: string | null; overdue: boolean; due_soon: boolean }>`
    select d.case_id,
      min(d.due_on) filter (where d.paused_since is null) as next_due_on,
      bool_or(${overdueOn(today)}) as overdue,
      bool_or(d.state = 'open' and d.paused_since is null and d.due_on between ${today}::date and ${soon}::date) as due_soon
    from deadlines d
    where d.case_id = any(${[...caseIds]}::uuid[]) and d.state in ('open', 'overdue')
    group by d.case_id`.execute(db);
  return new Map(r.rows.map((x) => [x.case_id, { nextDueOn: x.next_due_on as LocalDate | null, overdue: x.overdue, dueSoon: x.due_soon }]));
}

/**
 * The same summary as columns of any query over `cases` (correlated on cases.id), so that the case
 * list can select and sort by them: `.select(deadlineSummaryColumns(today))`.
 */
export const deadlineSummaryColumns = (today: LocalDate) => {
  const soon = addDays(today, DUE_SOON_DAYS);
  return [
    sql<
      string | null
    >`(select min(d.due_on) from deadlines d where d.case_id = cases.id and d.state in ('open', 'overdue') and d.paused_since is null)`.as(
      'next_deadline_on',
    ),
    sql<boolean>`exists (select 1 from deadlines d where d.case_id = cases.id and ${overdueOn(today)})`.as('deadline_overdue'),
    sql<boolean>`exists (select 1 from deadlines d where d.case_id = cases.id and d.state = 'open' and d.paused_since is null and d.due_on between ${today}::date and ${soon}::date)`.as(
      'deadline_due_soon',
    ),
  ] as const;
};

/** A filter for a query over `cases`: the case has an overdue deadline (`.where(caseHasOverdueDeadline(today))`). */
export const caseHasOverdueDeadline = (today: LocalDate) =>
  sql<boolean>`exists (select 1 from deadlines d where d.case_id = cases.id and ${overdueOn(today)})`;
