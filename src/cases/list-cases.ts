import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { isUuid } from '../shared/ids.ts';
import { formatYuan, parseYuan } from '../shared/money.ts';
import { addDays, compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { parseApiDate } from '../shared/contract.ts';
import { caseStatuses, closureModes, statusNames, type CaseStatus, type ClosureMode } from './cases.types.ts';
import { nodeById } from '../deadlines/registry.ts';
import type { TermState } from '../shared/vocabulary.ts';
import { countCaseRows, LIST_DEADLINE_NODE, listCaseRows, type CaseListQuery, type CaseListRow, type ListSort } from './case-list.repo.ts';
import { logIdentitySearch, searchedIdentity } from './identity-search.ts';
import { readsCases } from './read-cases.ts';

// The case list as a clerk uses it: search by number, party, ID fragment or 执行依据 number; filters
// for 承办人, status, 结案方式, 立案年度, amount and the 执行期限; sorting; page numbers or a cursor;
// a total; each row marked by its 执行期限 (red past it, orange within DUE_SOON_DAYS).

/** A case is "due soon" this many days before its 执行期限 ends: from the node's first reminder (src/deadlines/registry.ts). */
export const DUE_SOON_DAYS = Math.max(...(nodeById(LIST_DEADLINE_NODE)?.remindDaysBefore ?? [30]));
/** Page numbers reach this many rows; past them, narrow the filters (or page by cursor through the API). */
export const MAX_OFFSET_ROWS = 10_000;
/** The total is counted up to this many cases; beyond, the answer says "at least". */
export const COUNT_CAP = 100_000;

export type CaseFilters = {
  court?: string | undefined;
  status?: string | undefined;
  officer?: string | undefined;
  filedFrom?: string | undefined;
  filedTo?: string | undefined;
  party?: string | undefined;
  caseNumber?: string | undefined;
  titleNumber?: string | undefined;
  closureMode?: string | undefined;
  year?: number | undefined;
  amountFrom?: string | undefined;
  amountTo?: string | undefined;
  deadline?: 'overdue' | 'due-soon' | undefined;
  sort?: ListSort['by'] | undefined;
  order?: ListSort['order'] | undefined;
  page?: number | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
};

type Parsed = { query: Omit<CaseListQuery, 'after' | 'limit' | 'offset'>; empty: boolean };

const amount = (v: string | undefined) => (v === undefined || v.trim() === '' ? undefined : parseYuan(v.replace(/[,，\s]/g, '')));

/** The filters as the repository takes them, or the problem with one of them. */
export function parseFilters(ctx: AppContext, who: Principal, f: CaseFilters): Result<Parsed> {
  let courtIds: readonly number[] = who.courtIds;
  let courtFilter: number | null = null;
  if (f.court) {
    const court = ctx.courts.byCode(f.court);
    if (!court) return failure('unknown-court', f.court);
    courtFilter = court.id;
    courtIds = courtIds.includes(court.id) ? [court.id] : [];
  }
  if (f.status && !(caseStatuses as readonly string[]).includes(f.status)) return failure('unknown-status', `未知状态 ${f.status}`);
  if (f.closureMode && !(closureModes as readonly string[]).includes(f.closureMode))
    return failure('unknown-closure-mode', `未知结案方式 ${f.closureMode}`);
  for (const d of [f.filedFrom, f.filedTo]) if (d && !parseLocalDate(d)) return failure('invalid-date-value', d);
  if (f.officer && !isUuid(f.officer)) return failure('validation-failed', '承办人编号不正确');
  const amountFrom = amount(f.amountFrom);
  const amountTo = amount(f.amountTo);
  if (amountFrom === null || amountTo === null) return failure('invalid-money', '标的金额须为非负金额，最多两位小数');
  if (amountFrom !== undefined && amountTo !== undefined && amountFrom > amountTo)
    return failure('validation-failed', '标的金额的下限不能大于上限');
  const partyOnly = !can(who, 'case.read');
  const today = ctx.clock.today();
  return success({
    empty: partyOnly ? !who.partyIdentity : courtIds.length === 0,
    query: {
      // A party's own cases may lie in any court, so only the court filter narrows them.
      courtIds: partyOnly ? (courtFilter !== null ? [courtFilter] : null) : courtIds,
      partyIdentity: partyOnly ? who.partyIdentity : null,
      status: f.status as CaseStatus | undefined,
      officerId: f.officer,
      filedFrom: f.filedFrom,
      filedTo: f.filedTo,
      party: f.party?.trim() || undefined,
      caseNumber: f.caseNumber?.trim() || undefined,
      titleNumber: f.titleNumber?.trim() || undefined,
      closureMode: f.closureMode,
      year: f.year,
      amountFrom,
      amountTo,
      deadline: f.deadline ? { state: f.deadline, today, soonDays: DUE_SOON_DAYS } : undefined,
      sort: f.sort ? { by: f.sort, order: f.order ?? 'desc' } : undefined,
    },
  });
}

/** The 执行期限 of a row as the list marks it. */
export function termMark(m: { due_on: string; state: string; paused_since: string | null } | undefined, today: LocalDate) {
  if (!m) return null;
  const dueOn = m.due_on;
  const running = (m.state === 'open' || m.state === 'overdue') && m.paused_since === null;
  const due = parseLocalDate(dueOn)!;
  const state: TermState = !running
    ? m.state === 'met'
      ? 'met'
      : m.state === 'waived'
        ? 'waived'
        : 'paused'
    : compareDates(due, today) < 0
      ? 'overdue'
      : compareDates(due, addDays(today, DUE_SOON_DAYS)) <= 0
        ? 'due-soon'
        : 'running';
  return { dueOn, state };
}

export async function listCases(ctx: AppContext, who: Principal, f: CaseFilters) {
  if (!readsCases(who)) return failure('forbidden');
  const limit = Math.min(Math.max(f.limit ?? 20, 1), 200);
  const parsed = parseFilters(ctx, who, f);
  if (!parsed.ok) return parsed;
  let after: { filedOn: string; id: string } | null = null;
  if (f.cursor) {
    if (f.sort && (f.sort !== 'filedOn' || (f.order ?? 'desc') !== 'desc'))
      return failure('validation-failed', '游标分页只用于默认排序（立案日期从新到旧）；其他排序请用页码 page');
    const [filedOn, id] = Buffer.from(f.cursor, 'base64url').toString().split('|');
    if (!filedOn || !id || !parseApiDate(filedOn) || !isUuid(id)) return failure('invalid-cursor');
    after = { filedOn, id };
  }
  const page = f.page ?? 1;
  const offset = (page - 1) * limit;
  if (offset + limit > MAX_OFFSET_ROWS)
    return failure('page-too-deep', `页码只到前 ${MAX_OFFSET_ROWS} 件；请缩小筛选范围，或按游标（cursor）逐页读取`);
  if (parsed.value.empty) return success({ items: [], nextCursor: null, page, limit });

  const rows = await listCaseRows(ctx.db, { ...parsed.value.query, after, offset: after ? 0 : offset, limit: limit + 1 });
  const shown = rows.slice(0, limit);
  const identity = searchedIdentity(f.party);
  if (identity) await logIdentitySearch(ctx, who, identity, shown);
  const last = shown[shown.length - 1];
  const today = ctx.clock.today();
  const defaultOrder = !f.sort || (f.sort === 'filedOn' && (f.order ?? 'desc') === 'desc');
  return success({
    items: shown.map((r) => itemOf(ctx, r, termMark(markOf(r), today))),
    nextCursor: rows.length > limit && last && defaultOrder ? Buffer.from(`${last.filed_on}|${last.id}`).toString('base64url') : null,
    hasMore: rows.length > limit,
    page,
    limit,
  });
}

/** The 执行期限 mark the list's query brings along with each row. */
const markOf = (r: CaseListRow) =>
  r.term_due_on === null || r.term_state === null
    ? undefined
    : { due_on: r.term_due_on, state: r.term_state, paused_since: r.term_paused_since };

export function itemOf(ctx: AppContext, r: CaseListRow, term: ReturnType<typeof termMark>) {
  const court = ctx.courts.byId(r.court_id)!;
  return {
    id: r.id,
    caseNumber: r.case_number,
    court: { code: court.code, name: court.name },
    type: r.type,
    status: r.status,
    statusName: statusNames[r.status],
    closureMode: r.closure_mode as ClosureMode | null,
    filedOn: r.filed_on,
    claimAmount: formatYuan(BigInt(r.claim_amount)),
    applicants: r.applicant_names,
    debtors: r.debtor_names,
    officerName: r.officer_name,
    term,
  };
}

/** How many cases the filters find (counted up to COUNT_CAP). */
export async function countCases(ctx: AppContext, who: Principal, f: CaseFilters) {
  if (!readsCases(who)) return failure('forbidden');
  const parsed = parseFilters(ctx, who, f);
  if (!parsed.ok) return parsed;
  if (parsed.value.empty) return success({ total: 0, capped: false });
  const n = await countCaseRows(ctx.db, { ...parsed.value.query, after: null, limit: 0 }, COUNT_CAP + 1);
  return success({ total: Math.min(n, COUNT_CAP), capped: n > COUNT_CAP });
}
