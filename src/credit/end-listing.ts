import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf, type Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { openDeadline } from '../deadlines/deadline-changes.ts';
import { deletionDueOn, deletionGroundNames, recordableGrounds, type DeletionGround } from '../rules/listing-deletion.ts';
import type { ClosureMode } from '../shared/vocabulary.ts';
import { compareDates, localDate, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import {
  caseOfListing,
  listingFacts,
  listingView,
  liveListingsOfCase,
  lockListing,
  updateListing,
  type ListingRow,
} from './credit.repo.ts';
import type { ListingView } from './credit.types.ts';
import { notifyRecipients } from './notify.ts';
import { recomputeLevels } from './discipline-levels.ts';
import { noPropertyAfterTermination } from '../dormant/research-answers.ts';

// Ending a listing (失信名单规定(2017) 第10条, ADR 0205): by the officer on one of the seven grounds,
// by the case's closure that establishes one (执行完毕, 终结执行, 不予执行), or by the end of its term
// (the expiry sweep). A published listing's end is told to every recipient, and its deletion has a
// deadline of three working days that the last recipient's acknowledgement meets.

export type EndStep = { readonly ground: DeletionGround; readonly on: LocalDate; readonly reason: string | null };

/** Ends a live listing; the caller holds the case's lock, then the listing's. */
export async function endLockedListing(ctx: AppContext, tx: Tx, actor: Actor, l: ListingRow, step: EndStep): Promise<ListingRow> {
  const at = ctx.clock.now();
  const published = l.status === 'published';
  const due = published ? deletionDueOn(step.on, ctx.calendar) : null;
  const done = await updateListing(tx, l.id, {
    status: step.ground === 'term-expired' ? 'expired' : 'deleted',
    ended_on: step.on,
    end_ground: step.ground,
    end_reason: step.reason,
    ended_by_name: actor.name,
    deletion_due_on: due?.ok ? due.value : null,
  });
  await appendEvent(tx, actor, at, {
    courtId: l.court_id,
    caseId: l.case_id,
    action: step.ground === 'term-expired' ? 'credit.listing-expired' : 'credit.listing-deleted',
    entityType: 'dishonest-listing',
    entityId: l.id,
    changes: {
      debtorPartyId: l.debtor_party_id,
      debtor: l.debtor_name,
      ground: l.ground,
      status: { before: l.status, after: done.status },
      endGround: step.ground,
      endGroundArticle: deletionGroundNames[step.ground].article,
      endedOn: step.on,
      reason: step.reason,
      wasPublished: published,
      deletionDueOn: done.deletion_due_on,
    },
  });
  if (published) {
    await openDeadline(tx, ctx, actor, at, {
      courtId: l.court_id,
      caseId: l.case_id,
      node: 'dishonest-deletion',
      subject: l.id,
      startOn: step.on,
    });
    await notifyRecipients(tx, actor, at, done, 'deletion');
  }
  await recomputeLevels(tx, ctx, actor, l.case_id); // 分级惩戒 (ADR 0210)
  return done;
}

export type DeletionInput = { ground: string; deletedOn: string; reason?: string | null | undefined };

/**
 * POST /dishonest-listings/{id}/deletion: the officer deletes a listing on one of the seven grounds
 * of 第10条第1款. Full performance must be a fact of the case (nothing unpaid); every other ground
 * names its facts. A listing that is not live (pending, already deleted or expired) is refused.
 */
export async function deleteListingIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  id: string,
  input: DeletionInput,
): Promise<Result<ListingView>> {
  if (!can(who, 'sanction.record')) return failure('forbidden');
  if (!(recordableGrounds as readonly string[]).includes(input.ground)) return failure('unknown-deletion-ground');
  const ground = input.ground as DeletionGround;
  const on = parseLocalDate(input.deletedOn);
  if (!on) return failure('invalid-date-value', '删除日期须为有效日期');
  if (compareDates(on, ctx.clock.today()) > 0) return failure('date-in-future', '删除日期不能晚于今天');
  const caseId = await caseOfListing(tx, id);
  const c = caseId ? await lockCaseRow(tx, caseId) : undefined;
  if (!c || !inScope(who, c.courtId)) return failure('dishonest-listing-not-found');
  const l = (await lockListing(tx, id))!;
  if (l.status !== 'decided' && l.status !== 'published') return failure('listing-not-live');
  if (compareDates(on, localDate(l.decided_on)) < 0) return failure('deletion-before-decision');
  const reason = (input.reason ?? '').trim().slice(0, 2000);
  if (ground === 'performed') {
    const facts = await listingFacts(tx, l.case_id, on);
    if (facts.unpaid > 0n) return failure('deletion-ground-not-established');
  } else if (!reason) return failure('deletion-reason-required');
  // 第4项: two empty re-searches after 终本, recorded by the pool's re-search (src/dormant, ADR 0213).
  if (ground === 'no-property-after-termination' && !(await noPropertyAfterTermination(tx, l.case_id)))
    return failure('deletion-ground-not-established');
  const done = await endLockedListing(ctx, tx, actorOf(who), l, { ground, on, reason: reason || null });
  return success(listingView(done));
}

/** The deletion ground a closure establishes (第10条第1款第1、6、7项), if any. */
const groundOfClosure: Partial<Record<ClosureMode, DeletionGround>> = {
  'fully-enforced': 'performed',
  refused: 'not-enforced',
  terminated: 'terminated',
};

/**
 * Called by the case's closure, in its transaction after the case's lock: ends the case's live
 * listings when the mode establishes a deletion ground. 终本 does not: its ground (第4项) needs two
 * empty searches after it.
 */
export async function endListingsOnClosure(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  caseId: string,
  closure: { mode: ClosureMode; closedOn: LocalDate; reason: string },
): Promise<number> {
  const ground = groundOfClosure[closure.mode];
  if (!ground) return 0;
  return endListingsOfCase(ctx, tx, actor, caseId, { ground, on: closure.closedOn, reason: `结案：${closure.reason}` });
}

/**
 * Ends the case's live listings on a ground the caller established (a closure, or a case leaving
 * the 终本案件库: src/dormant), in its transaction after the case's lock. The number ended.
 */
export async function endListingsOfCase(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  caseId: string,
  step: EndStep & { reason: string },
): Promise<number> {
  let ended = 0;
  for (const id of await liveListingsOfCase(tx, caseId)) {
    const l = await lockListing(tx, id);
    if (!l || (l.status !== 'decided' && l.status !== 'published')) continue;
    await endLockedListing(ctx, tx, actor, l, step);
    ended++;
  }
  return ended;
}
