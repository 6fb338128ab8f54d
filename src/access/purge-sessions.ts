import { appendEvents } from '../audit/append-events.ts';
import type { Actor } from '../audit/audit.types.ts';
import { transact } from '../db/transaction.ts';
import { capOf, cutoffOf, dryRunReport, inBatches } from '../scheduler/batches.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import { isoInstant } from '../shared/dates.ts';
import { success } from '../shared/result.ts';
import { countDeadSessions, purgeDeadSessions } from './session-purge.repo.ts';

const actor: Actor = { id: null, name: '系统（每日任务）' };

// Expired and signed-out sessions are deleted; one event per court and batch says how many.
export const purgeSessionsSweep: Sweep = {
  name: 'purge-sessions',
  title: '清理过期会话',
  description: '删除已过期或已退出登录的会话记录（令牌已无法再使用），每个法院记一条事件。',
  async run(ctx, o) {
    const cutoff = cutoffOf(ctx.clock.now(), o.asOf);
    if (o.dryRun) return dryRunReport(o, await countDeadSessions(ctx.db, cutoff, capOf(o)));
    return inBatches(
      o,
      async (n) => {
        const r = await transact(ctx, async (tx) => {
          const now = ctx.clock.now();
          const gone = await purgeDeadSessions(tx, cutoff, n);
          const events = gone.map((g) => ({
            courtId: g.courtId,
            caseId: null,
            action: 'session.purged',
            entityType: 'session',
            entityId: 'expired',
            changes: { count: g.count, before: isoInstant(cutoff) },
          }));
          await appendEvents(tx, actor, now, events);
          return success(gone.reduce((sum, g) => sum + g.count, 0));
        });
        const count = r.ok ? r.value : 0;
        return { examined: count, changed: count };
      },
      2000,
    );
  },
};
