import { appendEvents } from '../audit/append-events.ts';
import type { Actor } from '../audit/audit.types.ts';
import { transact } from '../db/transaction.ts';
import { capOf, cutoffOf, dryRunReport, inBatches } from '../scheduler/batches.ts';
import type { Sweep } from '../scheduler/sweep-definition.ts';
import { isoInstant } from '../shared/dates.ts';
import { countDeadSessions, purgeDeadSessions } from './session-purge.repo.ts';
import type { AppContext } from '../platform/context.ts';
import { success, type Result } from '../shared/result.ts';

const actor: Actor = { id: null, name: '系统（每日任务）' };

// Expired and signed-out sessions are deleted; one event per court and batch says how many.
// The daily sweep and the server's timer (and `zhixing sessions purge`) share this one batch.
async function purgeBatch(ctx: AppContext, cutoff: Date, limit: number): Promise<number> {
  const r = await transact(ctx, async (tx) => {
    const gone = await purgeDeadSessions(tx, cutoff, limit);
    const events = gone.map((g) => ({
      courtId: g.courtId,
      caseId: null,
      action: 'session.purged',
      entityType: 'session',
      entityId: 'expired',
      changes: { count: g.count, before: isoInstant(cutoff) },
    }));
    await appendEvents(tx, actor, ctx.clock.now(), events);
    return success(gone.reduce((sum, g) => sum + g.count, 0));
  });
  return r.ok ? r.value : 0;
}

const BATCH = 2000;

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
        const count = await purgeBatch(ctx, cutoff, n);
        return { examined: count, changed: count };
      },
      BATCH,
    );
  },
};

export async function purgeExpiredSessions(ctx: AppContext): Promise<Result<{ purged: number }>> {
  const cutoff = ctx.clock.now();
  let purged = 0;
  let n: number;
  do {
    n = await purgeBatch(ctx, cutoff, BATCH);
    purged += n;
  } while (n === BATCH);
  return success({ purged });
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
