import { randomUUID } from 'node:crypto';
import type { Actor } from '../audit/audit.types.ts';
import { prepareEvents, type PreparedEvent } from '../audit/append-events.ts';
import type { LocalDate } from '../shared/dates.ts';
import { parseImportRow, type ImportRow } from './import-row.ts';
import { encodeCases, type EncodedCases, type NumberedCase } from './case-writes.repo.ts';
import { filingChanges } from './case-facts.ts';
import { toInstant } from '../shared/dates.ts';

export type ImportLine = {
  line: number;
  data: Record<string, unknown> | null;
  parseError?: string;
  parseCode?: 'invalid-json' | 'validation-failed';
};
export type ImportError = { line: number; caseNumber: string | null; code: string; message: string };

/** Everything the preparing side needs, as plain data: it may run in a worker thread. */
export type ImportEnv = {
  today: LocalDate;
  now: string; // ISO instant stamped on the rows and events
  actor: Actor;
  courtIds: Record<string, number>; // 法院代字 → court id
  courtNames: Record<string, string>;
  scope: number[]; // courts the importer may write to
  batchSize: number;
};

/** One row of a prepared batch: where it came from, and what the writing side still has to check or resolve. */
export type PreparedRow = {
  line: number;
  typed: string | null; // the case number as the file spells it, for error lines
  caseNumber: string; // normalised
  id: string;
  courtId: number;
  year: number;
  typeCode: string;
  serial: number;
  legacy: boolean;
  officer: string | null;
  resumedFrom: string | null;
};

/** A batch ready for its transaction: rows to check, COPY text and events, index for index. */
export type PreparedBatch = { rows: PreparedRow[]; encoded: EncodedCases; events: PreparedEvent[] };

export type BatchMessage = { read: number; errors: ImportError[]; batch: PreparedBatch | null };

/** Court × year × type × serial: unique in the schema for numbers of 2016 on (the new format). */
export const numberKey = (r: { courtId: number; year: number; typeCode: string; serial: number }) =>
  `${r.courtId}|${r.year}|${r.typeCode}|${r.serial}`;

// Reads, validates, de-duplicates and encodes rows, a batch at a time. No database: whatever a row
// needs from it (is this case number stored already?) is asked when the batch is written.
export async function* prepareBatches(lines: AsyncIterable<ImportLine>, env: ImportEnv): AsyncGenerator<BatchMessage> {
  const seen = new Map<string, string>(); // normalised number or number key → the number first seen
  const scope = new Set(env.scope);
  let rows: { row: ImportRow; line: number; typed: string | null }[] = [];
  let errors: ImportError[] = [];
  let read = 0;
  const emit = (): BatchMessage => {
    const message = { read, errors, batch: rows.length ? prepareBatch(rows, env) : null };
    rows = [];
    errors = [];
    return message;
  };
  for await (const l of lines) {
    read += 1;
    // Let other I/O run between slices of parsing (in-process, the batch being written).
    if (read % 256 === 0) await new Promise((resolve) => setImmediate(resolve));
    const error = (code: string, message: string, caseNumber: string | null = null) =>
      errors.push({ line: l.line, caseNumber, code, message });
    if (!l.data) {
      error(l.parseCode ?? 'validation-failed', l.parseError ?? '无法解析该行');
      continue;
    }
    const typed = typeof l.data.caseNumber === 'string' ? l.data.caseNumber : null;
    const parsed = parseImportRow(l.data, env.today);
    if (!parsed.ok) {
      error(parsed.code, parsed.detail ?? parsed.code, typed);
      continue;
    }
    const row = parsed.value;
    const courtId = env.courtIds[row.courtCode];
    if (courtId === undefined) {
      error('unknown-court', `没有代字为「${row.courtCode}」的法院`, typed);
      continue;
    }
    if (!scope.has(courtId)) {
      error('court-out-of-scope', `${env.courtNames[row.courtCode]}不在您的辖区内`, typed);
      continue;
    }
    // Spellings of one number (half-width brackets, spaces, full-width digits) are one case.
    const key = row.legacy ? null : numberKey({ ...row, courtId });
    const first = seen.get(row.caseNumber) ?? (key ? seen.get(key) : undefined);
    if (first !== undefined) {
      error(
        'duplicate-case-number',
        `案号 ${row.caseNumber} 在本次导入中重复${first === row.caseNumber ? '' : `（与 ${first} 编号相同）`}`,
        typed,
      );
      continue;
    }
    seen.set(row.caseNumber, row.caseNumber);
    if (key) seen.set(key, row.caseNumber);
    rows.push({ row, line: l.line, typed });
    if (rows.length >= env.batchSize) yield emit();
  }
  yield emit();
}

function prepareBatch(items: { row: ImportRow; line: number; typed: string | null }[], env: ImportEnv): PreparedBatch {
  const numbered: NumberedCase[] = items.map(({ row: r }) => ({
    id: randomUUID(),
    courtId: env.courtIds[r.courtCode]!,
    caseNumber: r.caseNumber,
    year: r.year,
    typeCode: r.typeCode,
    serial: r.serial,
    draft: r.draft,
    resumedFromId: null,
    status: r.status,
    closure: r.closure,
  }));
  const now = toInstant(env.now);
  const events = numbered.map((c, i) => ({
    courtId: c.courtId,
    caseId: c.id,
    action: 'case.imported',
    entityType: 'case',
    entityId: c.id,
    changes: filingChanges(c, { officer: items[i]!.row.officer, resumedFrom: items[i]!.row.resumedFrom }),
  }));
  return {
    rows: numbered.map((c, i) => {
      const { row, line, typed } = items[i]!;
      return {
        line,
        typed,
        caseNumber: c.caseNumber,
        id: c.id,
        courtId: c.courtId,
        year: c.year,
        typeCode: c.typeCode,
        serial: c.serial,
        legacy: row.legacy,
        officer: row.officer,
        resumedFrom: row.resumedFrom,
      };
    }),
    encoded: encodeCases(numbered, now),
    events: prepareEvents(env.actor, now, events),
  };
}
