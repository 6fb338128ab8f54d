import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { meetDeadline, openDeadline } from '../deadlines/deadline-changes.ts';
import { reconsiderationDecisionDueOn, reconsiderationInTime } from '../rules/listing-correction.ts';
import { compareDates, localDate, parseLocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { updateCorrection } from './corrections.repo.ts';
import type { CorrectionView } from './correction.types.ts';
import { lockCorrectionChain, viewOf } from './decide-correction.ts';
import { endLockedListing } from './end-listing.ts';

// 复议 of a rejected correction request (失信名单规定(2017) 第12条, ADR 0211): applied for within ten
// days of the service of the rejection — the rejection is recorded, not yet issued as a served
// 决定书, so the ten days run from its decision day — to the court's parent in the hierarchy, which
// decides within fifteen days (`dishonest-reconsideration`, a deadline of the higher court). The
// listing stays in force meanwhile; a revoking decision deletes it (ground `corrected`).

export async function requestReconsiderationIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  id: string,
  input: { filedOn: string },
): Promise<Result<CorrectionView>> {
  if (!can(who, 'sanction.record')) return failure('forbidden');
  const on = parseLocalDate(input.filedOn);
  if (!on) return failure('invalid-date-value', '复议申请日期须为有效日期');
  if (compareDates(on, ctx.clock.today()) > 0) return failure('date-in-future', '复议申请日期不能晚于今天');
  const locked = await lockCorrectionChain(tx, who, id);
  if (!locked.ok) return locked;
  const { l, k } = locked.value;
  if (k.state !== 'rejected') return failure('correction-not-rejected');
  if (k.reconsideration_state !== 'none') return failure('reconsideration-already-filed');
  const servedOn = localDate(k.decided_on!);
  if (compareDates(on, servedOn) < 0) return failure('reconsideration-before-decision');
  const inTime = reconsiderationInTime(servedOn, on, ctx.calendar);
  if (!inTime.ok) return inTime;
  if (!inTime.value) return failure('reconsideration-out-of-time');
  const parent = ctx.courts.byId(k.court_id)?.parentId ?? null;
  if (parent === null) return failure('no-higher-court');
  const due = reconsiderationDecisionDueOn(on, ctx.calendar);
  if (!due.ok) return due;
  const actor = actorOf(who);
  const at = ctx.clock.now();
  const done = await updateCorrection(tx, k.id, {
    reconsideration_state: 'pending',
    reconsideration_filed_on: on,
    reconsideration_court_id: parent,
    reconsideration_due_on: due.value,
  });
  await openDeadline(tx, ctx, actor, at, {
    courtId: parent,
    caseId: k.case_id,
    node: 'dishonest-reconsideration',
    subject: k.id,
    startOn: on,
  });
  await appendEvent(tx, actor, at, {
    courtId: k.court_id,
    caseId: k.case_id,
    action: 'credit.reconsideration-requested',
    entityType: 'listing-correction',
    entityId: k.id,
    changes: {
      listingId: l.id,
      filedOn: on,
      rejectedOn: servedOn,
      reconsiderationCourt: ctx.courts.byId(parent)?.name ?? null,
      dueOn: due.value,
      listingStatus: l.status,
    },
  });
  return success(viewOf(ctx, done));
}

/**
 * The higher court's decision: only a user of the parent court (its judge or bureau head) whose
 * scope includes the listing's court. Revoked: the listing is deleted and the recipients told.
 */
export async function decideReconsiderationIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  id: string,
  input: { revoked: boolean; decidedOn: string; reason: string },
): Promise<Result<CorrectionView>> {
  if (!can(who, 'sanction.record')) return failure('forbidden');
  const on = parseLocalDate(input.decidedOn);
  if (!on) return failure('invalid-date-value', '复议决定日期须为有效日期');
  if (compareDates(on, ctx.clock.today()) > 0) return failure('date-in-future', '复议决定日期不能晚于今天');
  const reason = input.reason.trim().slice(0, 2000);
  if (!reason) return failure('reconsideration-reason-required');
  const locked = await lockCorrectionChain(tx, who, id);
  if (!locked.ok) return locked;
  const { l, k } = locked.value;
  if (k.reconsideration_state !== 'pending') return failure('reconsideration-not-pending');
  if (who.courtId !== k.reconsideration_court_id) return failure('not-higher-court');
  if (compareDates(on, localDate(k.reconsideration_filed_on!)) < 0) return failure('decision-before-request');
  const actor = actorOf(who);
  const at = ctx.clock.now();
  const live = l.status === 'decided' || l.status === 'published';
  if (input.revoked && live) await endLockedListing(ctx, tx, actor, l, { ground: 'corrected', on, reason: `复议撤销驳回决定：${reason}` });
  const done = await updateCorrection(tx, k.id, {
    reconsideration_state: input.revoked ? 'revoked' : 'upheld',
    reconsideration_decided_on: on,
    reconsideration_reason: reason,
    reconsideration_decided_by_name: actor.name,
  });
  await meetDeadline(tx, ctx, actor, at, { caseId: k.case_id, node: 'dishonest-reconsideration', subject: k.id, metOn: on });
  await appendEvent(tx, actor, at, {
    courtId: k.court_id,
    caseId: k.case_id,
    action: 'credit.reconsideration-decided',
    entityType: 'listing-correction',
    entityId: k.id,
    changes: { listingId: l.id, revoked: input.revoked, decidedOn: on, reason, listingDeleted: input.revoked && live },
  });
  return success(viewOf(ctx, done));
}
