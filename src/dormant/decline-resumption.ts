import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { actorOf, type Actor } from '../audit/audit.types.ts';
import { lockCaseRow } from '../cases/instrument-facts.ts';
import type { Tx } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { meetDeadline, meetSubjects } from '../deadlines/deadline-changes.ts';
import { RESEARCH_CYCLES } from '../rules/dormant-research.ts';
import type { LocalDate } from '../shared/dates.ts';
import { failure, success, type Result } from '../shared/result.ts';

// A re-search's find before the officer (ADR 0215): it is reviewed by resuming the case (恢复执行,
// src/cases/resume-case.ts, which meets the review through exitPool) or by deciding, with a reason,
// not to resume on it (dormant.resumption-declined) — the property is not worth enforcing, belongs to
// another, or is already seized by a prior creditor. Either way the deadline dormant-find-review is met.

const NODE = 'dormant-find-review';

/** POST /cases/{id}/researches/{cycle}/decline-resumption: the officer decides not to resume on this find. */
export async function declineResumption(
  ctx: AppContext,
  who: Principal,
  caseId: string,
  cycle: number,
  input: { reason: string },
): Promise<Result<{ cycle: number; declinedOn: LocalDate; reason: string }>> {
  if (!can(who, 'case.file')) return failure('forbidden');
  const reason = (input.reason ?? '').trim();
  if (!reason) return failure('reason-required', '请填写不恢复执行的理由');
  return transact(ctx, async (tx) => {
    const c = await lockCaseRow(tx, caseId);
    if (!c || !inScope(who, c.courtId)) return failure('case-not-found');
    const now = ctx.clock.now();
    const today = ctx.clock.today();
    const met = await meetDeadline(tx, ctx, actorOf(who), now, { caseId, node: NODE, subject: String(cycle), metOn: today });
    if (!met) return failure('no-find-to-review', `第${cycle}次复查没有待审查的发现`);
    await appendEvent(tx, actorOf(who), now, {
      courtId: c.courtId,
      caseId,
      action: 'dormant.resumption-declined',
      entityType: 'dormant-research',
      entityId: `${caseId}:${cycle}`,
      changes: { cycle, decision: '不恢复执行', reason, declinedOn: today },
    });
    return success({ cycle, declinedOn: today, reason });
  });
}

const allCycles = Array.from({ length: RESEARCH_CYCLES }, (_, i) => String(i + 1));

/** The case resumes (exitPool, kind resumed): every find still under review is met by it. */
export async function meetFindReviews(tx: Tx, ctx: AppContext, actor: Actor, caseId: string, on: LocalDate): Promise<void> {
  await meetSubjects(tx, ctx, actor, ctx.clock.now(), { caseId, node: NODE, subjects: allCycles, metOn: on });
}
