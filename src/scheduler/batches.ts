import { addDays, startOfLocalDay, type LocalDate } from '../shared/dates.ts';
import type { SweepOptions, SweepReport } from './sweep-definition.ts';

export const SWEEP_BATCH = 500;

/**
 * Runs `step(n)` (one transaction over at most `n` items) until a step sees fewer than it asked
 * for or the limit is reached, reporting progress after each step.
 */
export async function inBatches(
  o: SweepOptions,
  step: (n: number) => Promise<{ examined: number; changed: number }>,
  batch = SWEEP_BATCH,
): Promise<SweepReport> {
  let examined = 0;
  let changed = 0;
  for (;;) {
    const n = Math.min(batch, (o.limit ?? Infinity) - examined);
    if (n <= 0) return { examined, changed, done: false };
    const r = await step(n);
    examined += r.examined;
    changed += r.changed;
    o.onProgress?.({ examined, changed });
    if (r.examined < n) return { examined, changed, done: true };
  }
}

/** A dry run's report: `count` items would change (capped at the limit). */
export const dryRunReport = (o: SweepOptions, count: number): SweepReport => ({
  examined: count,
  changed: count,
  done: o.limit === undefined || count < o.limit,
});

export const capOf = (o: SweepOptions): number => o.limit ?? 2_147_483_647;

/** The instant a sweep for `asOf` purges up to: the end of that day, or now if that is earlier. */
export function cutoffOf(now: Date, asOf: LocalDate): Date {
  const end = startOfLocalDay(addDays(asOf, 1));
  return end.getTime() < now.getTime() ? end : now;
}
