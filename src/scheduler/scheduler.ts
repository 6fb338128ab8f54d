import type { AppContext } from '../platform/context.ts';
import { compareDates, HOUR_MS, instantAfter, localDateAt, MINUTE_MS, type LocalDate } from '../shared/dates.ts';
import { runSweep, type SweepRun } from './run-sweep.ts';
import { lastRuns } from './sweep-runs.repo.ts';
import type { Sweep } from './sweep-definition.ts';

// The in-process scheduler: every day at `hour` (Asia/Shanghai) it runs each sweep for that day,
// and at start it catches up a day whose run was missed. It checks once a minute against the
// injected clock, so a test drives it by moving the clock and calling check().

export type SchedulerOptions = {
  readonly hour: number; // 0–23, local time
  readonly sweeps: readonly Sweep[];
  readonly log?: (line: string) => void;
  /** How often to look at the clock; 0 leaves it to the caller (tests call check()). */
  readonly intervalMs?: number;
};

export type Scheduler = {
  /** Runs every sweep whose run for the latest scheduled day has not completed. */
  check(): Promise<SweepRun[]>;
  /** The first check, started with the scheduler (the catch-up). */
  readonly started: Promise<SweepRun[]>;
  stop(): Promise<void>;
};

const RETRY_AFTER_MS = HOUR_MS;

/** The day of the latest scheduled moment at or before `now`: today once `hour` has passed, else yesterday. */
export const scheduledDay = (now: Date, hour: number): LocalDate => localDateAt(instantAfter(now, -hour * HOUR_MS));

export function startScheduler(ctx: AppContext, o: SchedulerOptions): Scheduler {
  if (!Number.isInteger(o.hour) || o.hour < 0 || o.hour > 23) throw new Error(`sweep hour must be 0–23, not ${o.hour}`);
  const log = o.log ?? (() => {});
  let running: Promise<SweepRun[]> | null = null;
  let stopped = false;
  let first = true;

  async function due(sweep: Sweep, day: LocalDate): Promise<boolean> {
    const last = await lastRuns(ctx.db, sweep.name, day);
    if (last.completedAsOf && compareDates(last.completedAsOf, day) >= 0) return false;
    // A run that failed is tried again an hour later, not every minute.
    return !last.lastFailureAt || ctx.clock.now().getTime() - last.lastFailureAt.getTime() >= RETRY_AFTER_MS;
  }

  async function pass(): Promise<SweepRun[]> {
    const trigger = first ? 'catch-up' : 'schedule';
    first = false;
    const day = scheduledDay(ctx.clock.now(), o.hour);
    const runs: SweepRun[] = [];
    for (const sweep of o.sweeps) {
      if (stopped) break;
      try {
        if (!(await due(sweep, day))) continue;
        const run = await runSweep(ctx, sweep, { asOf: day, dryRun: false, trigger });
        runs.push(run);
        log(`${sweep.title}（${day}）：检查 ${run.examined} 项，变更 ${run.changed} 项${run.failed ? `，失败：${run.failed}` : ''}`);
      } catch (error) {
        // The database may be away; the next check tries again.
        log(`${sweep.title}（${day}）未能运行：${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return runs;
  }

  const check = (): Promise<SweepRun[]> => {
    if (stopped) return Promise.resolve([]);
    // One pass at a time: a check while a pass runs waits for it instead of starting another.
    running ??= pass().finally(() => (running = null));
    return running;
  };

  const started = check();
  const interval = o.intervalMs ?? MINUTE_MS;
  const timer = interval > 0 ? setInterval(() => void check(), interval) : null;
  timer?.unref();
  return {
    check,
    started,
    stop: async () => {
      stopped = true;
      if (timer) clearInterval(timer);
      await running?.catch(() => {});
    },
  };
}
