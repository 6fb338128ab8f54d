import type { AppContext } from '../platform/context.ts';
import type { Actor } from '../audit/audit.types.ts';
import { appendEvents } from '../audit/append-events.ts';
import { transact } from '../db/transaction.ts';
import { capOf, dryRunReport, inBatches } from '../scheduler/batches.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import { addDays, compareDates, type LocalDate } from '../shared/dates.ts';
import { success, type Result } from '../shared/result.ts';
import { measureNames } from './assets.types.ts';
import { countExpiredSeizures, expiredSeizures, updateSeizure } from './seizures.repo.ts';
import { promoteNext, withSeizureLocks, writeByCourt } from './waiting-list.ts';

// A seizure whose term ended without renewal lapses (查封规定 第27条): the daily sweep finds those
// whose last day was before `asOf`, marks them lapsed from the day after, and lets the next seizure
// in the asset's line take effect that day (第26条). Each seizure's own state says whether it is
// done, so a run can be repeated or killed midway.

const actor: Actor = { id: null, name: '系统（查封期限届满）' };

/** Lapses one seizure if it is still in effect and its term ended before `asOf`; false when there is nothing to do. */
export function lapseSeizure(ctx: AppContext, seizureId: string, asOf: LocalDate): Promise<Result<boolean>> {
  return withSeizureLocks<boolean>(
    (work) => transact(ctx, work),
    seizureId,
    async (tx, locked) => {
      const s = locked.seizure;
      if (s.status !== 'effective' || compareDates(s.expiresOn!, asOf) >= 0) return success(false);
      const on = addDays(s.expiresOn!, 1); // the first day it is no longer in force
      const now = ctx.clock.now();
      await updateSeizure(tx, s.id, { status: 'lapsed', endedOn: on });
      const reasonText = `期限至 ${s.expiresOn} 届满未续行，${measureNames[s.measure]}失效`;
      const { promoted, writes } = await promoteNext(tx, ctx, actor, now, locked, { kind: 'lapsed', on, reasonText });
      writes.push({
        courtId: s.courtId,
        run: async () => {
          await appendEvents(tx, actor, now, [
            {
              courtId: s.courtId,
              caseId: s.caseId,
              action: 'seizure.lapsed',
              entityType: 'seizure',
              entityId: s.id,
              changes: {
                status: { before: 'effective', after: 'lapsed' },
                measureName: measureNames[s.measure],
                expiresOn: s.expiresOn,
                lapsedOn: on,
                asOf,
                ...(promoted ? { promoted: { seizureId: promoted.id, caseId: promoted.caseId } } : {}),
              },
            },
          ]);
        },
      });
      await writeByCourt(writes);
      return success(true);
    },
  );
}

export const seizureExpiriesSweep: Sweep = {
  name: 'seizure-expiries',
  title: '查封、扣押、冻结期限届满',
  description:
    '期限届满未续行的查封、扣押、冻结自届满次日起失效（查封规定 第27条），记 seizure.lapsed 事件；该财产轮候在先的措施同日自动生效（第26条），并告知其案件、开始计算其期限。',
  async run(ctx, o) {
    if (o.dryRun) return dryRunReport(o, await countExpiredSeizures(ctx.db, o.asOf, capOf(o)));
    let after: { expiresOn: LocalDate; id: string } | undefined;
    return inBatches(
      o,
      async (n) => {
        const due = await expiredSeizures(ctx.db, o.asOf, n, after);
        if (due.length) after = { expiresOn: due.at(-1)!.expiresOn, id: due.at(-1)!.id };
        let changed = 0;
        for (const d of due) {
          const r = await lapseSeizure(ctx, d.id, o.asOf);
          if (r.ok && r.value) changed++;
        }
        return { examined: due.length, changed };
      },
      200,
    );
  },
};
