import { sql } from 'kysely';
import type { Executor } from '../db/connection.ts';
import type { LocalDate } from '../shared/dates.ts';

// The 终本案件库 as a list (GET /dormant-cases, ADR 0213): one page of the pool within the reader's
// courts, filtered by court, age (closed on or before / after), amount still owed, debtor kind and
// the last search, with each case's debtors, seizures in force, restrictions and listings.

export type PoolQuery = {
  courtIds: readonly number[];
  status: 'in-pool' | 'exited';
  closedOnOrBefore?: LocalDate | undefined; // the minimum age
  closedAfter?: LocalDate | undefined; // the maximum age
  amountFrom?: bigint | undefined;
  amountTo?: bigint | undefined;
  debtorKind?: 'person' | 'organization' | undefined;
  lastSearchBefore?: LocalDate | undefined; // never searched counts as before
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
};

export async function listPoolRows(db: Executor, q: PoolQuery): Promise<PoolListRow[]> {
  if (q.courtIds.length === 0) return [];
  const { rows } = await sql<PoolListRow>`
    select d.case_id, d.court_id, c.case_number, c.applicant_names, d.closed_on::text, d.entered_on::text,
      d.outstanding_fen::text, d.research_cycle, d.last_search_on::text, d.next_search_due::text, d.ends_on::text, d.status,
      coalesce((select json_agg(json_build_object('name', p.name, 'kind', p.kind) order by p.position)
        from case_parties p where p.case_id = d.case_id and p.role = 'debtor'), '[]'::json) as debtors,
      (select count(*) from seizures s where s.case_id = d.case_id and s.status = 'effective') as seizures,
      (select count(*) from consumption_restrictions r where r.case_id = d.case_id and r.status = 'ordered') as restrictions,
      (select count(*) from dishonest_listings l where l.case_id = d.case_id and l.status in ('decided','published')) as listings,
      (select x.findings from dormant_researches x where x.case_id = d.case_id and x.answered_on is not null
        order by x.cycle desc limit 1) as last_findings
    from dormant_cases d join cases c on c.id = d.case_id
    where d.court_id in (${sql.join(q.courtIds)}) and d.status = ${q.status}
      ${q.closedOnOrBefore ? sql`and d.closed_on <= ${q.closedOnOrBefore}` : sql``}
      ${q.closedAfter ? sql`and d.closed_on > ${q.closedAfter}` : sql``}
      ${q.amountFrom !== undefined ? sql`and d.outstanding_fen >= ${q.amountFrom.toString()}` : sql``}
      ${q.amountTo !== undefined ? sql`and d.outstanding_fen <= ${q.amountTo.toString()}` : sql``}
      ${q.lastSearchBefore ? sql`and (d.last_search_on is null or d.last_search_on < ${q.lastSearchBefore})` : sql``}
      ${
        q.debtorKind
          ? sql`and exists (select 1 from case_parties p where p.case_id = d.case_id and p.role = 'debtor' and p.kind = ${q.debtorKind})`
          : sql``
      }
    order by d.closed_on desc, d.case_id
    limit ${q.limit} offset ${q.offset}`.execute(db);
  return rows;
}
