import { sql, type Selectable } from 'kysely';
import type { Executor, Tx } from '../db/connection.ts';
import type { SweepRunsTable } from '../db/schema.ts';
import { toInstant, type LocalDate } from '../shared/dates.ts';

// The record of sweep runs: one row per run, written as it starts and as it ends.

export type Trigger = SweepRunsTable['trigger'];

export async function insertRun(
  tx: Tx,
  r: { id: string; sweep: string; asOf: LocalDate; trigger: Trigger; dryRun: boolean; limit: number | null; now: Date },
): Promise<void> {
  await tx
    .insertInto('sweep_runs')
    .values({
      id: r.id,
      sweep: r.sweep,
      as_of: r.asOf,
      trigger: r.trigger,
      dry_run: r.dryRun,
      item_limit: r.limit,
      status: 'running',
      error: null,
      started_at: r.now,
      heartbeat_at: r.now,
      finished_at: null,
    })
    .execute();
}

export async function heartbeat(tx: Tx, id: string, p: { examined: number; changed: number }, now: Date): Promise<void> {
  await tx.updateTable('sweep_runs').set({ examined: p.examined, changed: p.changed, heartbeat_at: now }).where('id', '=', id).execute();
}

export async function finishRun(
  tx: Tx,
  id: string,
  end: { status: 'completed' | 'failed'; examined: number; changed: number; done: boolean; error: string | null },
  now: Date,
): Promise<void> {
  await tx
    .updateTable('sweep_runs')
    .set({ ...end, heartbeat_at: now, finished_at: now })
    .where('id', '=', id)
    .execute();
}

export type LastRuns = { completedAsOf: LocalDate | null; lastFailureAt: Date | null };

/** The latest day a real (not dry) run of the sweep completed for, and when it last failed for `asOf`. */
export async function lastRuns(db: Executor, sweep: string, asOf: LocalDate): Promise<LastRuns> {
  const r = await sql<{ completed: string | null; failed: Date | string | null }>`
    select
      (select max(as_of) from sweep_runs where sweep = ${sweep} and status = 'completed' and not dry_run and done) as completed,
      (select max(started_at) from sweep_runs where sweep = ${sweep} and status = 'failed' and as_of = ${asOf}::date) as failed`.execute(
    db,
  );
  const row = r.rows[0]!;
  return { completedAsOf: row.completed as LocalDate | null, lastFailureAt: row.failed === null ? null : toInstant(row.failed) };
}

export type RunRow = {
  id: string;
  sweep: string;
  asOf: LocalDate;
  trigger: Trigger;
  dryRun: boolean;
  status: 'running' | 'completed' | 'failed';
  examined: number;
  changed: number;
  done: boolean;
  error: string | null;
  startedAt: Date;
  heartbeatAt: Date;
  finishedAt: Date | null;
};

/** The latest run of each sweep. */
export async function latestRuns(db: Executor): Promise<Map<string, RunRow>> {
  const rows = await db.selectFrom('sweep_runs').selectAll().distinctOn('sweep').orderBy('sweep').orderBy('started_at', 'desc').execute();
  return new Map(rows.map((r) => [r.sweep, toRunRow(r)]));
}

function toRunRow(r: Selectable<SweepRunsTable>): RunRow {
  return {
    id: r.id,
    sweep: r.sweep,
    asOf: r.as_of as LocalDate,
    trigger: r.trigger,
    dryRun: r.dry_run,
    status: r.status,
    examined: r.examined,
    changed: r.changed,
    done: r.done,
    error: r.error,
    startedAt: toInstant(r.started_at),
    heartbeatAt: toInstant(r.heartbeat_at),
    finishedAt: r.finished_at === null ? null : toInstant(r.finished_at),
  };
}

/** The latest runs of one sweep, newest first. */
export async function runsOf(db: Executor, sweep: string, limit: number): Promise<RunRow[]> {
  const rows = await db
    .selectFrom('sweep_runs')
    .selectAll()
    .where('sweep', '=', sweep)
    .orderBy('started_at', 'desc')
    .limit(limit)
    .execute();
  return rows.map(toRunRow);
}
