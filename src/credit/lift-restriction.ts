import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf, type Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import type { Tx } from '../db/connection.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import { checkLifting, liftGroundNames, liftGrounds, type LiftGround } from '../rules/consumption-restriction.ts';
import type { ClosureMode } from '../shared/vocabulary.ts';
import { compareDates, localDate, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { listingFacts } from './credit.repo.ts';
import {
  caseOfRestriction,
  lockRestriction,
  orderedRestrictionsOfCase,
  personsOf,
  updateRestriction,
  type RestrictionRow,
} from './restrictions.repo.ts';
import { viewsOf } from './restriction-view.ts';
import { recomputeLevels } from './discipline-levels.ts';
import type { RestrictionView } from './restriction.types.ts';

// Lifting a 限制消费令 (限制消费规定 第9条, ADR 0206): the court may lift it on effective security or the
// applicant's consent, and must lift it once the duty is performed in full — by the officer, or by the
// case's closure as 执行完毕.

export type LiftInput = { ground: string; liftedOn: string; reason?: string | null | undefined };

async function liftLocked(tx: Tx, actor: Actor, at: Date, r: RestrictionRow, ground: LiftGround, on: LocalDate, reason: string | null) {
  const done = await updateRestriction(tx, r.id, {
    status: 'lifted',
    lifted_on: on,
    lift_ground: ground,
    lift_reason: reason,
    lifted_by_name: actor.name,
  });
  const persons = await personsOf(tx, [r.id]);
  await appendEvent(tx, actor, at, {
    courtId: r.court_id,
    caseId: r.case_id,
    action: 'credit.restriction-lifted',
    entityType: 'consumption-restriction',
    entityId: r.id,
    changes: {
      debtorPartyId: r.debtor_party_id,
      debtor: r.debtor_name,
      orderedOn: r.ordered_on,
      persons: persons.length,
      status: { before: r.status, after: 'lifted' },
      ground,
      groundArticle: liftGroundNames[ground].article,
      liftedOn: on,
      reason,
      byListing: r.listing_id !== null,
    },
  });
  return done;
}

/** POST /consumption-restrictions/{id}/lifting: the officer lifts an order in force on a ground of 第9条. */
export async function liftRestrictionIn(
  tx: Tx,
  ctx: AppContext,
  who: Principal,
  id: string,
  input: LiftInput,
): Promise<Result<RestrictionView>> {
  if (!can(who, 'sanction.record')) return failure('forbidden');
  if (!(liftGrounds as readonly string[]).includes(input.ground)) return failure('unknown-lift-ground');
  const ground = input.ground as LiftGround;
  const on = parseLocalDate(input.liftedOn);
  if (!on) return failure('invalid-date-value', '解除日期须为有效日期');
  if (compareDates(on, ctx.clock.today()) > 0) return failure('date-in-future', '解除日期不能晚于今天');
  const caseId = await caseOfRestriction(tx, id);
  const c = caseId ? await lockCaseRow(tx, caseId) : undefined;
  if (!c || !inScope(who, c.courtId)) return failure('consumption-restriction-not-found');
  const r = (await lockRestriction(tx, id))!;
  if (r.status !== 'ordered') return failure('restriction-not-in-force');
  const reason = (input.reason ?? '').trim().slice(0, 2000);
  const unpaid = ground === 'performed' ? (await listingFacts(tx, r.case_id, on)).unpaid : 0n;
  const checked = checkLifting({ ground, orderedOn: localDate(r.ordered_on), liftedOn: on, unpaid, reason });
  if (!checked.ok) return failure(checked.code, checked.detail);
  if (!checked.value.established) return failure('lift-ground-not-established');
  const done = await liftLocked(tx, actorOf(who), ctx.clock.now(), r, ground, on, reason || null);
  await recomputeLevels(tx, ctx, actorOf(who), r.case_id); // 分级惩戒 (ADR 0210)
  return success((await viewsOf(tx, [done]))[0]!);
}

/**
 * Called by the case's closure, in its transaction after the case's lock: 执行完毕 is full performance,
 * so every order in force in the case is lifted (第9条第2款). Other modes leave them as they are.
 */
export async function liftRestrictionsOnClosure(
  ctx: AppContext,
  tx: Tx,
  actor: Actor,
  caseId: string,
  closure: { mode: ClosureMode; closedOn: LocalDate; reason?: string },
): Promise<number> {
  if (closure.mode !== 'fully-enforced') return 0;
  let lifted = 0;
  for (const id of await orderedRestrictionsOfCase(tx, caseId)) {
    const r = await lockRestriction(tx, id);
    if (r?.status !== 'ordered') continue;
    await liftLocked(tx, actor, ctx.clock.now(), r, 'performed', closure.closedOn, closure.reason ?? '结案：执行完毕');
    lifted++;
  }
  if (lifted) await recomputeLevels(tx, ctx, actor, caseId); // 分级惩戒 (ADR 0210)
  return lifted;
}
