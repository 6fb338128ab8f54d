import { actorOf } from '../audit/audit.types.ts';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import type { Tx } from '../db/connection.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { compareDates, parseLocalDate } from '../shared/dates.ts';
import { actionName, approvalPolicyOf, type ApprovalPolicy } from '../shared/approvals.ts';
import { panelReviewPolicy, terminationRefusal, terminationRouteOf } from '../termination/closure-gate.ts';
import { closureModes, type CaseStatus, type ClosureMode } from './cases.types.ts';
import { lockCase, updateCase, type CaseRecord } from './cases.repo.ts';
import { officerOfCourt } from '../access/officers.ts';
import { transitionNames, transitions, type Transition } from './lifecycle.ts';
import { recordCaseFacts } from '../deadlines/deadline-changes.ts';
import { requestApprovalIn } from '../approvals/request-approval.ts';
import { approvalView, type ApprovalView } from '../approvals/read-approvals.ts';
import { caseFact, closureRefusal, deferralUntil, stepReason, transitionRefusal, writeClosure, writeTransition } from './case-steps.ts';

type Change = { version?: number | undefined; reason?: string | undefined; until?: string | undefined };

/** A step taken, or, where the step needs a second signature, the request filed for it (the case unchanged). */
export type Stepped<S> = { status: S | CaseStatus; version: number; approval?: ApprovalView };

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

async function fileRequest(
  trx: Tx,
  ctx: AppContext,
  who: Principal,
  c: CaseRecord,
  r: {
    kind: 'case.defer' | 'case.close';
    payload: Record<string, unknown>;
    summary: string;
    reason: string | null;
    mode?: ClosureMode;
    policy?: ApprovalPolicy | null;
  },
): Promise<Result<Stepped<never>> | null> {
  const policy = r.policy !== undefined ? r.policy : approvalPolicyOf(r.kind, r.mode);
  if (!policy) return null;
  const filed = await requestApprovalIn(trx, ctx, who, {
    courtId: c.courtId,
    caseId: c.id,
    kind: r.kind,
    payload: r.payload,
    summary: r.summary,
    reason: r.reason,
    steps: policy.steps,
  });
  if (!filed.ok) return filed;
  return success({ status: c.status, version: c.version, approval: approvalView(filed.value, [], c.caseNumber) });
}

/**
 * 开始执行, 中止, 暂缓, 恢复进行. 中止 and 暂缓 need a reason; 暂缓 its last day within the legal
 * bound. Where the step needs approval (暂缓执行: src/shared/approvals.ts) it files the request.
 */
export async function transitionCase(
  ctx: AppContext,
  who: Principal,
  caseId: string,
  t: Transition,
  input: Change,
): Promise<Result<Stepped<CaseStatus>>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  const reason = stepReason(t, input.reason);
  if (!reason.ok) return reason;
  const until = deferralUntil(t, input.until, ctx.clock.today());
  if (!until.ok) return until;
  return withLockedCase(ctx, who, caseId, input.version, async (trx, c) => {
    const refused = transitionRefusal(c, t);
    if (refused) return refused;
    if (t === 'defer') {
      const summary = `${transitionNames[t]}至 ${until.value}`;
      const payload = { reason: reason.value, until: until.value };
      const requested = await fileRequest(trx, ctx, who, c, { kind: 'case.defer', payload, summary, reason: reason.value });
      if (requested) return requested;
    }
    const version = await writeTransition(trx, ctx, actorOf(who), c, t, { reason: reason.value, until: until.value });
    return success({ status: transitions[t].to, version });
  });
}

export type Closure = { mode: string; closedOn: string; reason: string; version?: number; route?: string };

/**
 * 结案. 终结执行 and 不予执行 need approval (src/shared/approvals.ts): those file the request. 终本
 * passes the gate on the case's facts (src/termination, ADR 0212) on its closing day, or is refused
 * 409 with what is unmet; by the applicant's consent it closes, by panel review it files the request.
 */
export const closeCase = (ctx: AppContext, who: Principal, caseId: string, input: Closure) => closeWith(ctx, who, caseId, input, true);

/**
 * A closure of the past written as history (the demo's caseload replayed through the use cases,
 * test/demo/use-case-replay.ts), like an imported closed case: no 终本 gate, whose facts predate
 * the records. No route reaches it.
 */
export const recordPastClosure = (ctx: AppContext, who: Principal, caseId: string, input: Closure) =>
  closeWith(ctx, who, caseId, input, false);

async function closeWith(
  ctx: AppContext,
  who: Principal,
  caseId: string,
  input: Closure,
  gated: boolean,
): Promise<Result<Stepped<'closed'>>> {
  if (!can(who, 'case.close')) return failure('forbidden');
  const mode = (closureModes as readonly string[]).includes(input.mode) ? (input.mode as ClosureMode) : null;
  if (!mode) return failure('unknown-closure-mode');
  const closedOn = parseLocalDate(input.closedOn);
  if (!closedOn) return failure('invalid-date-value', '结案日期须为有效日期');
  if (compareDates(closedOn, ctx.clock.today()) > 0) return failure('date-in-future', '结案日期不能晚于今天');
  const reason = (input.reason ?? '').trim();
  if (!reason) return failure('reason-required', '请填写结案理由');
  return withLockedCase(ctx, who, caseId, input.version, async (trx, c) => {
    const refused = closureRefusal(c, mode, closedOn);
    if (refused) return refused;
    const route = gated && mode === 'current-procedure-terminated' ? terminationRouteOf(input.route) : null;
    if (route !== null && typeof route !== 'string') return route;
    const gate = route ? await terminationRefusal(trx, c.id, closedOn, route) : null;
    if (gate) return gate;
    const summary = `${actionName('case.close', mode)}（结案日期 ${closedOn}）`;
    const requested = await fileRequest(trx, ctx, who, c, {
      kind: 'case.close',
      payload: { mode, closedOn, reason, ...(route ? { route } : {}) },
      summary,
      reason,
      mode,
      ...(route ? { policy: panelReviewPolicy(route) } : {}),
    });
    if (requested) return requested;
    const version = await writeClosure(trx, ctx, actorOf(who), c, { mode, closedOn, reason, ...(route ? { route } : {}) });
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
    const r = await assignLocked(trx, ctx, who, c, officerId, false);
    return r.ok ? success({ version: r.value.version }) : r;
  });
}

/**
 * The per-case part of 指定承办人 in the caller's transaction, for the pool's bulk assignment (ADR
 * 0216): the same checks and event as the single route; a case already with that officer is left
 * unchanged (no event). A refusal writes nothing.
 */
export async function assignOfficerIn(
  trx: Tx,
  ctx: AppContext,
  who: Principal,
  caseId: string,
  officerId: string,
): Promise<Result<{ version: number; changed: boolean }>> {
  if (!can(who, 'case.assign')) return failure('forbidden');
  const c = await lockCase(trx, caseId);
  if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
  return assignLocked(trx, ctx, who, c, officerId, true);
}

async function assignLocked(
  trx: Tx,
  ctx: AppContext,
  who: Principal,
  c: CaseRecord,
  officerId: string,
  sameIsUnchanged: boolean,
): Promise<Result<{ version: number; changed: boolean }>> {
  const officer = await officerOfCourt(trx, officerId, c.courtId);
  if (!officer) return failure('officer-invalid');
  if (sameIsUnchanged && c.officerId === officer.id) return success({ version: c.version, changed: false });
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
  return success({ version: next, changed: true });
}
