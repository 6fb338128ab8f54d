import type { AppContext } from '../platform/context.ts';
import type { LocalDate } from '../shared/dates.ts';

// A sweep is a daily use case over many items. It is idempotent: each item's own state says
// whether it is done, so a run can be repeated, resumed after a kill, or run by two processes.

export type SweepProgress = { readonly examined: number; readonly changed: number };

export type SweepOptions = {
  /** The day the sweep runs for: what is due, expired or ended by then. */
  readonly asOf: LocalDate;
  /** Count what would change; write nothing. */
  readonly dryRun: boolean;
  /** At most this many items (the rest wait for the next run). */
  readonly limit?: number | undefined;
  readonly onProgress?: ((p: SweepProgress) => void) | undefined;
};

export type SweepReport = {
  readonly examined: number;
  readonly changed: number;
  /** False when the limit stopped the run before every item was seen. */
  readonly done: boolean;
};

export type Sweep = {
  readonly name: string;
  readonly title: string;
  readonly description: string;
  run(ctx: AppContext, o: SweepOptions): Promise<SweepReport>;
};
