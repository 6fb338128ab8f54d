import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import type { Tx } from '../db/connection.ts';
import { meetDeadline, openDeadline } from '../deadlines/deadline-changes.ts';
import { releaseDistributionHoldIn } from '../funds/distribution-hold.ts';
import { compareDates, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { findObjection, updateObjection } from './distribution.repo.ts';
import { lockedDistribution } from './distribution-locks.ts';
import type { DistributionRecord, ObjectionOutcome, ObjectionRecord } from './distribution.types.ts';

type Locked = { d: DistributionRecord; o: ObjectionRecord };

async function lockObjection(tx: Tx, who: Principal, id: string): Promise<Result<Locked>> {
  if (!can(who, 'case.progress')) return failure('forbidden');
  const o = await findObjection(tx, id);
  const d = o && (await lockedDistribution(tx, who, o.distributionId));
  if (!o || !d) return failure('distribution-objection-not-found');
  return success({ d, o: (await findObjection(tx, id))! });
}

function dateOf(ctx: AppContext, text: string): Result<LocalDate> {
  const on = parseLocalDate(text);
  if (!on) return failure('invalid-date-value');
  if (compareDates(on, ctx.clock.today()) > 0) return failure('date-in-future');
  return success(on);
}

/**
 * POST /distribution-objections/{id}/notice: the other creditors and the debtor notified of the
 * objection; their 15-day window to oppose it (反对意见) opens as a deadline (distribution-answer,
 * 民诉法解释 第509条第2款), counted from the notice.
 */
export const recordObjectionNotice = (ctx: AppContext, who: Principal, id: string, body: { notifiedOn: string }) =>
  transact(ctx, async (tx): Promise<Result<{ answerDueOn: LocalDate }>> => {
    const on = dateOf(ctx, body.notifiedOn);
    if (!on.ok) return on;
    const locked = await lockObjection(tx, who, id);
    if (!locked.ok) return locked;
    const { d, o } = locked.value;
    if (o.state !== 'raised' || o.notifiedOn) return failure('distribution-outcome-invalid', '该异议已通知或已处理');
    if (compareDates(on.value, o.objectedOn) < 0) return failure('invalid-date-value', '通知日期不能早于异议日期');
    const now = ctx.clock.now();
    const deadline = (await openDeadline(tx, ctx, actorOf(who), now, {
      courtId: d.courtId,
      caseId: d.caseId,
      node: 'distribution-answer',
      subject: o.id,
      startOn: on.value,
    }))!;
    await updateObjection(tx, o.id, { notified_on: on.value, answer_due_on: deadline.dueOn });
    await appendEvent(tx, actorOf(who), now, {
      courtId: d.courtId,
      caseId: d.caseId,
      action: 'distribution.objection-notified',
      entityType: 'distribution',
      entityId: d.id,
      changes: { objectionId: o.id, notifiedOn: on.value, answerDueOn: deadline.dueOn },
    });
    return success({ answerDueOn: deadline.dueOn });
  });

// raised → stands (the objector did not sue: the plan stands, 第510条) or suit-filed (分配方案异议之诉);
// suit-filed → ended (the suit decided or withdrawn). Leaving the dispute releases the hold.
const next: Record<ObjectionOutcome, ObjectionRecord['state']> = { stands: 'raised', 'suit-filed': 'raised', ended: 'suit-filed' };

/** POST /distribution-objections/{id}/outcome: what became of the objection. */
export const recordObjectionOutcome = (ctx: AppContext, who: Principal, id: string, body: { outcome: ObjectionOutcome; on: string }) =>
  transact(ctx, async (tx): Promise<Result<{ state: ObjectionOutcome; released: boolean }>> => {
    const on = dateOf(ctx, body.on);
    if (!on.ok) return on;
    const locked = await lockObjection(tx, who, id);
    if (!locked.ok) return locked;
    const { d, o } = locked.value;
    if (o.state !== next[body.outcome]) return failure('distribution-outcome-invalid', `异议当前状态为 ${o.state}`);
    const now = ctx.clock.now();
    const actor = actorOf(who);
    if (o.state === 'raised') {
      await meetDeadline(tx, ctx, actor, now, { caseId: d.caseId, node: 'distribution-answer', subject: o.id, metOn: on.value });
    }
    const released =
      body.outcome !== 'suit-filed' && o.holdId ? await releaseDistributionHoldIn(tx, actor, now, d.courtId, o.holdId) : null;
    await updateObjection(tx, o.id, { state: body.outcome, outcome_on: on.value });
    await appendEvent(tx, actor, now, {
      courtId: d.courtId,
      caseId: d.caseId,
      action: 'distribution.objection-outcome',
      entityType: 'distribution',
      entityId: d.id,
      changes: { objectionId: o.id, outcome: body.outcome, on: on.value, released: released !== null },
    });
    return success({ state: body.outcome, released: released !== null });
  });
