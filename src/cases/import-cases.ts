import { sql } from 'kysely';
import type { AppContext } from '../platform/context.ts';
import { can, type Principal } from '../access/access.types.ts';
import { actorOf } from '../audit/audit.types.ts';
import { appendPreparedEvents } from '../audit/append-events.ts';
import type { Executor, Tx } from '../db/connection.ts';
import {
  prepareBatches,
  type BatchMessage,
  type ImportEnv,
  type ImportError,
  type ImportLine,
  type PreparedBatch,
} from './import-pipeline.ts';
import { copyCases } from './write-cases.ts';

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
  return report;
}

async function existingNumbers(db: Executor, numbers: string[]): Promise<Set<string>> {
  const found = await sql<{ case_number: string }>`select case_number from cases where case_number = any(${numbers}::text[])`.execute(db);
  return new Set(found.rows.map((r) => r.case_number));
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

// Later filings must continue after the highest imported serial of each court × year × type.
async function bumpSequences(trx: Tx, rows: PreparedBatch['sequences']): Promise<void> {
  const max = new Map<string, { courtId: number; year: number; typeCode: string; serial: number }>();
  for (const r of rows) {
    if (r.legacy) continue;
    const key = `${r.courtId}|${r.year}|${r.typeCode}`;
    const cur = max.get(key);
    if (!cur || cur.serial < r.serial) max.set(key, { courtId: r.courtId, year: r.year, typeCode: r.typeCode, serial: r.serial });
  }
  const entries = [...max.values()].sort((a, b) => a.courtId - b.courtId || a.year - b.year || (a.typeCode < b.typeCode ? -1 : 1));
  for (let i = 0; i < entries.length; i += 1000) {
    const chunk = entries.slice(i, i + 1000);
    await sql`insert into case_number_sequences (court_id, year, special_code, type_code, last_serial)
      values ${sql.join(chunk.map((e) => sql`(${e.courtId}, ${e.year}, '', ${e.typeCode}, ${e.serial})`))}
      on conflict (court_id, year, special_code, type_code)
      do update set last_serial = greatest(case_number_sequences.last_serial, excluded.last_serial)`.execute(trx);
  }
}
