import { randomUUID } from 'node:crypto';
import type { AppContext } from '../platform/context.ts';
import { transact } from '../db/transaction.ts';
import type { Tx } from '../db/connection.ts';
import { success } from '../shared/result.ts';
import { finishRun, heartbeat, insertRun, type Trigger } from './sweep-runs.repo.ts';
import type { Sweep, SweepOptions, SweepProgress, SweepReport } from './sweep-definition.ts';

// Runs one sweep and records the run in sweep_runs: started, its progress (at most every few
// seconds), and how it ended. A run killed midway stays 'running' with its last heartbeat.

const HEARTBEAT_MS = 5_000;

export type SweepRun = SweepReport & { readonly runId: string; readonly sweep: string; readonly failed?: string };

export async function runSweep(ctx: AppContext, sweep: Sweep, o: SweepOptions & { trigger: Trigger }): Promise<SweepRun> {
  const runId = randomUUID();
  const write = (fn: (tx: Tx) => Promise<void>) =>
    transact(ctx, async (tx) => {
      await fn(tx);
      return success(null);
    });
  await write((tx) =>
    insertRun(tx, {
      id: runId,
      sweep: sweep.name,
      asOf: o.asOf,
      trigger: o.trigger,
      dryRun: o.dryRun,
      limit: o.limit ?? null,
      now: ctx.clock.now(),
    }),
  );
  let last = 0;
  let latest: SweepProgress = { examined: 0, changed: 0 };
  let beating: Promise<unknown> = Promise.resolve();
  const onProgress = (p: SweepProgress) => {
    latest = p;
    o.onProgress?.(p);
    const now = ctx.clock.now();
    if (now.getTime() - last < HEARTBEAT_MS) return;
    last = now.getTime();
    beating = beating.then(() => write((tx) => heartbeat(tx, runId, p, now))).catch(() => {});
  };
  try {
    const report = await sweep.run(ctx, { ...o, onProgress });
    await beating;
    await write((tx) => finishRun(tx, runId, { status: 'completed', ...report, error: null }, ctx.clock.now()));
    return { runId, sweep: sweep.name, ...report };
  } catch (error) {
    await beating;
    const message = error instanceof Error ? error.message : String(error);
    await write((tx) => finishRun(tx, runId, { status: 'failed', ...latest, done: false, error: message.slice(0, 2000) }, ctx.clock.now()));
    return { runId, sweep: sweep.name, ...latest, done: false, failed: message };
  }
}
