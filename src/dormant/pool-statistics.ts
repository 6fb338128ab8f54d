import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import type { LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { poolMonths, type MonthRow } from './statistics.repo.ts';

// 终本出清 per court and month (issue 13, ADR 0213): entries, exits by kind (恢复执行, 履行完毕,
// 移送破产, 终结执行), and the pool's size and age profile at each month's end, within the reader's
// courts (or one of them), for a calendar year up to the current month.

export type Exits = { resumed: number; paid: number; bankruptcy: number; terminated: number; total: number };
export type PoolMonth = {
  period: string;
  entered: number;
  exits: Exits;
  size: number;
  ageProfile: { under1: number; from1to2: number; from2to3: number; from3to5: number; over5: number };
};
export type PoolStatistics = { court: string | null; year: number; months: PoolMonth[]; totals: { entered: number; exits: Exits } };

const exitsOf = (r: Pick<MonthRow, 'resumed' | 'paid' | 'bankruptcy' | 'terminated'>): Exits => ({
  resumed: r.resumed,
  paid: r.paid,
  bankruptcy: r.bankruptcy,
  terminated: r.terminated,
  total: r.resumed + r.paid + r.bankruptcy + r.terminated,
});

export async function poolStatistics(
  ctx: AppContext,
  who: Principal,
  q: { court?: string | undefined; year?: number | undefined },
): Promise<Result<PoolStatistics>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  let courtIds: readonly number[] = who.courtIds;
  if (q.court) {
    const court = ctx.courts.byCode(q.court);
    if (!court) return failure('unknown-court', q.court);
    if (!inScope(who, court.id)) return failure('court-out-of-scope', q.court);
    courtIds = [court.id];
  }
  const today = ctx.clock.today();
  const thisYear = Number(today.slice(0, 4));
  const year = q.year ?? thisYear;
  if (year > thisYear) return failure('dormant-filter-invalid', `统计年度不能晚于 ${thisYear} 年`);
  const lastMonth = year === thisYear ? today.slice(5, 7) : '12';
  const rows = await poolMonths(ctx.db, courtIds, `${year}-01-01` as LocalDate, `${year}-${lastMonth}-01` as LocalDate);
  const months = rows.map((r) => ({
    period: r.period,
    entered: r.entered,
    exits: exitsOf(r),
    size: r.size,
    ageProfile: { under1: r.under1, from1to2: r.from1to2, from2to3: r.from2to3, from3to5: r.from3to5, over5: r.over5 },
  }));
  const sum = (k: 'entered' | 'resumed' | 'paid' | 'bankruptcy' | 'terminated') => rows.reduce((n, r) => n + r[k], 0);
  return success({
    court: q.court ?? null,
    year,
    months,
    totals: {
      entered: sum('entered'),
      exits: exitsOf({ resumed: sum('resumed'), paid: sum('paid'), bankruptcy: sum('bankruptcy'), terminated: sum('terminated') }),
    },
  });
}
