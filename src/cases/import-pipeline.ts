import { randomUUID } from 'node:crypto';
import type { Actor } from '../audit/audit.types.ts';
import { prepareEvents, type PreparedEvent } from '../audit/append-events.ts';
import type { LocalDate } from '../shared/dates.ts';
import { parseImportRow, type ImportRow } from './import-row.ts';
import { encodeCases, filingChanges, type EncodedCases, type NumberedCase } from './case-writes.repo.ts';
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

/** A batch ready for its transaction: case numbers to check, sequences to bump, COPY text, events. */
export type PreparedBatch = {
  caseNumbers: string[];
  sequences: { courtId: number; year: number; typeCode: string; serial: number; legacy: boolean }[];
  encoded: EncodedCases;
  events: PreparedEvent[];
};

export type BatchMessage = { read: number; errors: ImportError[]; batch: PreparedBatch | null };

// Reads, validates, de-duplicates and encodes rows, a batch at a time. No database: whatever a row
// needs from it (is this case number stored already?) is asked when the batch is written.
export async function* prepareBatches(lines: AsyncIterable<ImportLine>, env: ImportEnv): AsyncGenerator<BatchMessage> {
  const seen = new Set<string>();
  const scope = new Set(env.scope);
  let rows: ImportRow[] = [];
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
    const caseNumber = typeof l.data.caseNumber === 'string' ? l.data.caseNumber : null;
    const parsed = parseImportRow(l.data, env.today);
    if (!parsed.ok) {
      error(parsed.code, parsed.detail ?? parsed.code, caseNumber);
      continue;
    }
    const courtId = env.courtIds[parsed.value.courtCode];
    if (courtId === undefined) {
      error('unknown-court', `没有代字为「${parsed.value.courtCode}」的法院`, caseNumber);
      continue;
    }
    if (!scope.has(courtId)) {
      error('court-out-of-scope', `${env.courtNames[parsed.value.courtCode]}不在您的辖区内`, caseNumber);
      continue;
    }
    if (seen.has(parsed.value.caseNumber)) {
      error('duplicate-case-number', `案号 ${parsed.value.caseNumber} 在本次导入中重复`, caseNumber);
      continue;
    }
    seen.add(parsed.value.caseNumber);
    rows.push(parsed.value);
    if (rows.length >= env.batchSize) yield emit();
  }
  yield emit();
}

function prepareBatch(rows: ImportRow[], env: ImportEnv): PreparedBatch {
  const numbered: NumberedCase[] = rows.map((r) => ({
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
  const events = numbered.map((c) => ({
    courtId: c.courtId,
    caseId: c.id,
    action: 'case.imported',
    entityType: 'case',
    entityId: c.id,
    changes: filingChanges(c),
  }));
  return {
    caseNumbers: rows.map((r) => r.caseNumber),
    sequences: numbered.map((c, i) => ({
      courtId: c.courtId,
      year: c.year,
      typeCode: c.typeCode,
      serial: c.serial,
      legacy: rows[i]!.legacy,
    })),
    encoded: encodeCases(numbered, now),
    events: prepareEvents(env.actor, now, events),
  };
}
