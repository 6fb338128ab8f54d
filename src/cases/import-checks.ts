import type { Executor } from '../db/connection.ts';
import { officersByUsername } from '../access/officers.ts';
import { casesByNumber, storedNumbers } from './cases.repo.ts';
import { numberKey, type ImportError, type PreparedBatch } from './import-pipeline.ts';
import type { CaseLinks } from './case-writes.repo.ts';

export type CheckedRows = {
  keep: number[];
  skipped: number;
  errors: ImportError[];
  /** The 承办人 and 原案 ids of a kept row. */
  links: (i: number) => CaseLinks;
};

// What only the database can tell about a prepared batch, asked before it is written: which cases
// are stored already (skipped: the import is idempotent), which numbers collide with a stored one
// spelt otherwise, and who the 承办人 and which case the 原案 of each row are.
export async function checkRows(db: Executor, batch: PreparedBatch, rows: readonly number[]): Promise<CheckedRows> {
  const errors: ImportError[] = [];
  const fail = (i: number, code: string, message: string) => {
    const r = batch.rows[i]!;
    errors.push({ line: r.line, caseNumber: r.typed, code, message });
  };
  const of = rows.map((i) => batch.rows[i]!);
  const stored = await storedNumbers(
    db,
    of.map((r) => r.caseNumber),
    of.filter((r) => !r.legacy),
  );
  const byNumber = new Set(stored.map((s) => s.caseNumber));
  const byKey = new Map(stored.map((s) => [numberKey(s), s.caseNumber]));
  let keep: number[] = [];
  let skipped = 0;
  for (const i of rows) {
    const r = batch.rows[i]!;
    const other = r.legacy ? undefined : byKey.get(numberKey(r));
    if (byNumber.has(r.caseNumber)) skipped += 1;
    else if (other !== undefined) fail(i, 'duplicate-case-number', `案号 ${r.caseNumber} 与已有案件 ${other} 的编号相同`);
    else keep.push(i);
  }

  const officers = await officersByUsername(db, [...new Set(keep.flatMap((i) => batch.rows[i]!.officer ?? []))]);
  keep = keep.filter((i) => {
    const r = batch.rows[i]!;
    if (r.officer === null) return true;
    const o = officers.get(r.officer);
    if (o && o.courtId === r.courtId) return true;
    fail(i, 'officer-invalid', o ? `用户 ${r.officer} 不是本院执行法官或执行员` : `没有用户名为 ${r.officer} 的用户`);
    return false;
  });

  // The 原案 is stored already, or comes earlier in this batch (an export lists it first).
  const wanted = [...new Set(keep.flatMap((i) => batch.rows[i]!.resumedFrom ?? []))];
  const storedFrom = await casesByNumber(db, wanted);
  for (let changed = true; changed;) {
    const inBatch = new Map(keep.map((i) => [batch.rows[i]!.caseNumber, { id: batch.rows[i]!.id, courtId: batch.rows[i]!.courtId }]));
    const before = keep.length;
    keep = keep.filter((i) => {
      const r = batch.rows[i]!;
      if (r.resumedFrom === null) return true;
      const from = storedFrom.get(r.resumedFrom) ?? inBatch.get(r.resumedFrom);
      if (from && from.courtId === r.courtId) return true;
      fail(i, 'resumed-from-unknown', from ? `原案 ${r.resumedFrom} 不是本院案件` : `没有案号为 ${r.resumedFrom} 的案件`);
      return false;
    });
    changed = keep.length !== before;
  }
  const inBatch = new Map(keep.map((i) => [batch.rows[i]!.caseNumber, batch.rows[i]!.id]));
  const links = (i: number): CaseLinks => {
    const r = batch.rows[i]!;
    return {
      officerId: r.officer === null ? null : officers.get(r.officer)!.id,
      resumedFromId: r.resumedFrom === null ? null : (storedFrom.get(r.resumedFrom)?.id ?? inBatch.get(r.resumedFrom)!),
    };
  };
  return { keep, skipped, errors, links };
}
