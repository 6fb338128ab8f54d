import type { AppContext } from '../platform/context.ts';
import { transact } from '../db/transaction.ts';
import { success, type Result } from '../shared/result.ts';
import { deleteDeadSessions } from './access.repo.ts';

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
