import { sql } from 'kysely';
import type { Executor } from '../db/connection.ts';
import type { LocalDate } from '../shared/dates.ts';

// The 终本案件库 as a list (GET /dormant-cases, ADR 0213): one page of the pool within the reader's
// courts, filtered by court, age (closed on or before / after), amount still owed, debtor kind and
// the last search, with each case's debtors, seizures in force, restrictions, listings and officer.

export type PoolQuery = {
  courtIds: readonly number[];
  status: 'in-pool' | 'exited';
  closedOnOrBefore?: LocalDate | undefined; // the minimum age
  closedAfter?: LocalDate | undefined; // the maximum age
  amountFrom?: bigint | undefined;
  amountTo?: bigint | undefined;
  debtorKind?: 'person' | 'organization' | undefined;
  lastSearchBefore?: LocalDate | undefined; // never searched counts as before
  caseIds?: readonly string[] | undefined; // only these (the export of selected rows)
  offset: number;
  limit: number;
};

export type PoolListRow = {
  case_id: string;
  court_id: number;
  case_number: string;
  applicant_names: string;
  closed_on: string;
  entered_on: string;
  outstanding_fen: string;
  research_cycle: number;
  last_search_on: string | null;
  next_search_due: string | null;
  ends_on: string;
  status: 'in-pool' | 'exited';
  debtors: { name: string; kind: 'person' | 'organization' }[];
  seizures: string;
  restrictions: string;
  listings: string;
  last_findings: number | null;
  officer_id: string | null;
  officer_name: string | null;
};

// The filters as one condition on dormant_cases d (the list and the export's count share it).
function whereOf(q: Omit<PoolQuery, 'offset' | 'limit'>) {
  return sql`d.court_id in (${sql.join(q.courtIds)}) and d.status = ${q.status}
      ${q.closedOnOrBefore ? sql`and d.closed_on <= ${q.closedOnOrBefore}` : sql``}
      ${q.closedAfter ? sql`and d.closed_on > ${q.closedAfter}` : sql``}
      ${q.amountFrom !== undefined ? sql`and d.outstanding_fen >= ${q.amountFrom.toString()}` : sql``}
      ${q.amountTo !== undefined ? sql`and d.outstanding_fen <= ${q.amountTo.toString()}` : sql``}
      ${q.lastSearchBefore ? sql`and (d.last_search_on is null or d.last_search_on < ${q.lastSearchBefore})` : sql``}
      ${q.caseIds ? sql`and d.case_id in (${sql.join(q.caseIds.map((id) => sql`${id}::uuid`))})` : sql``}
      ${
        q.debtorKind
          ? sql`and exists (select 1 from case_parties p where p.case_id = d.case_id and p.role = 'debtor' and p.kind = ${q.debtorKind})`
          : sql``
      }`;
}

/** How many pool rows the filters match (the export's cap is checked on it before reading them). */
export async function countPoolRows(db: Executor, q: Omit<PoolQuery, 'offset' | 'limit'>): Promise<number> {
  if (q.courtIds.length === 0 || q.caseIds?.length === 0) return 0;
  const { rows } = await sql<{ n: string }>`select count(*) as n from dormant_cases d where ${whereOf(q)}`.execute(db);
  return Number(rows[0]?.n ?? 0);
}

export async function listPoolRows(db: Executor, q: PoolQuery): Promise<PoolListRow[]> {
  if (q.courtIds.length === 0 || q.caseIds?.length === 0) return [];
  const { rows } = await sql<PoolListRow>`
    select d.case_id, d.court_id, c.case_number, c.applicant_names, d.closed_on::text, d.entered_on::text,
      d.outstanding_fen::text, d.research_cycle, d.last_search_on::text, d.next_search_due::text, d.ends_on::text, d.status,
      coalesce((select json_agg(json_build_object('name', p.name, 'kind', p.kind) order by p.position)
        from case_parties p where p.case_id = d.case_id and p.role = 'debtor'), '[]'::json) as debtors,
      (select count(*) from seizures s where s.case_id = d.case_id and s.status = 'effective') as seizures,
      (select count(*) from consumption_restrictions r where r.case_id = d.case_id and r.status = 'ordered') as restrictions,
      (select count(*) from dishonest_listings l where l.case_id = d.case_id and l.status in ('decided','published')) as listings,
      (select x.findings from dormant_researches x where x.case_id = d.case_id and x.answered_on is not null
        order by x.cycle desc limit 1) as last_findings,
      c.officer_id, u.display_name as officer_name
    from dormant_cases d join cases c on c.id = d.case_id left join users u on u.id = c.officer_id
    where ${whereOf(q)}
    order by d.closed_on desc, d.case_id
    limit ${q.limit} offset ${q.offset}`.execute(db);
  return rows;
}

/** Which of `caseIds` are in the 终本案件库 (either status) of one of `courtIds`: the bulk actions' scope. */
export async function poolCasesAmong(db: Executor, caseIds: readonly string[], courtIds: readonly number[]): Promise<Set<string>> {
  if (caseIds.length === 0 || courtIds.length === 0) return new Set();
  const { rows } = await sql<{ case_id: string }>`select case_id from dormant_cases
    where case_id in (${sql.join(caseIds.map((id) => sql`${id}::uuid`))}) and court_id in (${sql.join(courtIds)})`.execute(db);
  return new Set(rows.map((r) => r.case_id));
}
