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
  readonly after: { filedOn: string; id: string } | null;
  readonly limit: number;
};

const escapeLike = (text: string) => text.replace(/[\\%_]/g, (m) => `\\${m}`);

/**
 * A party search: a fragment of an applicant's or debtor's name (through the trigram index on the
 * names with every character doubled, see migration 2026-12-01T2001), or a full ID number or credit code.
 */
export function partyMatches(text: string): RawBuilder<boolean> {
  const like = `%${escapeLike([...text].map((c) => c + c).join(''))}%`;
  const identity = text.toUpperCase();
  // = any(array(…)) rather than exists(…): both arms are then index scans that a BitmapOr combines.
  return sql<boolean>`(trigram_doubled(cases.applicant_names || ' ' || cases.debtor_names) like ${like}
    or cases.id = any(array(select case_id from case_parties where id_number = ${identity} or credit_code = ${identity})))`;
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
  if (q.after) where.push(sql`(cases.filed_on, cases.id) < (${q.after.filedOn}::date, ${q.after.id}::uuid)`);
  return where;
}

/** Whether a text filter is selective through its trigram index (a name needs 2 characters, a number 3). */
const trigramFiltered = (q: CaseListQuery) => [...(q.party ?? '')].length >= 2 || [...(q.caseNumber ?? '')].length >= 3;

/**
 * One page of the case list, newest filing first, keyset-paged on (filed_on, id): `limit` rows.
 * One court reads its page off the (court_id, filed_on desc, id desc) index. Several courts (a
 * subtree) take each court's first page from that index and merge them, rather than sorting every
 * case of every court; a selective text filter instead finds its few matches first, then sorts those.
 * Plain SQL: asked on every list request, where a query builder would cost more than the query.
 */
export async function listCaseRows(db: Executor, q: CaseListQuery): Promise<CaseListRow[]> {
  const courts = q.courtIds;
  const perCourt = courts !== null && courts.length > 1 && !trigramFiltered(q);
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
    order by cases.filed_on desc, cases.id desc limit ${q.limit}`;
  const source = perCourt ? sql`unnest(${courts}::int[]) as scope(court_id) cross join lateral (${page}) as c` : sql`(${page}) as c`;
  const { rows } = await sql<CaseListRow>`select c.*, users.display_name as officer_name from ${source}
    left join users on users.id = c.officer_id order by c.filed_on desc, c.id desc limit ${q.limit}`.execute(db);
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
};
