import type { Executor, Tx } from '../db/connection.ts';
import { transact } from '../db/transaction.ts';
import { appendEvents } from '../audit/append-events.ts';
import type { Actor } from '../audit/audit.types.ts';
import type { AppContext } from '../platform/context.ts';
import type { LocalDate } from '../shared/dates.ts';
import { success } from '../shared/result.ts';
import { recompute, type Change } from './deadline-logic.ts';
import { saveDeadline, selectDeadlinesTouching, selectProvisionalDeadlines } from './deadlines.repo.ts';
import type { DeadlineRecord } from './deadlines.types.ts';

// The calendar hook: when a year's published arrangement replaces a provisional one (or an
// override corrects a year), every open deadline whose period touches the changed days is
// computed again, and each one that moves is an event ('deadline.recomputed').

export const calendarActor: Actor = { id: null, name: '系统（法定节假日安排更新）' };
const BATCH = 500;

export type RecomputeReport = { examined: number; changed: number; done: boolean };
export type RecomputeOptions = {
  limit?: number | undefined;
  dryRun?: boolean;
  onProgress?: (p: { examined: number; changed: number }) => void;
};

type Page = (db: Executor, afterId: string, n: number, lock: boolean) => Promise<DeadlineRecord[]>;

async function recomputePages(ctx: AppContext, page: Page, reason: string, o: RecomputeOptions): Promise<RecomputeReport> {
  // The calendar re-reads its table if a year was set since it was loaded (by this or another process).
  await ctx.calendar.refresh();
  const today = ctx.clock.today();
  let after = '00000000-0000-0000-0000-000000000000';
  const report = { examined: 0, changed: 0, done: false };
  for (;;) {
    const n = Math.min(BATCH, (o.limit ?? Infinity) - report.examined);
    if (n <= 0) break;
    const step = async (db: Executor, lock: boolean) => {
      const rows = await page(db, after, n, lock);
      const changes = rows.map((d) => recompute(ctx.calendar, d, today, reason)).filter((c): c is Change => c !== null);
      return { rows, changes };
    };
    let got: { rows: DeadlineRecord[]; changes: Change[] };
    if (o.dryRun) got = await step(ctx.db, false);
    else {
      const r = await transact(ctx, async (tx) => {
        const s = await step(tx, true);
        await writeChanges(tx, ctx.clock.now(), s.changes);
        return success(s);
      });
      if (!r.ok) throw new Error(r.code);
      got = r.value;
    }
    report.examined += got.rows.length;
    report.changed += got.changes.length;
    o.onProgress?.({ examined: report.examined, changed: report.changed });
    if (got.rows.length < n) {
      report.done = true;
      break;
    }
    after = got.rows.at(-1)!.id;
  }
  return report;
}

async function writeChanges(tx: Tx, now: Date, changes: readonly Change[]): Promise<void> {
  for (const c of changes) await saveDeadline(tx, c.next, now);
  await appendEvents(
    tx,
    calendarActor,
    now,
    changes.map((c) => ({
      courtId: c.next.courtId,
      caseId: c.next.caseId,
      action: c.action,
      entityType: 'deadline',
      entityId: c.next.id,
      changes: c.changes,
    })),
  );
}

/** Recomputes every open or overdue deadline whose period touches the days from `from` to `to`. */
export function recomputeDeadlines(
  ctx: AppContext,
  range: { from: LocalDate; to: LocalDate },
  o: RecomputeOptions = {},
): Promise<RecomputeReport> {
  return recomputePages(ctx, (db, after, n, lock) => selectDeadlinesTouching(db, range, after, n, lock), 'calendar', o);
}

/** Recomputes every open deadline computed on a provisional calendar year (the daily sweep). */
export function recomputeProvisionalDeadlines(ctx: AppContext, o: RecomputeOptions = {}): Promise<RecomputeReport> {
  return recomputePages(ctx, (db, after, n, lock) => selectProvisionalDeadlines(db, after, n, lock), 'calendar', o);
}
