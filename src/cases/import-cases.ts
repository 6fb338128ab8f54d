import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendPreparedEvents } from '../audit/append-events.ts';
import { isRefusedData } from '../db/storable.ts';
import { bumpSequences } from './cases.repo.ts';
import {
  prepareBatches,
  type BatchMessage,
  type ImportEnv,
  type ImportError,
  type ImportLine,
  type PreparedBatch,
} from './import-pipeline.ts';
import { copyCases } from './case-writes.repo.ts';
import { checkRows } from './import-checks.ts';
import { analyzeCaseTables } from './cases.repo.ts';
import { enterImportedCases, poolSystemActor } from '../dormant/enter-pool.ts';

export type { ImportError, ImportLine } from './import-pipeline.ts';
export type ImportReport = { read: number; imported: number; skipped: number; errors: ImportError[] };
export type ImportOptions = { batchSize?: number; dryRun?: boolean; onProgress?: (r: ImportReport) => void; maxErrors?: number };

// Validates every row, reports errors by line, and commits good rows in batches. Re-running the
// same file is safe: a case number already stored is skipped; a number repeated within one run is an error.
export async function importCases(
  ctx: AppContext,
  who: Principal,
  lines: AsyncIterable<ImportLine>,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  if (!can(who, 'case.import')) return refused();
  return writeBatches(ctx, prepareBatches(lines, importEnv(ctx, who, opts)), opts);
}

export const refused = (): ImportReport => ({
  read: 0,
  imported: 0,
  skipped: 0,
  errors: [{ line: 0, caseNumber: null, code: 'forbidden', message: '无权导入案件' }],
});

export function importEnv(ctx: AppContext, who: Principal, opts: ImportOptions): ImportEnv {
  return {
    today: ctx.clock.today(),
    now: ctx.clock.now().toISOString(),
    actor: actorOf(who),
    courtIds: Object.fromEntries(ctx.courts.all.map((c) => [c.code, c.id])),
    courtNames: Object.fromEntries(ctx.courts.all.map((c) => [c.code, c.name])),
    scope: [...who.courtIds],
    batchSize: opts.batchSize ?? 5000,
  };
}

type Written = { written: number; skipped: number; errors: ImportError[] };

/** Writes prepared batches, one transaction each; the next batch is prepared while one is written. */
export async function writeBatches(ctx: AppContext, messages: AsyncIterable<BatchMessage>, opts: ImportOptions): Promise<ImportReport> {
  const maxErrors = opts.maxErrors ?? 10_000;
  const report: ImportReport = { read: 0, imported: 0, skipped: 0, errors: [] };
  const note = (errors: readonly ImportError[]) => {
    for (const e of errors) if (report.errors.length < maxErrors) report.errors.push(e);
  };
  let inFlight: Promise<void> = Promise.resolve();
  try {
    for await (const m of messages) {
      report.read = m.read;
      note(m.errors);
      if (!m.batch) continue;
      const batch = m.batch;
      await inFlight;
      inFlight = (async () => {
        const all = batch.rows.map((_, i) => i);
        const w = opts.dryRun ? await dryRun(ctx, batch, all) : await writeRows(ctx, batch, all);
        report.imported += w.written;
        report.skipped += w.skipped;
        note(w.errors);
        opts.onProgress?.(report);
      })();
      inFlight.catch(() => {}); // a failure is rethrown by the next await, not reported as unhandled
    }
  } finally {
    await inFlight.catch(() => {}); // never return (or throw) with a batch still being written
  }
  await inFlight;
  report.errors.sort((a, b) => a.line - b.line);
  // Autovacuum would analyze a large load only later: until then the planner would see the old sizes.
  if (report.imported > 0 && !opts.dryRun) await analyzeCaseTables(ctx.db);
  return report;
}

async function dryRun(ctx: AppContext, batch: PreparedBatch, rows: number[]): Promise<Written> {
  const checked = await checkRows(ctx.db, batch, rows);
  return { written: checked.keep.length, skipped: checked.skipped, errors: checked.errors };
}

// One transaction for the rows; should the database still refuse one of them (nothing checked
// beforehand foresaw it), the rows are halved until the refused one stands alone and is reported
// by its line, so that every other row is imported. This runs only after a failure.
async function writeRows(ctx: AppContext, batch: PreparedBatch, rows: number[]): Promise<Written> {
  try {
    return await writeOnce(ctx, batch, rows);
  } catch (error) {
    if (!isRefusedData(error)) throw error;
    if (rows.length === 1) {
      const r = batch.rows[rows[0]!]!;
      const why = `${error.code}${error.constraint ? `，约束 ${error.constraint}` : ''}`;
      return {
        written: 0,
        skipped: 0,
        errors: [{ line: r.line, caseNumber: r.typed, code: 'import-row-refused', message: `数据库拒绝写入该行（${why}）` }],
      };
    }
    const half = Math.ceil(rows.length / 2);
    const a = await writeRows(ctx, batch, rows.slice(0, half));
    const b = await writeRows(ctx, batch, rows.slice(half));
    return { written: a.written + b.written, skipped: a.skipped + b.skipped, errors: [...a.errors, ...b.errors] };
  }
}

function writeOnce(ctx: AppContext, batch: PreparedBatch, rows: number[]): Promise<Written> {
  return ctx.handle.transaction(async (trx) => {
    const { keep, skipped, errors, links } = await checkRows(trx, batch, rows);
    if (keep.length === 0) return { written: 0, skipped, errors };
    await bumpSequences(
      trx,
      keep.map((i) => batch.rows[i]!),
    );
    await copyCases(trx, batch.encoded, keep, links);
    await appendPreparedEvents(
      trx,
      keep.map((i) => batch.events[i]!),
      { copy: true },
    );
    // Cases imported closed as 终本 enter the 终本案件库 (src/dormant, ADR 0213).
    await enterImportedCases(
      trx,
      ctx,
      poolSystemActor,
      keep.map((i) => batch.rows[i]!.id),
    );
    return { written: keep.length, skipped, errors };
  });
}
