import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvent } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { recordCaseFacts } from '../deadlines/deadline-changes.ts';
import { inBatches } from '../scheduler/batches.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import { compareDates, type LocalDate } from '../shared/dates.ts';
import { success, type Result } from '../shared/result.ts';
import { endedDeferrals, lockCase, updateCase } from './cases.repo.ts';

// A deferral (暂缓执行) that stated its last day ends by itself: the case continues, and the
// deadlines whose clocks it stopped run again from the day after that last day.

const actor: Actor = { id: null, name: '系统（暂缓期限届满）' };

/** Continues one deferred case whose period ended before `asOf`; false when there is nothing to do. */
export async function endDeferral(ctx: AppContext, caseId: string, asOf: LocalDate): Promise<Result<boolean>> {
  return transact(ctx, async (tx) => {
    const c = await lockCase(tx, caseId);
    const until = c?.deferredUntil;
    if (!c || c.status !== 'deferred' || !until || compareDates(until, asOf) >= 0) return success(false);
    const now = ctx.clock.now();
    await updateCase(tx, c, { status: 'in-progress', deferred_until: null }, now);
    await appendEvent(tx, actor, now, {
      courtId: c.courtId,
      caseId: c.id,
      action: 'case.continue',
      entityType: 'case',
      entityId: c.id,
      changes: {
        status: { before: 'deferred', after: 'in-progress' },
        reason: `暂缓执行期限（至 ${until}）届满，恢复执行`,
        deferredUntil: until,
      },
    });
    await recordCaseFacts(tx, ctx, actor, now, [
      { action: 'case.continue', courtId: c.courtId, caseId: c.id, caseType: c.type, on: until },
    ]);
    return success(true);
  });
}

export const endDeferralsSweep: Sweep = {
  name: 'end-deferrals',
  title: '暂缓执行期限届满恢复执行',
  description: '暂缓执行定有期限的，期限届满后案件恢复执行（记 case.continue 事件），被暂停的节点期限自届满次日起继续计算。',
  async run(ctx, o) {
    let after = '00000000-0000-0000-0000-000000000000';
    return inBatches(
      o,
      async (n) => {
        const ids = await endedDeferrals(ctx.db, o.asOf, after, n);
        if (ids.length) after = ids.at(-1)!;
        if (o.dryRun) return { examined: ids.length, changed: ids.length };
        let changed = 0;
        for (const id of ids) {
          const r = await endDeferral(ctx, id, o.asOf);
          if (r.ok && r.value) changed++;
        }
        return { examined: ids.length, changed };
      },
      100,
    );
  },
};
