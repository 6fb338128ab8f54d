import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../db/connection.ts';
import type { CaseStatus, CaseType } from './cases.types.ts';

export type CaseListQuery = {
  /** The courts to list; null: any court (a party's own cases). */
  readonly courtIds: readonly number[] | null;
  /** Only cases in which this ID number or credit code is a party. */
  readonly partyIdentity: string | null;
  readonly status?: CaseStatus | undefined;
  readonly officerId?: string | undefined;
  readonly filedFrom?: string | undefined;
  readonly filedTo?: string | undefined;
  readonly party?: string | undefined;
  readonly caseNumber?: string | undefined;
  readonly titleNumber?: string | undefined;
  readonly closureMode?: string | undefined;
  readonly year?: number | undefined;
  readonly amountFrom?: bigint | undefined;
  readonly amountTo?: bigint | undefined;
  /** Cases whose 执行期限 is past (overdue) or within `soonDays` of `today` (due-soon). */
  readonly deadline?: { state: 'overdue' | 'due-soon'; today: string; soonDays: number } | undefined;
  readonly sort?: ListSort | undefined;
  readonly after: { filedOn: string; id: string } | null;
  /** Rows to skip (page numbers); keyset paging (after) is for the default order only. */
  readonly offset?: number | undefined;
  readonly limit: number;
};

export type ListSort = { by: 'filedOn' | 'claimAmount' | 'caseNumber'; order: 'asc' | 'desc' };
const DEFAULT_SORT: ListSort = { by: 'filedOn', order: 'desc' };

const orderBy = (s: ListSort, alias: string) => {
  const dir = s.order === 'asc' ? 'asc' : 'desc';
  const cols = { filedOn: ['filed_on'], claimAmount: ['claim_amount'], caseNumber: ['year', 'type_code', 'serial'] }[s.by];
  return sql.raw([...cols, 'id'].map((c) => `${alias}.${c} ${dir}`).join(', '));
};

/** The node whose due date marks a case red or orange in the list (src/deadlines/registry.ts). */
export const LIST_DEADLINE_NODE = 'enforcement-period';

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (m) => `\\${m}`);

/**
 * A party search: a fragment of an applicant's or debtor's name (through the trigram index on the
 * names with every character doubled, see migration 2026-12-01T2001), or a full ID number or credit code.
 */
export function partyMatches(text: string): RawBuilder<boolean> {
  const like = `%${escapeLike([...text].map((c) => c + c).join(''))}%`;
  const identity = text.toUpperCase();
  // = any(array(…)) rather than exists(…): both arms are then index scans that a BitmapOr combines.
  // Four or more letters and digits may be part of a number: an ID's last digits, a code's middle.
  const partial = /^[0-9A-Z]{4,}$/.test(identity) && !/^[0-9A-Z]{18}$/.test(identity);
  const numbers = partial
    ? sql`select case_id from case_parties where id_number like ${`%${identity}%`} or credit_code like ${`%${identity}%`}`
    : sql`select case_id from case_parties where id_number = ${identity} or credit_code = ${identity}`;
  // = any(array(…)) rather than exists(…): both arms are then index scans that a BitmapOr combines.
  return sql<boolean>`(trigram_doubled(cases.applicant_names || ' ' || cases.debtor_names) like ${like}
    or cases.id = any(array(${numbers})))`;
}

/** A 执行依据 number in any spelling: whole by equality, a fragment through the trigram index. */
export function titleNumberMatches(text: string, courts: readonly number[] | null): RawBuilder<boolean> {
  // A whole number is looked up by court and number on (court_id, normalize_case_number(…)).
  const court = courts === null ? sql`true` : sql`court_id = any(${courts}::int[])`;
  const key = WHOLE_CASE_NUMBER.test(text)
    ? sql`${court} and normalize_case_number(document_number) = normalize_case_number(${text})`
    : sql`normalize_case_number(document_number) like ('%' || normalize_case_number(${escapeLike(text)}) || '%')`;
  return sql<boolean>`(cases.id = any(array(select case_id from case_titles where ${key})))`;
}

function deadlineMatches(d: NonNullable<CaseListQuery['deadline']>, courts: readonly number[] | null): RawBuilder<boolean> {
  const court = courts === null ? sql`true` : sql`court_id = any(${courts}::int[])`;
  const due =
    d.state === 'overdue'
      ? sql`due_on < ${d.today}::date`
      : sql`due_on >= ${d.today}::date and due_on <= (${d.today}::date + ${d.soonDays}::int)`;
  return sql<boolean>`(cases.id = any(array(select case_id from deadlines where ${court} and node = ${LIST_DEADLINE_NODE}
    and state in ('open', 'overdue') and paused_since is null and ${due})))`;
}

// （2025）粤0781执1523号 in any spelling: brackets of any width or kind, digits of either width.
const WHOLE_CASE_NUMBER = /^[（(〔[【]\s*[\d０-９]{4}\s*[）)〕\]】].*号\s*$/u;

/**
 * A case-number search in any spelling, normalised as the stored column is: a whole number by
 * equality (btree), a fragment such as 执152 through the trigram index.
 */
export function caseNumberMatches(text: string): RawBuilder<boolean> {
  if (WHOLE_CASE_NUMBER.test(text)) return sql<boolean>`(cases.case_number_normalized = normalize_case_number(${text}))`;
  return sql<boolean>`(cases.case_number_normalized like ('%' || normalize_case_number(${escapeLike(text)}) || '%'))`;
}

function conditions(q: CaseListQuery): RawBuilder<boolean>[] {
  const where: RawBuilder<boolean>[] = [];
  if (q.partyIdentity !== null)
    where.push(sql`cases.id = any(array(select case_id from case_parties
                   where id_number = ${q.partyIdentity} or credit_code = ${q.partyIdentity}))`);
  if (q.status) where.push(sql`cases.status = ${q.status}`);
  if (q.officerId) where.push(sql`cases.officer_id = ${q.officerId}::uuid`);
  if (q.filedFrom) where.push(sql`cases.filed_on >= ${q.filedFrom}::date`);
  if (q.filedTo) where.push(sql`cases.filed_on <= ${q.filedTo}::date`);
  if (q.party) where.push(partyMatches(q.party));
  if (q.caseNumber) where.push(caseNumberMatches(q.caseNumber));
  if (q.titleNumber) where.push(titleNumberMatches(q.titleNumber, q.courtIds));
  if (q.closureMode) where.push(sql`cases.closure_mode = ${q.closureMode}`);
  if (q.year !== undefined) where.push(sql`cases.year = ${q.year}`);
  if (q.amountFrom !== undefined) where.push(sql`cases.claim_amount >= ${q.amountFrom}`);
  if (q.amountTo !== undefined) where.push(sql`cases.claim_amount <= ${q.amountTo}`);
  if (q.deadline) where.push(deadlineMatches(q.deadline, q.courtIds));
  if (q.after) where.push(sql`(cases.filed_on, cases.id) < (${q.after.filedOn}::date, ${q.after.id}::uuid)`);
  return where;
}

/** Whether a text filter is selective through its trigram index (a name needs 2 characters, a number 3). */
const trigramFiltered = (q: CaseListQuery) =>
  [...(q.party ?? '')].length >= 2 || [...(q.caseNumber ?? '')].length >= 3 || [...(q.titleNumber ?? '')].length >= 3;

/**
 * One page of the case list, newest filing first, keyset-paged on (filed_on, id): `limit` rows.
 * One court reads its page off the (court_id, filed_on desc, id desc) index. Several courts (a
 * subtree) take each court's first page from that index and merge them, rather than sorting every
 * case of every court; a selective text filter instead finds its few matches first, then sorts those.
 * Plain SQL: asked on every list request, where a query builder would cost more than the query.
 */
export async function listCaseRows(db: Executor, q: CaseListQuery): Promise<CaseListRow[]> {
  return (await listCaseQuery(q).execute(db)).rows;
}

/** The list's query itself (its plan is shown by bench/case-search.bench.ts). */
export function listCaseQuery(q: CaseListQuery): RawBuilder<CaseListRow> {
  const courts = q.courtIds;
  const sort = q.sort ?? DEFAULT_SORT;
  const offset = q.offset ?? 0;
  // Each court's first offset + limit rows in the same order, merged: still cheaper than sorting all.
  const perCourt = courts !== null && courts.length > 1 && !trigramFiltered(q);
  const inner = perCourt ? offset + q.limit : q.limit;
  const courtCondition =
    courts === null
      ? sql`true`
      : perCourt
        ? sql`cases.court_id = scope.court_id`
        : courts.length === 1
          ? sql`cases.court_id = ${courts[0]}`
          : sql`cases.court_id = any(${courts}::int[])`;
  const page = sql`select ${sql.raw(LIST_COLUMNS)} from cases
    where ${sql.join([courtCondition, ...conditions(q)], sql` and `)}
    order by ${orderBy(sort, 'cases')} limit ${inner} ${perCourt || offset === 0 ? sql`` : sql`offset ${offset}`}`;
  const source = perCourt ? sql`unnest(${courts}::int[]) as scope(court_id) cross join lateral (${page}) as c` : sql`(${page}) as c`;
  const outerOffset = perCourt && offset > 0 ? sql`offset ${offset}` : sql``;
  // Each row's 执行期限 mark comes along (one index probe per row of the page), not in a query of its own.
  return sql<CaseListRow>`select c.*, users.display_name as officer_name,
      term.due_on as term_due_on, term.state as term_state, term.paused_since as term_paused_since from ${source}
    left join users on users.id = c.officer_id
    left join lateral (select due_on, state, paused_since from deadlines
      where deadlines.case_id = c.id and deadlines.node = ${LIST_DEADLINE_NODE} limit 1) as term on true
    order by ${orderBy(sort, 'c')} limit ${q.limit} ${outerOffset}`;
}

/** How many cases the filters find, counted up to `cap` (then: at least cap). */
export async function countCaseRows(db: Executor, q: CaseListQuery, cap: number): Promise<number> {
  const courts = q.courtIds;
  const courtCondition = courts === null ? sql`true` : sql`cases.court_id = any(${courts}::int[])`;
  const { rows } = await sql<{ n: string | number }>`select count(*) as n from (select 1 from cases
    where ${sql.join([courtCondition, ...conditions(q)], sql` and `)} limit ${cap}) as found`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

export type DeadlineMark = { case_id: string; due_on: string; state: string; paused_since: string | null };

/** The 执行期限 deadline of each case on a page, to mark it red (overdue) or orange (due soon). */
export async function listDeadlineMarks(db: Executor, caseIds: readonly string[]): Promise<DeadlineMark[]> {
  if (caseIds.length === 0) return [];
  const { rows } = await sql<DeadlineMark>`select case_id, due_on, state, paused_since from deadlines
    where case_id = any(${caseIds}::uuid[]) and node = ${LIST_DEADLINE_NODE}`.execute(db);
  return rows;
}

const LIST_COLUMNS = [
  'id',
  'case_number',
  'court_id',
  'type',
  'status',
  'filed_on',
  'claim_amount',
  'applicant_names',
  'debtor_names',
  'closure_mode',
  'officer_id',
  'year',
  'type_code',
  'serial',
]
  .map((c) => `cases.${c}`)
  .join(', ');

export type CaseListRow = {
  id: string;
  case_number: string;
  court_id: number;
  type: CaseType;
  status: CaseStatus;
  filed_on: string;
  claim_amount: bigint;
  applicant_names: string;
  debtor_names: string;
  closure_mode: string | null;
  officer_id: string | null;
  officer_name: string | null;
  /** The case's 执行期限 deadline (LIST_DEADLINE_NODE), if it has one. */
  term_due_on: string | null;
  term_state: string | null;
  term_paused_since: string | null;
  year: number;
  type_code: string;
  serial: number;
};
