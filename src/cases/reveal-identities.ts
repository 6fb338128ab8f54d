import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { loadCase } from './case-detail.repo.ts';
import { caseView } from './read-cases.ts';
import { logPersonalDataReadsIn } from '../access/personal-data.ts';

// The court administrator and the coordinator read cases with ID numbers masked. When one of them
// needs a case's numbers, they open them on purpose, giving a reason: the case detail in full,
// logged as a personal-data read and as an audit event with the reason (ADR 0061).
export async function revealIdentities(
  ctx: AppContext,
  who: Principal,
  id: string,
  reason: string,
): Promise<Result<ReturnType<typeof caseView>>> {
  if (!can(who, 'identity.reveal')) return failure('forbidden');
  const c = await loadCase(ctx.db, id);
  if (!c || !can(who, 'case.read') || !inScope(who, c.courtId)) return failure('case-not-found');
  const now = ctx.clock.now();
  return transact(ctx, async (tx) => {
    await appendEvent(tx, actorOf(who), now, {
      courtId: c.courtId,
      // Not a step of the case (its timeline and state are untouched): the case is the entity.
      caseId: null,
      action: 'case.identities-revealed',
      entityType: 'case',
      entityId: c.id,
      changes: { caseNumber: c.caseNumber, reason },
    });
    if (who.userId)
      await logPersonalDataReadsIn(tx, [
        { courtId: c.courtId, caseId: c.id, userId: who.userId, purpose: 'case.identity.reveal', readAt: now },
      ]);
    return success(caseView(ctx, c, who, true));
  });
}
