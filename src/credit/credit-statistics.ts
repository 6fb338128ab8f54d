import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import type { CourtRow } from '../courts/court-directory.ts';
import { deletionGroundNames, deletionGrounds, type DeletionGround } from '../rules/listing-deletion.ts';
import { addDays, daysInMonth, localDate, startOfLocalDay, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { courtOfQuery } from './listing-register.ts';
import { periodCounts, RESTORATION_APPROVED, RESTRICTION_IMPOSED, type CourtCount, type PeriodBounds } from './register.repo.ts';

// The credit statistics (信用惩戒统计, ADR 0207), per court and quarter, rolled up through the court
// hierarchy: a court's own figures, each lower court's (with its own tree below it), and the total.
// Counted on the day the public saw it: a listing when published, a deletion of a published listing
// on its ended_on; restrictions and restorations on the Shanghai day their event was recorded.

export type StatisticsRow = {
  courtCode: string | null;
  courtName: string;
  kind: 'own' | 'lower' | 'total';
  newListings: number;
  restrictions: number;
  deletions: { ground: DeletionGround; groundName: string; count: number }[];
  deletionsTotal: number;
  restorations: number;
};

export type StatisticsPeriod = { quarter: number; from: LocalDate; to: LocalDate; rows: StatisticsRow[] };
export type CreditStatistics = {
  court: { code: string; name: string; level: string };
  year: number;
  quarter: number | null;
  periods: StatisticsPeriod[];
};

/** The first and last local day of a quarter, and the instants that bound it in Asia/Shanghai. */
export function quarterBounds(year: number, quarter: number): PeriodBounds {
  const first = (quarter - 1) * 3 + 1;
  const pad = (n: number) => String(n).padStart(2, '0');
  const from = localDate(`${year}-${pad(first)}-01`);
  const to = localDate(`${year}-${pad(first + 2)}-${pad(daysInMonth(year, first + 2))}`);
  return { from, to, fromAt: startOfLocalDay(from), toAt: startOfLocalDay(addDays(to, 1)) };
}

type Tally = { newListings: number; restrictions: number; restorations: number; deletions: Map<DeletionGround, number> };
const emptyTally = (): Tally => ({ newListings: 0, restrictions: 0, restorations: 0, deletions: new Map() });

function add(t: Tally, c: CourtCount): void {
  if (c.kind === 'published') t.newListings += c.n;
  else if (c.kind === RESTRICTION_IMPOSED) t.restrictions += c.n;
  else if (c.kind === RESTORATION_APPROVED) t.restorations += c.n;
  else if (c.kind === 'ended') {
    const g = deletionGrounds.find((d) => d === c.ground);
    if (g) t.deletions.set(g, (t.deletions.get(g) ?? 0) + c.n);
  }
}

const rowOf = (t: Tally, court: CourtRow | null, kind: StatisticsRow['kind']): StatisticsRow => {
  const deletions = deletionGrounds.map((g) => ({ ground: g, groundName: deletionGroundNames[g].label, count: t.deletions.get(g) ?? 0 }));
  return {
    courtCode: court?.code ?? null,
    courtName: court?.name ?? '合计',
    kind,
    newListings: t.newListings,
    restrictions: t.restrictions,
    deletions,
    deletionsTotal: deletions.reduce((s, d) => s + d.count, 0),
    restorations: t.restorations,
  };
};

/** The court's direct lower courts in the user's scope, each with its own tree (the courts it rolls up). */
function lowerCourts(ctx: AppContext, who: Principal, court: CourtRow): { court: CourtRow; ids: number[] }[] {
  const children = ctx.courts
    .subtreeIds(court.id)
    .map((id) => ctx.courts.byId(id))
    .filter((c): c is CourtRow => c !== undefined && c.parentId === court.id && inScope(who, c.id))
    .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
  return children.map((c) => ({ court: c, ids: ctx.courts.subtreeIds(c.id).filter((id) => inScope(who, id)) }));
}

/** GET /credit/statistics: court staff, for their court or a court in their scope, one quarter or the year's four. */
export async function creditStatistics(
  ctx: AppContext,
  who: Principal,
  q: { court?: string | undefined; year: number; quarter?: number | undefined },
): Promise<Result<CreditStatistics>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  const found = courtOfQuery(ctx, who, q.court);
  if (!found.ok) return found;
  const court = found.value;
  const lower = lowerCourts(ctx, who, court);
  const groupOf = new Map<number, number>([[court.id, -1]]);
  lower.forEach((l, i) => l.ids.forEach((id) => groupOf.set(id, i)));
  const quarters = q.quarter ? [q.quarter] : [1, 2, 3, 4];
  const periods: StatisticsPeriod[] = [];
  for (const quarter of quarters) {
    const bounds = quarterBounds(q.year, quarter);
    const own = emptyTally();
    const lowers = lower.map(() => emptyTally());
    const total = emptyTally();
    for (const c of await periodCounts(ctx.db, [...groupOf.keys()], bounds)) {
      const g = groupOf.get(c.court_id);
      if (g === undefined) continue;
      add(g === -1 ? own : lowers[g]!, c);
      add(total, c);
    }
    periods.push({
      quarter,
      from: bounds.from,
      to: bounds.to,
      rows: [rowOf(own, court, 'own'), ...lower.map((l, i) => rowOf(lowers[i]!, l.court, 'lower')), rowOf(total, null, 'total')],
    });
  }
  return success({ court: { code: court.code, name: court.name, level: court.level }, year: q.year, quarter: q.quarter ?? null, periods });
}
