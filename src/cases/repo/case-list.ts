import { sql, type RawBuilder } from 'kysely';
import type { Executor } from '../../db/connection.ts';
import type { CaseStatus } from '../cases.types.ts';

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
 */
export async function listCaseRows(db: Executor, q: CaseListQuery) {
  const courts = q.courtIds;
  const perCourt = courts !== null && courts.length > 1 && !trigramFiltered(q);
  const courtCondition =
    courts === null
      ? sql<boolean>`true`
      : perCourt
        ? sql<boolean>`cases.court_id = scope.court_id`
        : courts.length === 1
          ? sql<boolean>`cases.court_id = ${courts[0]}`
          : sql<boolean>`cases.court_id = any(${courts}::int[])`;
  let page = db
    .selectFrom('cases')
    .select([
      'cases.id',
      'cases.case_number',
      'cases.court_id',
      'cases.type',
      'cases.status',
      'cases.filed_on',
      'cases.claim_amount',
      'cases.applicant_names',
      'cases.debtor_names',
      'cases.closure_mode',
      'cases.officer_id',
    ])
    .where(courtCondition);
  for (const condition of conditions(q)) page = page.where(condition);
  page = page.orderBy('cases.filed_on', 'desc').orderBy('cases.id', 'desc').limit(q.limit);
  const source = perCourt
    ? db
        .selectFrom(sql<{ court_id: number }>`(select unnest(${courts}::int[]) as court_id)`.as('scope'))
        .innerJoinLateral(page.as('c'), (join) => join.onTrue())
    : db.selectFrom(page.as('c'));
  return source
    .leftJoin('users', 'users.id', 'c.officer_id')
    .select([
      'c.id',
      'c.case_number',
      'c.court_id',
      'c.type',
      'c.status',
      'c.filed_on',
      'c.claim_amount',
      'c.applicant_names',
      'c.debtor_names',
      'c.closure_mode',
      'users.display_name as officer_name',
    ])
    .orderBy('c.filed_on', 'desc')
    .orderBy('c.id', 'desc')
    .limit(q.limit)
    .execute();
}
