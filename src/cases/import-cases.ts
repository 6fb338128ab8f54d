import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendPreparedEvents } from '../audit/append-events.ts';
import type { Executor } from '../db/connection.ts';
import { bumpSequences, existingNumbers } from './cases.repo.ts';
import {
  prepareBatches,
  type BatchMessage,
  type ImportEnv,
  type ImportError,
  type ImportLine,
  type PreparedBatch,
} from './import-pipeline.ts';
import { copyCases } from './case-writes.repo.ts';
import { analyzeCaseTables } from './cases.repo.ts';

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

/** Writes prepared batches, one transaction each; the next batch is prepared while one is written. */
export async function writeBatches(ctx: AppContext, messages: AsyncIterable<BatchMessage>, opts: ImportOptions): Promise<ImportReport> {
  const maxErrors = opts.maxErrors ?? 10_000;
  const report: ImportReport = { read: 0, imported: 0, skipped: 0, errors: [] };
  let inFlight: Promise<void> = Promise.resolve();
  try {
    for await (const m of messages) {
      report.read = m.read;
      for (const e of m.errors) if (report.errors.length < maxErrors) report.errors.push(e);
      if (!m.batch) continue;
      const batch = m.batch;
      await inFlight;
      inFlight = (async () => {
        const written = opts.dryRun ? await countNew(ctx.db, batch.caseNumbers) : await writeBatch(ctx, batch);
        report.imported += written;
        report.skipped += batch.caseNumbers.length - written;
        opts.onProgress?.(report);
      })();
      inFlight.catch(() => {}); // a failure is rethrown by the next await, not reported as unhandled
    }
  } finally {
    await inFlight.catch(() => {}); // never return (or throw) with a batch still being written
  }
  await inFlight;
  // Autovacuum would analyze a large load only later: until then the planner would see the old sizes.
  if (report.imported > 0 && !opts.dryRun) await analyzeCaseTables(ctx.db);
  return report;
}

async function countNew(db: Executor, numbers: string[]): Promise<number> {
  const existing = await existingNumbers(db, numbers);
  return numbers.filter((n) => !existing.has(n)).length;
}

async function writeBatch(ctx: AppContext, batch: PreparedBatch): Promise<number> {
  return ctx.handle.transaction(async (trx) => {
    const existing = await existingNumbers(trx, batch.caseNumbers);
    const keep = batch.caseNumbers.flatMap((n, i) => (existing.has(n) ? [] : [i]));
    if (keep.length === 0) return 0;
    await bumpSequences(
      trx,
      keep.map((i) => batch.sequences[i]!),
    );
    await copyCases(trx, batch.encoded, keep);
    await appendPreparedEvents(
      trx,
      keep.map((i) => batch.events[i]!),
      { copy: true },
    );
    return keep.length;
  });
}
