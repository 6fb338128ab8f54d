import type { AppContext } from '../platform/context.ts';
import { isoInstant } from '../shared/dates.ts';
import { failure, success } from '../shared/result.ts';
import { sweepByName, sweeps } from './registry.ts';
import { latestRuns, runsOf, type RunRow } from './sweep-runs.repo.ts';

// Whether the nightly work ran: each sweep with its last run, and one sweep's recent runs.

// A run whose heartbeat stopped long ago was killed (or its process died): it did not finish.
const STALE_MS = 10 * 60_000;

export function runView(r: RunRow, now: Date) {
  const interrupted = r.status === 'running' && now.getTime() - r.heartbeatAt.getTime() > STALE_MS;
  const status = interrupted ? ('interrupted' as const) : r.status;
  return {
    id: r.id,
    asOf: r.asOf,
    trigger: r.trigger,
    dryRun: r.dryRun,
    status,
    examined: r.examined,
    changed: r.changed,
    done: r.done,
    error: r.error,
    startedAt: isoInstant(r.startedAt),
    finishedAt: r.finishedAt ? isoInstant(r.finishedAt) : null,
  };
}

export async function listSweeps(ctx: AppContext) {
  const last = await latestRuns(ctx.db);
  const now = ctx.clock.now();
  return success({
    items: sweeps.map((s) => {
      const run = last.get(s.name);
      return { name: s.name, title: s.title, description: s.description, lastRun: run ? runView(run, now) : null };
    }),
  });
}

export async function sweepRuns(ctx: AppContext, name: string, limit = 30) {
  if (!sweepByName(name)) return failure('unknown-sweep', name);
  const now = ctx.clock.now();
  return success({ items: (await runsOf(ctx.db, name, Math.min(Math.max(limit, 1), 200))).map((r) => runView(r, now)) });
}
