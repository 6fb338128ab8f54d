import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { courtOfCase } from '../cases/instrument-facts.ts';
import { isApplicantOf } from '../cases/party-cases.ts';
import { addMonths, compareDates, type LocalDate } from '../shared/dates.ts';
import { formatYuan, parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { poolRowOf, researchesOf, type ResearchRow } from './dormant.repo.ts';
import { findReviewsOf, type FindReviewRow } from './find-review.repo.ts';
import { listPoolRows, type PoolListRow, type PoolQuery } from './pool-list.repo.ts';

// Reads of the 终本案件库 (ADR 0213): the pool as officers and bureau heads filter it, and a case's
// re-search history — for the court, and for the applicant in the portal (the notices of results).

export type PoolFilters = {
  court?: string | undefined;
  status?: 'in-pool' | 'exited' | undefined;
  ageMin?: number | undefined;
  ageMax?: number | undefined;
  amountMin?: string | undefined;
  amountMax?: string | undefined;
  debtorKind?: 'person' | 'organization' | undefined;
  lastSearchBefore?: string | undefined;
  page?: number | undefined;
  limit?: number | undefined;
};

const MAX_OFFSET_ROWS = 10_000;
const amount = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : parseYuan(v.replace(/[,，\s]/g, '')));

/** Whole months from `from` to `to`. */
export function monthsBetween(from: LocalDate, to: LocalDate): number {
  let m = (Number(to.slice(0, 4)) - Number(from.slice(0, 4))) * 12 + Number(to.slice(5, 7)) - Number(from.slice(5, 7));
  if (compareDates(addMonths(from, m), to) > 0) m--;
  return Math.max(0, m);
}

export function itemOf(ctx: AppContext, r: PoolListRow, today: LocalDate) {
  const kinds = new Set(r.debtors.map((d) => d.kind));
  return {
    caseId: r.case_id,
    caseNumber: r.case_number,
    courtCode: ctx.courts.byId(r.court_id)?.code ?? '',
    applicants: r.applicant_names,
    debtors: r.debtors,
    debtorKind: kinds.size > 1 ? ('mixed' as const) : kinds.has('organization') ? ('organization' as const) : ('person' as const),
    closedOn: r.closed_on,
    enteredOn: r.entered_on,
    ageMonths: monthsBetween(r.closed_on as LocalDate, today),
    outstanding: formatYuan(BigInt(r.outstanding_fen)),
    researchCycle: r.research_cycle,
    lastSearchOn: r.last_search_on,
    nextSearchDue: r.next_search_due,
    lastFindings: r.last_findings,
    endsOn: r.ends_on,
    seizuresInForce: Number(r.seizures),
    restrictionsInForce: Number(r.restrictions),
    listingsInForce: Number(r.listings),
    status: r.status,
    officer: r.officer_id ? { id: r.officer_id, name: r.officer_name ?? '' } : null,
  };
}

export type PoolItem = ReturnType<typeof itemOf>;

export type PoolFilter = Omit<PoolQuery, 'offset' | 'limit'>;

/** The filters checked and turned into the pool's query (the list and its export). */
export function poolFilterOf(ctx: AppContext, who: Principal, f: PoolFilters): Result<PoolFilter> {
  if (!can(who, 'case.read')) return failure('forbidden');
  let courtIds: readonly number[] = who.courtIds;
  if (f.court) {
    const court = ctx.courts.byCode(f.court);
    if (!court) return failure('unknown-court', f.court);
    courtIds = inScope(who, court.id) ? [court.id] : [];
  }
  const amountFrom = amount(f.amountMin);
  const amountTo = amount(f.amountMax);
  if (amountFrom === null || amountTo === null) return failure('invalid-money', '未履行金额须为非负金额，最多两位小数');
  if (amountFrom !== undefined && amountTo !== undefined && amountFrom > amountTo)
    return failure('dormant-filter-invalid', '未履行金额的下限不能大于上限');
  if (f.ageMin !== undefined && f.ageMax !== undefined && f.ageMin > f.ageMax)
    return failure('dormant-filter-invalid', '终本时长的下限不能大于上限');
  const today = ctx.clock.today();
  return success({
    courtIds,
    status: f.status ?? 'in-pool',
    // ageMonths ≥ m: closed m months ago or earlier; ageMonths ≤ M: closed after M + 1 months ago.
    closedOnOrBefore: f.ageMin !== undefined ? addMonths(today, -f.ageMin) : undefined,
    closedAfter: f.ageMax !== undefined ? addMonths(today, -(f.ageMax + 1)) : undefined,
    amountFrom,
    amountTo,
    debtorKind: f.debtorKind,
    lastSearchBefore: f.lastSearchBefore as LocalDate | undefined,
  });
}

/** GET /dormant-cases: one page of the pool within the reader's courts. */
export async function listDormantCases(
  ctx: AppContext,
  who: Principal,
  f: PoolFilters,
): Promise<Result<{ items: PoolItem[]; page: number; limit: number; hasMore: boolean }>> {
  const filter = poolFilterOf(ctx, who, f);
  if (!filter.ok) return filter;
  const limit = f.limit ?? 20;
  const page = f.page ?? 1;
  if ((page - 1) * limit >= MAX_OFFSET_ROWS) return failure('page-too-deep');
  const today = ctx.clock.today();
  const rows = await listPoolRows(ctx.db, { ...filter.value, offset: (page - 1) * limit, limit: limit + 1 });
  return success({ items: rows.slice(0, limit).map((r) => itemOf(ctx, r, today)), page, limit, hasMore: rows.length > limit });
}

// A find's review (ADR 0215): its deadline running, met by a decision not to resume (with the
// reason, for the court only), or met otherwise — by the resumption.
function reviewOf(f: FindReviewRow | undefined, forApplicant: boolean) {
  if (!f || f.state === 'waived') return { findReview: null, declineReason: null };
  if (f.state === 'open' || f.state === 'overdue') return { findReview: 'open' as const, declineReason: null };
  if (f.declineReason === null) return { findReview: 'resumed' as const, declineReason: null };
  return { findReview: 'declined' as const, declineReason: forApplicant ? null : f.declineReason };
}

const researchView = (r: ResearchRow, f: FindReviewRow | undefined, forApplicant: boolean) => ({
  cycle: r.cycle,
  dueOn: r.due_on,
  sentOn: r.sent_on,
  searchId: r.search_id,
  requests: r.requests,
  answered: r.answered,
  answeredOn: r.answered_on,
  findings: r.findings,
  value: formatYuan(r.value_fen),
  notice: r.notice,
  ...reviewOf(f, forApplicant),
});

async function historyOf(ctx: AppContext, caseId: string, forApplicant: boolean) {
  const pool = await poolRowOf(ctx.db, caseId);
  const rows = await researchesOf(ctx.db, caseId);
  const reviews = new Map((await findReviewsOf(ctx.db, caseId)).map((f) => [f.cycle, f]));
  // The applicant sees a cycle once its result is told (终本规定 第9条: 告知申请执行人).
  const shown = forApplicant ? rows.filter((r) => r.notice !== null) : rows;
  return {
    inPool: pool?.status === 'in-pool',
    nextSearchDue: pool?.status === 'in-pool' ? pool.next_search_due : null,
    items: shown.map((r) => researchView(r, reviews.get(r.cycle), forApplicant)),
  };
}

/** GET /cases/{id}/researches: a case's re-searches, for those who read the court's cases. */
export async function caseResearches(ctx: AppContext, who: Principal, caseId: string) {
  if (!can(who, 'case.read')) return failure('case-not-found');
  const courtId = await courtOfCase(ctx.db, caseId);
  if (courtId === undefined || !inScope(who, courtId)) return failure('case-not-found');
  return success(await historyOf(ctx, caseId, false));
}

/** GET /party/cases/{id}/researches: the results told to the applicant, in the portal. */
export async function applicantResearches(ctx: AppContext, who: Principal, caseId: string) {
  if (!can(who, 'party.case.read') || !(await isApplicantOf(ctx.db, caseId, who.partyIdentity))) return failure('case-not-found');
  return success(await historyOf(ctx, caseId, true));
}
