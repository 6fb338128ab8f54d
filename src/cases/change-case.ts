import { actorOf } from '../audit/audit.types.ts';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import type { Tx } from '../db/connection.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { closureModes, closureModeNames, statusNames, type CaseStatus, type ClosureMode } from './cases.types.ts';
import { lockCase, updateCase, type CaseRecord } from './cases.repo.ts';
import { officerOfCourt } from '../access/officers.ts';
import { canClose, canTransition, transitionNames, transitions, type Transition } from './lifecycle.ts';
import { recordCaseFacts } from '../deadlines/deadline-changes.ts';
import { checkDeferralUntil } from '../rules/deferral-term.ts';
import type { CaseFact, CaseFactAction } from '../deadlines/deadlines.types.ts';

type Change = { version?: number | undefined; reason?: string | undefined; until?: string | undefined };

// 暂缓执行 may state its last day, within the legal bound (民诉法解释 第467条: at most one year).
function deferralUntil(ctx: AppContext, t: Transition, until: string | undefined): Result<string | null> {
  if (until === undefined) return success(null);
  if (t !== 'defer') return failure('validation-failed', '只有暂缓执行可以指定期限');
  const day = parseLocalDate(until);
  if (!day) return failure('invalid-date-value', '暂缓执行期限须为有效日期');
  const check = checkDeferralUntil(ctx.clock.today(), day);
  if (!check.afterStart) return failure('deferral-until-invalid');
  if (!check.withinLimit) return failure('deferral-too-long', `暂缓执行最长至 ${check.maxUntil}`);
  return success(day);
}

// Locks the case row, checks scope and version, then lets `apply` decide and write.
async function withLockedCase<T>(
  ctx: AppContext,
  who: Principal,
  caseId: string,
  version: number | undefined,
  apply: (trx: Tx, c: CaseRecord) => Promise<Result<T>>,
): Promise<Result<T>> {
  return transact(ctx, async (trx) => {
    const c = await lockCase(trx, caseId);
    if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
    if (version !== undefined && version !== c.version) return failure('stale-version', `当前版本 ${c.version}`);
    return apply(trx, c);
  });
}

export async function transitionCase(
  ctx: AppContext,
  who: Principal,
  caseId: string,
  t: Transition,
  input: Change,
): Promise<Result<{ status: CaseStatus; version: number }>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  const until = deferralUntil(ctx, t, input.until);
  if (!until.ok) return until;
  return withLockedCase(ctx, who, caseId, input.version, async (trx, c) => {
    if (!canTransition(c.status, t))
      return failure('illegal-transition', `案件状态为「${statusNames[c.status]}」，不能${transitionNames[t]}`);
    const to = transitions[t].to;
    const now = ctx.clock.now();
    const deferral = t === 'defer' || t === 'continue' ? { deferred_until: until.value } : {};
    const version = await updateCase(trx, c, { status: to, ...deferral }, now);
    await appendEvent(trx, actorOf(who), now, {
      courtId: c.courtId,
      caseId: c.id,
      action: `case.${t}`,
      entityType: 'case',
      entityId: c.id,
      changes: {
        status: { before: c.status, after: to },
        ...(input.reason ? { reason: input.reason } : {}),
        ...(until.value ? { deferredUntil: until.value } : {}),
      },
    });
    // Suspension and deferral stop the clocks of the deadlines that deduct them; continuing restarts them.
    if (t !== 'start') await recordCaseFacts(trx, ctx, actorOf(who), now, [caseFact(c, `case.${t}`, ctx.clock.today())]);
    return success({ status: to, version });
  });
}

export type Closure = { mode: string; closedOn: string; reason: string; version?: number };

export async function closeCase(
  ctx: AppContext,
  who: Principal,
  caseId: string,
  input: Closure,
): Promise<Result<{ status: 'closed'; version: number }>> {
  if (!can(who, 'case.close')) return failure('forbidden');
  const mode = (closureModes as readonly string[]).includes(input.mode) ? (input.mode as ClosureMode) : null;
  if (!mode) return failure('unknown-closure-mode');
  const closedOn = parseLocalDate(input.closedOn);
  if (!closedOn) return failure('invalid-date-value', '结案日期须为有效日期');
  if (compareDates(closedOn, ctx.clock.today()) > 0) return failure('date-in-future', '结案日期不能晚于今天');
  const reason = (input.reason ?? '').trim();
  if (!reason) return failure('reason-required', '请填写结案理由');
  return withLockedCase(ctx, who, caseId, input.version, async (trx, c) => {
    if (!canClose(c.status, mode))
      return failure('closure-not-allowed', `案件状态为「${statusNames[c.status]}」，不能以「${closureModeNames[mode]}」方式结案`);
    if (compareDates(closedOn, c.filedOn) < 0) return failure('closed-before-filed');
    const now = ctx.clock.now();
    const version = await updateCase(trx, c, { status: 'closed', closure_mode: mode, closed_on: closedOn, closure_reason: reason }, now);
    await appendEvent(trx, actorOf(who), now, {
      courtId: c.courtId,
      caseId: c.id,
      action: 'case.closed',
      entityType: 'case',
      entityId: c.id,
      changes: {
        status: { before: c.status, after: 'closed' },
        closureMode: { before: null, after: mode },
        closedOn: { before: null, after: closedOn },
        closureReason: { before: null, after: reason },
        reason,
        claimAmountFen: c.claimAmount.toString(),
      },
    });
    // Closure meets the 执行期限 and waives the nodes still open (src/deadlines/registry.ts).
    await recordCaseFacts(trx, ctx, actorOf(who), now, [{ ...caseFact(c, 'case.closed', closedOn), detail: closureModeNames[mode] }]);
    return success({ status: 'closed' as const, version });
  });
}

export async function assignOfficer(
  ctx: AppContext,
  who: Principal,
  caseId: string,
  officerId: string,
  version?: number,
): Promise<Result<{ version: number }>> {
  if (!can(who, 'case.assign')) return failure('forbidden');
  return withLockedCase(ctx, who, caseId, version, async (trx, c) => {
    const officer = await officerOfCourt(trx, officerId, c.courtId);
    if (!officer) return failure('officer-invalid');
    const now = ctx.clock.now();
    const next = await updateCase(trx, c, { officer_id: officer.id }, now);
    await appendEvent(trx, actorOf(who), now, {
      courtId: c.courtId,
      caseId: c.id,
      action: 'case.officer-assigned',
      entityType: 'case',
      entityId: c.id,
      changes: { officerId: { before: c.officerId, after: officer.id }, officerName: officer.name },
    });
    await recordCaseFacts(trx, ctx, actorOf(who), now, [caseFact(c, 'case.officer-assigned', ctx.clock.today())]);
    return success({ version: next });
  });
}

const caseFact = (c: CaseRecord, action: CaseFactAction, on: LocalDate): CaseFact => ({
  action,
  courtId: c.courtId,
  caseId: c.id,
  caseType: c.type,
  on,
});
