import { appendEvents } from '../audit/append-events.ts';
import type { Actor } from '../audit/audit.types.ts';
import { transact } from '../db/transaction.ts';
import { capOf, cutoffOf, dryRunReport, inBatches } from '../scheduler/batches.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import { isoInstant } from '../shared/dates.ts';
import { countDeadSessions, purgeDeadSessions } from './session-purge.repo.ts';
import type { AppContext } from '../platform/context.ts';
import { success, type Result } from '../shared/result.ts';
import { deleteDeadSessions } from './access.repo.ts';

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

// Expired and revoked sessions sign nothing in (authenticate.ts checks both), but their rows would
// pile up forever: one per sign-in. The server sweeps them on a timer (src/cli/serve.ts), an
// operator with `zhixing sessions purge`; the scheduler will call this same use case.
export async function purgeExpiredSessions(ctx: AppContext): Promise<Result<{ purged: number }>> {
  const now = ctx.clock.now();
  return transact(ctx, async (tx) => success({ purged: await deleteDeadSessions(tx, now) }));
}

/**
 * Purges dead sessions every `minutes` until stopped (the server's sweep, until the scheduler
 * takes it over). A failed sweep is reported and the next one tries again; the timer never keeps
 * the process alive on its own, and a sweep still running is awaited by stop().
 */
export function sweepSessionsEvery(ctx: AppContext, minutes: number, report: (error: unknown) => void): () => Promise<void> {
  if (!(minutes > 0)) return async () => {};
  let running: Promise<void> = Promise.resolve();
  const timer = setInterval(() => {
    running = running.then(async () => {
      try {
        await purgeExpiredSessions(ctx);
      } catch (error) {
        report(error);
      }
    });
  }, minutes * 60_000);
  timer.unref();
  return async () => {
    clearInterval(timer);
    await running;
  };
}
