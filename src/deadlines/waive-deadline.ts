import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { transact } from '../db/transaction.ts';
import { isUuid } from '../shared/ids.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { waiveDeadline } from './deadline-changes.ts';
import { deadlineCourtOf } from './deadline-reads.repo.ts';

// A judge or bureau head waives a deadline that no longer applies to the case, with the reason.
export async function waiveDeadlineById(
  ctx: AppContext,
  who: Principal,
  id: string,
  input: { reason?: string | undefined },
): Promise<Result<{ id: string; state: 'waived' }>> {
  if (!can(who, 'case.close')) return failure('forbidden');
  const reason = (input.reason ?? '').trim();
  if (!reason) return failure('reason-required', '请填写免除期限的理由');
  if (!isUuid(id)) return failure('deadline-not-found');
  return transact(ctx, async (tx) => {
    // Out of scope is indistinguishable from absent.
    const courtId = await deadlineCourtOf(tx, id);
    if (courtId === undefined || !inScope(who, courtId)) return failure('deadline-not-found');
    const waived = await waiveDeadline(tx, ctx, actorOf(who), ctx.clock.now(), { id, reason });
    return waived.ok ? success({ id: waived.value.id, state: 'waived' as const }) : waived;
  });
}
