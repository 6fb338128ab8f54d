import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { compareDates, daysBetween, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { isUuid } from '../shared/ids.ts';
import { failure, success, type Result } from '../shared/result.ts';
import {
  caseCourtOf,
  caseDeadlineRows,
  courtDeadlineRows,
  officerTodoCounts,
  officerTodoRows,
  type DeadlineRow,
} from './deadline-reads.repo.ts';
import { deadlineStateNames, deadlineStates, type DeadlineState } from './deadlines.types.ts';
import { nodeById } from './registry.ts';

// The reads: a case's deadlines, a court's list, an officer's to-do list. Staff read within their
// courts (case.read); what a deadline shows is derived from its row and today's date.

const pauseNames = { 'case.suspend': '中止执行', 'case.defer': '暂缓执行', 'funds.hold': '暂缓发放' } as const;

export function effectiveState(d: DeadlineRow, today: LocalDate): DeadlineState {
  return d.state === 'open' && d.pausedSince === null && compareDates(d.dueOn, today) < 0 ? 'overdue' : d.state;
}

function dueLabel(d: DeadlineRow, state: DeadlineState, days: number): string {
  if (state === 'met')
    return d.metOn && compareDates(d.metOn, d.dueOn) > 0 ? `已完成（超期 ${daysBetween(d.dueOn, d.metOn)} 天）` : '已按期完成';
  if (state === 'waived') return '已免除';
  if (d.pausedSince) return `已停止计时（${pauseNames[d.pauses.at(-1)!.cause]}）`;
  if (days < 0) return `已超期 ${-days} 天`;
  return days === 0 ? '今日到期' : `还剩 ${days} 天`;
}

export function deadlineView(d: DeadlineRow, today: LocalDate) {
  const state = effectiveState(d, today);
  const days = daysBetween(today, d.dueOn);
  const running = (state === 'open' || state === 'overdue') && d.pausedSince === null;
  return {
    id: d.id,
    caseId: d.caseId,
    caseNumber: d.caseNumber,
    node: d.node,
    title: d.title,
    subject: d.subject || null,
    basis: [...d.basis],
    startOn: d.startOn,
    dueOn: d.dueOn,
    state,
    stateName: deadlineStateNames[state],
    dueInDays: running ? days : null,
    dueLabel: dueLabel(d, state, days),
    metOn: d.metOn,
    late: d.state === 'met' && d.metOn !== null && compareDates(d.metOn, d.dueOn) > 0,
    waivedReason: d.waivedReason,
    paused: d.pausedSince !== null,
    pausedSince: d.pausedSince,
    pauses: d.pauses.map((p) => ({ from: p.from, to: p.to, cause: p.cause, causeName: pauseNames[p.cause] })),
    provisional: d.provisionalYears.length > 0,
    provisionalYears: [...d.provisionalYears],
    officer: d.officerId ? { id: d.officerId, name: d.officerName ?? '' } : null,
  };
}

export type DeadlineView = ReturnType<typeof deadlineView>;

export async function caseDeadlines(ctx: AppContext, who: Principal, caseId: string): Promise<Result<{ items: DeadlineView[] }>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  if (!isUuid(caseId)) return failure('case-not-found');
  const courtId = await caseCourtOf(ctx.db, caseId);
  if (courtId === undefined || !inScope(who, courtId)) return failure('case-not-found');
  const today = ctx.clock.today();
  return success({ items: (await caseDeadlineRows(ctx.db, caseId)).map((d) => deadlineView(d, today)) });
}

export type DeadlineFilters = {
  court?: string | undefined;
  state?: string | undefined;
  node?: string | undefined;
  officer?: string | undefined;
  dueFrom?: string | undefined;
  dueTo?: string | undefined;
  cursor?: string | undefined;
  limit?: number | undefined;
};

export async function courtDeadlines(ctx: AppContext, who: Principal, f: DeadlineFilters) {
  if (!can(who, 'case.read')) return failure('forbidden');
  let courtIds = who.courtIds;
  if (f.court) {
    const court = ctx.courts.byCode(f.court);
    if (!court) return failure('unknown-court', f.court);
    courtIds = inScope(who, court.id) ? [court.id] : [];
  }
  if (f.state && !(deadlineStates as readonly string[]).includes(f.state)) return failure('unknown-deadline-state', f.state);
  if (f.node && !nodeById(f.node)) return failure('unknown-deadline-node', f.node);
  if (f.officer && !isUuid(f.officer)) return failure('validation-failed', '承办人编号不正确');
  const dueFrom = f.dueFrom ? parseLocalDate(f.dueFrom) : undefined;
  const dueTo = f.dueTo ? parseLocalDate(f.dueTo) : undefined;
  if (dueFrom === null || dueTo === null) return failure('invalid-date-value', '到期日期须为 YYYY-MM-DD');
  let after: { dueOn: LocalDate; id: string } | undefined;
  if (f.cursor) {
    const [due, id] = Buffer.from(f.cursor, 'base64url').toString().split('|');
    const dueOn = parseLocalDate(due);
    if (!dueOn || !id || !isUuid(id)) return failure('invalid-cursor');
    after = { dueOn, id };
  }
  const limit = Math.min(Math.max(f.limit ?? 50, 1), 200);
  if (courtIds.length === 0) return success({ items: [], nextCursor: null });
  const today = ctx.clock.today();
  const rows = await courtDeadlineRows(ctx.db, {
    courtIds,
    today,
    state: f.state as DeadlineState | undefined,
    node: f.node,
    officerId: f.officer,
    dueFrom,
    dueTo,
    after,
    limit: limit + 1,
  });
  const page = rows.slice(0, limit);
  const last = page.at(-1);
  return success({
    items: page.map((d) => deadlineView(d, today)),
    nextCursor: rows.length > limit && last ? Buffer.from(`${last.dueOn}|${last.id}`).toString('base64url') : null,
  });
}

/** 待办: the running deadlines of the caller's cases, soonest (and overdue) first; the counts cover them all. */
export async function myTodo(
  ctx: AppContext,
  who: Principal,
  opts: { limit?: number | undefined } = {},
): Promise<Result<{ items: DeadlineView[]; total: number; overdue: number; dueSoon: number }>> {
  if (!can(who, 'case.read')) return failure('forbidden');
  if (!who.userId) return success({ items: [], total: 0, overdue: 0, dueSoon: 0 });
  const today = ctx.clock.today();
  const limit = Math.min(Math.max(opts.limit ?? 100, 1), 500);
  const [rows, counts] = await Promise.all([officerTodoRows(ctx.db, who.userId, limit), officerTodoCounts(ctx.db, who.userId, today)]);
  return success({ items: rows.map((d) => deadlineView(d, today)), ...counts });
}
