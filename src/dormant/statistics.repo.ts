import { sql } from 'kysely';
import type { Executor } from '../db/connection.ts';
import type { LocalDate } from '../shared/dates.ts';

// The 终本案件库 over time (出清, ADR 0213): per month, the cases that entered (closed as 终本),
// those that left by each exit, and the pool's size and age profile at the month's end.

export type MonthRow = {
  period: string;
  entered: number;
  resumed: number;
  paid: number;
  bankruptcy: number;
  terminated: number;
  size: number;
  under1: number;
  from1to2: number;
  from2to3: number;
  from3to5: number;
  over5: number;
};

export async function poolMonths(db: Executor, courtIds: readonly number[], from: LocalDate, to: LocalDate): Promise<MonthRow[]> {
  if (courtIds.length === 0) return [];
  const { rows } = await sql<MonthRow>`
    with months as (
      select m::date as first, (m + interval '1 month' - interval '1 day')::date as last
      from generate_series(${from}::date, ${to}::date, interval '1 month') m
    ), pool as (
      select closed_on, exit_kind, exited_on from dormant_cases where court_id in (${sql.join(courtIds)})
    )
    select to_char(months.first, 'YYYY-MM') as period,
      (select count(*) from pool where closed_on between months.first and months.last)::int as entered,
      (select count(*) from pool where exit_kind = 'resumed' and exited_on between months.first and months.last)::int as resumed,
      (select count(*) from pool where exit_kind = 'paid' and exited_on between months.first and months.last)::int as paid,
      (select count(*) from pool where exit_kind = 'bankruptcy' and exited_on between months.first and months.last)::int as bankruptcy,
      (select count(*) from pool where exit_kind = 'terminated' and exited_on between months.first and months.last)::int as terminated,
      s.size, s.under1, s.from1to2, s.from2to3, s.from3to5, s.over5
    from months cross join lateral (
      select count(*)::int as size,
        count(*) filter (where closed_on > (months.last - interval '1 year')::date)::int as under1,
        count(*) filter (where closed_on <= (months.last - interval '1 year')::date and closed_on > (months.last - interval '2 years')::date)::int as from1to2,
        count(*) filter (where closed_on <= (months.last - interval '2 years')::date and closed_on > (months.last - interval '3 years')::date)::int as from2to3,
        count(*) filter (where closed_on <= (months.last - interval '3 years')::date and closed_on > (months.last - interval '5 years')::date)::int as from3to5,
        count(*) filter (where closed_on <= (months.last - interval '5 years')::date)::int as over5
      from pool where closed_on <= months.last and (exited_on is null or exited_on > months.last)
    ) s
    order by months.first`.execute(db);
  return rows;
}
