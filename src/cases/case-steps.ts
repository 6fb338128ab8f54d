import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { recordCaseFacts } from '../deadlines/deadline-changes.ts';
import type { CaseFact, CaseFactAction } from '../deadlines/deadlines.types.ts';
import { checkDeferralUntil } from '../rules/deferral-term.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Failure, type Result } from '../shared/result.ts';
import { closureModeNames, statusNames, type ClosureMode } from './cases.types.ts';
import { updateCase, type CaseRecord } from './cases.repo.ts';
import { canClose, canTransition, transitionNames, transitions, type Transition } from './lifecycle.ts';
import { endListingsOnClosure } from '../credit/end-listing.ts';
import { liftRestrictionsOnClosure } from '../credit/lift-restriction.ts';
import { issueTerminationRulingIn } from '../documents/termination-ruling.ts';
import { enterPool } from '../dormant/enter-pool.ts';

// The writes of the lifecycle's steps on a locked case row, shared by the direct use cases
// (change-case.ts) and by the approvals that perform them (approval-handlers.ts).

/** Who approved a step that needed approval: recorded on the step's own event. */
export type ApprovedBy = { approvalId: string; requestedBy: string; approvedBy: string };

const fieldError = (field: string, message: string) => [{ field, code: 'required', message }];

/** 中止 and 暂缓 state their reason (民事诉讼法(2023) 第267条; 民诉法解释(2022) 第467条). */
export function stepReason(t: Transition, reason: string | undefined): Result<string | null> {
  const text = (reason ?? '').trim();
  if (!text && (t === 'suspend' || t === 'defer')) {
    const message = `请填写${transitionNames[t]}的理由`;
    return failure('reason-required', message, fieldError('reason', message));
  }
  return success(text || null);
}

/** 暂缓执行 states its last day, within the legal bound counted from `on` (民诉法解释(2022) 第467条: at most one year). */
export function deferralUntil(t: Transition, until: string | undefined, on: LocalDate): Result<LocalDate | null> {
  if (t !== 'defer') return until === undefined ? success(null) : failure('validation-failed', '只有暂缓执行可以指定期限');
  if (until === undefined) {
    const message = '请填写暂缓执行期限（最后一日，最长一年）';
    return failure('deferral-until-required', message, fieldError('until', message));
  }
  const day = parseLocalDate(until);
  if (!day) return failure('invalid-date-value', '暂缓执行期限须为有效日期');
  const check = checkDeferralUntil(on, day);
  if (!check.afterStart) return failure('deferral-until-invalid', `暂缓执行期限须晚于 ${on}`);
  if (!check.withinLimit) return failure('deferral-too-long', `暂缓执行最长至 ${check.maxUntil}（民诉法解释第467条：最长不得超过一年）`);
  return success(day);
}

export function transitionRefusal(c: CaseRecord, t: Transition): Failure | null {
  return canTransition(c.status, t)
    ? null
    : failure('illegal-transition', `案件状态为「${statusNames[c.status]}」，不能${transitionNames[t]}`);
}

export function closureRefusal(c: CaseRecord, mode: ClosureMode, closedOn: LocalDate): Failure | null {
  if (!canClose(c.status, mode))
    return failure('closure-not-allowed', `案件状态为「${statusNames[c.status]}」，不能以「${closureModeNames[mode]}」方式结案`);
  if (compareDates(closedOn, c.filedOn) < 0) return failure('closed-before-filed');
  return null;
}

export async function writeTransition(
  trx: Tx,
  ctx: AppContext,
  actor: Actor,
  c: CaseRecord,
  t: Transition,
  step: { reason: string | null; until: LocalDate | null; approval?: ApprovedBy },
): Promise<number> {
  const to = transitions[t].to;
  const now = ctx.clock.now();
  const deferral = t === 'defer' || t === 'continue' ? { deferred_until: step.until } : {};
  const version = await updateCase(trx, c, { status: to, ...deferral }, now);
  await appendEvent(trx, actor, now, {
    courtId: c.courtId,
    caseId: c.id,
    action: `case.${t}`,
    entityType: 'case',
    entityId: c.id,
    changes: {
      status: { before: c.status, after: to },
      ...(step.reason ? { reason: step.reason } : {}),
      ...(step.until ? { deferredUntil: step.until } : {}),
      ...(step.approval ? { approval: step.approval } : {}),
    },
  });
  // Suspension and deferral stop the clocks of the deadlines that deduct them; continuing restarts them.
  if (t !== 'start') await recordCaseFacts(trx, ctx, actor, now, [caseFact(c, `case.${t}`, ctx.clock.today())]);
  return version;
}

// `route`: how a 终本 was decided (src/termination: the applicant's written consent or the panel and the 院长).
export type ClosureStep = { mode: ClosureMode; closedOn: LocalDate; reason: string; approval?: ApprovedBy; route?: string };

export async function writeClosure(trx: Tx, ctx: AppContext, actor: Actor, c: CaseRecord, s: ClosureStep): Promise<number> {
  const now = ctx.clock.now();
  // A deferred case closed (终结执行 …) ends its deferral too: the sweep has nothing left to continue.
  const deferral = c.deferredUntil ? { deferred_until: null } : {};
  const closure = { status: 'closed' as const, closure_mode: s.mode, closed_on: s.closedOn, closure_reason: s.reason, ...deferral };
  const version = await updateCase(trx, c, closure, now);
  await appendEvent(trx, actor, now, {
    courtId: c.courtId,
    caseId: c.id,
    action: 'case.closed',
    entityType: 'case',
    entityId: c.id,
    changes: {
      status: { before: c.status, after: 'closed' },
      closureMode: { before: null, after: s.mode },
      closedOn: { before: null, after: s.closedOn },
      closureReason: { before: null, after: s.reason },
      reason: s.reason,
      claimAmountFen: c.claimAmount.toString(),
      ...(c.deferredUntil ? { deferredUntil: { before: c.deferredUntil, after: null } } : {}),
      ...(s.approval ? { approval: s.approval } : {}),
      ...(s.route ? { terminationRoute: s.route } : {}),
    },
  });
  // Closure meets the 执行期限 and waives the nodes still open (src/deadlines/registry.ts).
  await recordCaseFacts(trx, ctx, actor, now, [
    { ...caseFact(c, 'case.closed', s.closedOn), detail: closureModeNames[s.mode], closureMode: s.mode },
  ]);
  // 执行完毕, 不予执行 and 终结执行 delete the case's dishonest listings (失信名单规定 第10条, src/credit).
  await endListingsOnClosure(ctx, trx, actor, c.id, { mode: s.mode, closedOn: s.closedOn, reason: s.reason });
  // 执行完毕 lifts the case's 限制消费令 (限制消费规定 第9条第2款, src/credit).
  await liftRestrictionsOnClosure(ctx, trx, actor, c.id, { mode: s.mode, closedOn: s.closedOn });
  if (s.mode === 'current-procedure-terminated') {
    // 终本: a closure decided here (it has its route: the gate passed) gets its ruling, to be served on
    // the applicant (ADR 0214); a closure of the past written as history has its ruling on paper.
    if (s.route === 'panel-review' || s.route === 'applicant-confirmed')
      await issueTerminationRulingIn(trx, ctx, actor, now, { caseId: c.id, issuedOn: s.closedOn, route: s.route });
    // It enters the 终本案件库, with its first re-search deadline (src/dormant, ADR 0213).
    await enterPool(trx, ctx, actor, { caseId: c.id, courtId: c.courtId, closedOn: s.closedOn });
  }
  return version;
}

export const caseFact = (c: CaseRecord, action: CaseFactAction, on: LocalDate): CaseFact => ({
  action,
  courtId: c.courtId,
  caseId: c.id,
  caseType: c.type,
  on,
});
