import type { AppContext } from './context.ts';
import { failure, success, type Result } from '../shared/result.ts';
import { pingDatabase } from './health.repo.ts';

export type Health = { status: 'ok'; database: 'pglite' | 'postgres' };

// A health probe must answer even when the database hangs: it waits this long, then says so.
const PROBE_TIMEOUT_MS = 3000;

/** Whether the server can reach its database now; a database that returns is seen on the next probe. */
export async function checkHealth(ctx: AppContext): Promise<Result<Health>> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error('database probe timed out')), PROBE_TIMEOUT_MS);
  });
  try {
    await Promise.race([pingDatabase(ctx.db), timeout]);
    return success({ status: 'ok', database: ctx.handle.kind });
  } catch {
    return failure('database-unavailable');
  } finally {
    clearTimeout(timer);
  }
}
