import { sql, type Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import { insertRows, type Write } from '../db/statements.ts';
import type { DeadlinesTable } from '../db/schema.ts';
import type { LocalDate } from '../shared/dates.ts';
import type { BasisEntry, DeadlineRecord, DeadlineState, PauseRecord } from './deadlines.types.ts';

// The writes of the deadlines table. Rows of one case are locked after the case row (ADR 0040);
// the sweeps take theirs with SKIP LOCKED and never wait for a use case.

type Row = Selectable<DeadlinesTable>;

export function toRecord(r: Row): DeadlineRecord {
  return {
    id: r.id,
    courtId: r.court_id,
    caseId: r.case_id,
    node: r.node,
    subject: r.subject,
    title: r.title,
    basis: r.basis as BasisEntry[],
    startOn: r.start_on as LocalDate,
    length: r.length,
    unit: r.unit,
    dueOn: r.due_on as LocalDate,
    state: r.state,
    metOn: r.met_on as LocalDate | null,
    waivedReason: r.waived_reason,
    pauses: r.pauses as PauseRecord[],
    pausedSince: r.paused_since as LocalDate | null,
    provisionalYears: r.provisional_years,
  };
}

const toRow = (d: DeadlineRecord, now: Date) => ({
  id: d.id,
  court_id: d.courtId,
  case_id: d.caseId,
  node: d.node,
  subject: d.subject,
  title: d.title,
  basis: JSON.stringify(d.basis),
  start_on: d.startOn,
  length: d.length,
  unit: d.unit,
  due_on: d.dueOn,
  state: d.state,
  met_on: d.metOn,
  waived_reason: d.waivedReason,
  pauses: JSON.stringify(d.pauses),
  paused_since: d.pausedSince,
  provisional_years: [...d.provisionalYears],
  created_at: now,
  updated_at: now,
});

const deadlineColumns = [
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
] as const satisfies readonly (keyof ReturnType<typeof toRow>)[];

/** New deadlines of a case created in the same statement (nothing to conflict with), as one INSERT to send along with it. */
export const deadlinesWrite = (rows: readonly DeadlineRecord[], now: Date): Write =>
  insertRows(
    'deadlines',
    deadlineColumns,
    rows.map((r) => toRow(r, now)),
  );

/** Inserts new deadlines; a row that exists already (same case, node and subject) is left alone and not returned. */
export async function insertDeadlines(tx: Tx, rows: readonly DeadlineRecord[], now: Date): Promise<Set<string>> {
  if (rows.length === 0) return new Set();
  const inserted = await tx
    .insertInto('deadlines')
    .values(rows.map((r) => toRow(r, now)))
    // No target: both keys, (case, node, subject) and a court row's (court, node, subject), are guarded.
    .onConflict((oc) => oc.doNothing())
    .returning('id')
    .execute();
  return new Set(inserted.map((r) => r.id));
}

/** A new deadline's insert as a write to send with others (writeTogether); one that exists already is an error, not skipped. */
export function newDeadlineWrite(d: DeadlineRecord, now: Date): Write {
  const row = toRow(d, now);
  return insertRows('deadlines', Object.keys(row) as (keyof typeof row)[], [row]);
}

/** The deadlines of one case, locked; the caller holds the case row already. */
export async function lockCaseDeadlines(tx: Tx, caseId: string): Promise<DeadlineRecord[]> {
  const rows = await tx.selectFrom('deadlines').selectAll().where('case_id', '=', caseId).orderBy('id').forUpdate().execute();
  return rows.map(toRecord);
}

/** The running (or, asked for, met) deadlines of one node of a case for the given subjects, locked (one index range, not the whole case). */
export async function lockRunningSubjects(
  tx: Tx,
  caseId: string,
  node: string,
  subjects: readonly string[],
  states: readonly DeadlineState[] = ['open', 'overdue'],
): Promise<DeadlineRecord[]> {
  if (subjects.length === 0) return [];
  const rows = await tx
    .selectFrom('deadlines')
    .selectAll()
    .where('case_id', '=', caseId)
    .where('node', '=', node)
    .where('subject', 'in', [...subjects])
    .where('state', 'in', [...states])
    .orderBy('id')
    .forUpdate()
    .execute();
  return rows.map(toRecord);
}

/** A court's deadline (no case: ADR 0160), locked; the caller holds the row of its subject. */
export async function lockCourtDeadline(tx: Tx, courtId: number, node: string, subject: string): Promise<DeadlineRecord | undefined> {
  const row = await tx
    .selectFrom('deadlines')
    .selectAll()
    .where('court_id', '=', courtId)
    .where('case_id', 'is', null)
    .where('node', '=', node)
    .where('subject', '=', subject)
    .forUpdate()
    .executeTakeFirst();
  return row && toRecord(row);
}

export async function lockDeadlineById(tx: Tx, id: string): Promise<DeadlineRecord | undefined> {
  const row = await tx.selectFrom('deadlines').selectAll().where('id', '=', id).forUpdate().executeTakeFirst();
  return row && toRecord(row);
}

/** Writes the changeable columns of a locked deadline. */
export async function saveDeadline(tx: Tx, d: DeadlineRecord, now: Date): Promise<void> {
  await tx
    .updateTable('deadlines')
    .set({
      due_on: d.dueOn,
      state: d.state,
      met_on: d.metOn,
      waived_reason: d.waivedReason,
      pauses: JSON.stringify(d.pauses),
      paused_since: d.pausedSince,
      provisional_years: [...d.provisionalYears],
      updated_at: now,
    })
    .where('id', '=', d.id)
    .execute();
}

export type TurnedOverdue = { id: string; courtId: number; caseId: string | null; node: string; subject: string; dueOn: LocalDate };

/** Marks up to `limit` running deadlines due before `asOf` overdue; returns those it changed. */
export async function markOverdue(tx: Tx, asOf: LocalDate, limit: number, now: Date): Promise<TurnedOverdue[]> {
  const result = await sql<{ id: string; court_id: number; case_id: string | null; node: string; subject: string; due_on: string }>`
    update deadlines d set state = 'overdue', updated_at = ${now}
    -- An array of ids, so that the update finds its rows by key rather than joining the whole table.
    where d.id = any(array(
      select id from deadlines
      where state = 'open' and paused_since is null and due_on < ${asOf}::date
      order by due_on, id limit ${limit}
      for update skip locked))
    returning d.id, d.court_id, d.case_id, d.node, d.subject, d.due_on`.execute(tx);
  return result.rows.map((r) => ({
    id: r.id,
    courtId: r.court_id,
    caseId: r.case_id,
    node: r.node,
    subject: r.subject,
    dueOn: r.due_on as LocalDate,
  }));
}

/** How many running deadlines are due before `asOf` (capped at `cap`), for a dry run. */
export async function countOverdueCandidates(db: Executor, asOf: LocalDate, cap: number): Promise<number> {
  const r = await sql<{ n: string }>`
    select count(*) as n from (select 1 from deadlines where state = 'open' and paused_since is null and due_on < ${asOf}::date limit ${cap}) c`.execute(
    db,
  );
  return Number(r.rows[0]!.n);
}

export type ReminderDue = {
  id: string;
  courtId: number;
  caseId: string | null;
  node: string;
  subject: string;
  dueOn: LocalDate;
  daysBefore: number;
};

/**
 * Running deadlines inside a reminder window on `asOf` with no reminder yet for that window or a
 * tighter one: the tightest window entered, one row per deadline. `windows` lists node × offset.
 */
export async function remindersDue(
  db: Executor,
  asOf: LocalDate,
  windows: readonly { node: string; daysBefore: number }[],
  limit: number,
): Promise<ReminderDue[]> {
  if (windows.length === 0) return [];
  const widest = Math.max(...windows.map((w) => w.daysBefore));
  const values = sql.join(windows.map((w) => sql`(${w.node}::text, ${w.daysBefore}::integer)`));
  const result = await sql<{
    id: string;
    court_id: number;
    case_id: string | null;
    node: string;
    subject: string;
    due_on: string;
    days_before: number;
  }>`
    select * from (
      select distinct on (d.id) d.id, d.court_id, d.case_id, d.node, d.subject, d.due_on, w.days_before
      from deadlines d
      join (values ${values}) as w(node, days_before) on w.node = d.node
      where d.state = 'open' and d.paused_since is null
        and d.due_on >= ${asOf}::date and d.due_on <= ${asOf}::date + ${widest}::integer
        and d.due_on - w.days_before <= ${asOf}::date
        and not exists (
          select 1 from deadline_reminders x
          where x.deadline_id = d.id and x.due_on = d.due_on and x.days_before <= w.days_before)
      order by d.id, w.days_before) t
    order by due_on, id
    limit ${limit}`.execute(db);
  return result.rows.map((r) => ({
    id: r.id,
    courtId: r.court_id,
    caseId: r.case_id,
    node: r.node,
    subject: r.subject,
    dueOn: r.due_on as LocalDate,
    daysBefore: r.days_before,
  }));
}

/** Records reminders; one already recorded (a concurrent run) is skipped and not returned. */
export async function insertReminders(tx: Tx, rows: readonly ReminderDue[], remindedOn: LocalDate): Promise<ReminderDue[]> {
  if (rows.length === 0) return [];
  const inserted = await tx
    .insertInto('deadline_reminders')
    .values(
      rows.map((r) => ({ deadline_id: r.id, court_id: r.courtId, days_before: r.daysBefore, due_on: r.dueOn, reminded_on: remindedOn })),
    )
    .onConflict((oc) => oc.doNothing())
    .returning(['deadline_id', 'days_before', 'due_on'])
    .execute();
  const keys = new Set(inserted.map((r) => `${r.deadline_id}|${r.days_before}|${r.due_on}`));
  return rows.filter((r) => keys.has(`${r.id}|${r.daysBefore}|${r.dueOn}`));
}

/** Open or overdue deadlines whose period touches [from, to], after `afterId`, in id order; locked when `lock`. */
export async function selectDeadlinesTouching(
  db: Executor,
  range: { from: LocalDate; to: LocalDate },
  afterId: string,
  limit: number,
  lock: boolean,
): Promise<DeadlineRecord[]> {
  const q = db
    .selectFrom('deadlines')
    .selectAll()
    .where('state', 'in', ['open', 'overdue'])
    .where('unit', '<>', 'given')
    .where('start_on', '<=', range.to)
    .where('due_on', '>=', range.from)
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit);
  return (await (lock ? q.forUpdate() : q).execute()).map(toRecord);
}

/** Open or overdue deadlines computed on a provisional calendar year, after `afterId`; locked when `lock`. */
export async function selectProvisionalDeadlines(db: Executor, afterId: string, limit: number, lock: boolean): Promise<DeadlineRecord[]> {
  const q = db
    .selectFrom('deadlines')
    .selectAll()
    .where(sql<boolean>`cardinality(provisional_years) > 0`)
    .where('state', 'in', ['open', 'overdue'])
    .where('id', '>', afterId)
    .orderBy('id')
    .limit(limit);
  return (await (lock ? q.forUpdate() : q).execute()).map(toRecord);
}

export const openStates: readonly DeadlineState[] = ['open', 'overdue'];

export type CaseLackingNode = { id: string; courtId: number; type: string; status: string; filedOn: LocalDate };

/** Open cases of these types without a deadline of this node, in id order after `afterId` (the backfill sweep). */
export async function casesLackingNode(
  db: Executor,
  node: string,
  caseTypes: readonly string[],
  afterId: string,
  limit: number,
): Promise<CaseLackingNode[]> {
  const result = await sql<{ id: string; court_id: number; type: string; status: string; filed_on: string }>`
    select c.id, c.court_id, c.type, c.status, c.filed_on from cases c
    where c.status <> 'closed' and c.type = any(${[...caseTypes]}::text[]) and c.id > ${afterId}::uuid
      and not exists (select 1 from deadlines d where d.case_id = c.id and d.node = ${node} and d.subject = '')
    order by c.id limit ${limit}`.execute(db);
  return result.rows.map((r) => ({ id: r.id, courtId: r.court_id, type: r.type, status: r.status, filedOn: r.filed_on as LocalDate }));
}
