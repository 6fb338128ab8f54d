import { actorOf } from '../audit/audit.types.ts';
import { randomUUID } from 'node:crypto';
import { sql } from 'kysely';
import type { AppContext } from '../platform/context.ts';
import { can, inScope, type Principal } from '../access/access.types.ts';
import { appendPreparedEvents, prepareEvents, type PreparedEvent } from '../audit/append-events.ts';
import type { Db } from '../db/connection.ts';
import { parseImportRow, type ImportRow } from './import-row.ts';
import { copyCases, encodeCases, filingChanges, type EncodedCases, type NumberedCase } from './write-cases.ts';

export type ImportLine = {
  line: number;
  data: Record<string, unknown> | null;
  parseError?: string;
  parseCode?: 'invalid-json' | 'validation-failed';
};
export type ImportError = {
  line: number;
  caseNumber: string | null;
  code: string;
  message: string;
};
export type ImportReport = {
  read: number;
  imported: number;
  skipped: number;
  errors: ImportError[];
};
export type ImportOptions = {
  batchSize?: number;
  dryRun?: boolean;
  onProgress?: (r: ImportReport) => void;
  maxErrors?: number;
};

// Validates every row, reports errors by line, and commits good rows in batches. Re-running the
// same file is safe: a case number already stored is skipped; a number repeated within one run is an error.
export async function importCases(
  ctx: AppContext,
  who: Principal,
  lines: AsyncIterable<ImportLine>,
  opts: ImportOptions = {},
): Promise<ImportReport> {
  const batchSize = opts.batchSize ?? 5000;
  const maxErrors = opts.maxErrors ?? 10_000;
  const report: ImportReport = { read: 0, imported: 0, skipped: 0, errors: [] };
  const seen = new Set<string>();
  const today = ctx.clock.today();
  let batch: ImportRow[] = [];
  const addError = (e: ImportError) => {
    if (report.errors.length < maxErrors) report.errors.push(e);
  };
  if (!can(who, 'case.import')) {
    addError({
      line: 0,
      caseNumber: null,
      code: 'forbidden',
      message: '无权导入案件',
    });
    return report;
  }
  // One batch is written while the next is read and validated: the database and Node overlap.
  let inFlight: Promise<void> = Promise.resolve();
  const flush = async () => {
    if (batch.length === 0) return inFlight;
    const rows = batch;
    batch = [];
    // Encoded now, while the database is still busy with the previous batch.
    const prepared = opts.dryRun ? null : prepareBatch(ctx, who, rows);
    await inFlight;
    inFlight = (async () => {
      const written = prepared ? await writeBatch(ctx, prepared) : await countNew(ctx.db, rows);
      report.imported += written;
      report.skipped += rows.length - written;
      opts.onProgress?.(report);
    })();
    inFlight.catch(() => {}); // a failure is rethrown by the next await, not reported as unhandled
  };
  try {
    await readAll();
  } finally {
    await inFlight.catch(() => {}); // never return (or throw) with a batch still being written
  }
  await inFlight;
  return report;

  async function readAll() {
    for await (const l of lines) {
      report.read += 1;
      // Let socket I/O run between slices of parsing, so the batch being written is not starved.
      if (report.read % 256 === 0) await new Promise((resolve) => setImmediate(resolve));
      if (!l.data) {
        addError({
          line: l.line,
          caseNumber: null,
          code: l.parseCode ?? 'validation-failed',
          message: l.parseError ?? '无法解析该行',
        });
        continue;
      }
      const parsed = parseImportRow(l.data, today);
      const caseNumber = typeof l.data.caseNumber === 'string' ? l.data.caseNumber : null;
      if (!parsed.ok) {
        addError({
          line: l.line,
          caseNumber,
          code: parsed.code,
          message: parsed.detail ?? parsed.code,
        });
        continue;
      }
      const court = ctx.courts.byCode(parsed.value.courtCode);
      if (!court) {
        addError({
          line: l.line,
          caseNumber,
          code: 'unknown-court',
          message: `没有代字为「${parsed.value.courtCode}」的法院`,
        });
        continue;
      }
      if (!inScope(who, court.id)) {
        addError({
          line: l.line,
          caseNumber,
          code: 'court-out-of-scope',
          message: `${court.name}不在您的辖区内`,
        });
        continue;
      }
      if (seen.has(parsed.value.caseNumber)) {
        addError({
          line: l.line,
          caseNumber,
          code: 'duplicate-case-number',
          message: `案号 ${parsed.value.caseNumber} 在本次导入中重复`,
        });
        continue;
      }
      seen.add(parsed.value.caseNumber);
      batch.push(parsed.value);
      if (batch.length >= batchSize) await flush();
    }
    await flush();
  }
}

async function existingNumbers(db: Db, rows: ImportRow[]): Promise<Set<string>> {
  const numbers = rows.map((r) => r.caseNumber);
  const found = await sql<{
    case_number: string;
  }>`select case_number from cases where case_number = any(${numbers}::text[])`.execute(db);
  return new Set(found.rows.map((r) => r.case_number));
}

async function countNew(db: Db, rows: ImportRow[]): Promise<number> {
  const existing = await existingNumbers(db, rows);
  return rows.filter((r) => !existing.has(r.caseNumber)).length;
}

type PreparedBatch = { rows: ImportRow[]; encoded: EncodedCases; events: PreparedEvent[] };

function prepareBatch(ctx: AppContext, who: Principal, rows: ImportRow[]): PreparedBatch {
  const numbered: NumberedCase[] = rows.map((r) => ({
    id: randomUUID(),
    courtId: ctx.courts.byCode(r.courtCode)!.id,
    caseNumber: r.caseNumber,
    year: r.year,
    typeCode: r.typeCode,
    serial: r.serial,
    draft: r.draft,
    resumedFromId: null,
    status: r.status,
    closure: r.closure,
  }));
  const now = ctx.clock.now();
  const events = numbered.map((c) => ({
    courtId: c.courtId,
    caseId: c.id,
    action: 'case.imported',
    entityType: 'case',
    entityId: c.id,
    changes: filingChanges(c),
  }));
  return { rows, encoded: encodeCases(numbered, now), events: prepareEvents(actorOf(who), now, events) };
}

async function writeBatch(ctx: AppContext, batch: PreparedBatch): Promise<number> {
  return ctx.handle.bulkTransaction(async (trx, copy) => {
    const existing = await existingNumbers(trx, batch.rows);
    const keep = batch.rows.flatMap((r, i) => (existing.has(r.caseNumber) ? [] : [i]));
    if (keep.length === 0) return 0;
    await bumpSequences(
      trx,
      keep.map((i) => batch.rows[i]!),
      (code) => ctx.courts.byCode(code)!.id,
    );
    await copyCases(copy, batch.encoded, keep);
    await appendPreparedEvents(
      trx,
      keep.map((i) => batch.events[i]!),
      copy,
    );
    return keep.length;
  });
}

// Later filings must continue after the highest imported serial of each court × year × type.
async function bumpSequences(trx: Db, rows: ImportRow[], courtId: (code: string) => number): Promise<void> {
  const max = new Map<string, { courtId: number; year: number; typeCode: string; serial: number }>();
  for (const r of rows) {
    if (r.legacy) continue;
    const key = `${r.courtCode}|${r.year}|${r.typeCode}`;
    const cur = max.get(key);
    if (!cur || cur.serial < r.serial)
      max.set(key, {
        courtId: courtId(r.courtCode),
        year: r.year,
        typeCode: r.typeCode,
        serial: r.serial,
      });
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
