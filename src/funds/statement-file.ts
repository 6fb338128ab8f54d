import ExcelJS from 'exceljs';
import { localDateAt, parseLocalDate, type LocalDate } from '../shared/dates.ts';
import { parseYuan } from '../shared/money.ts';
import { failure, success, type Result } from '../shared/result.ts';
import type { StatementLine } from './funds.types.ts';
export type { StatementLine } from './funds.types.ts';

// A bank statement as a file (CSV, or the XLSX banks export), read through a column mapping
// into statement lines. Only credit lines (money in) are receipts; a debit or empty amount is skipped.

export const statementFields = [
  'amount',
  'receivedOn',
  'payerName',
  'bankReference',
  'accountNumber',
  'remark',
  'payerAccount',
  'payerIdNumber',
] as const;
export type StatementField = (typeof statementFields)[number];
export type ColumnMapping = { [K in StatementField]?: string | undefined };

const required: StatementField[] = ['amount', 'receivedOn', 'payerName', 'bankReference'];
export const MAX_STATEMENT_LINES = 5000;

/** RFC 4180 CSV: quoted fields with doubled quotes, CRLF or LF, a UTF-8 BOM dropped. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  const s = text.replace(/^\ufeff/, '');
  for (let i = 0; i < s.length; i++) {
    const ch = s[i]!;
    if (quoted) {
      if (ch === '"' && s[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      row.push(field);
      field = '';
    } else if (ch === '\n' || ch === '\r') {
      if (ch === '\r' && s[i + 1] === '\n') i++;
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
    } else field += ch;
  }
  if (field !== '' || row.length) rows.push([...row, field]);
  return rows.filter((r) => r.some((c) => c.trim() !== ''));
}

const cellText = (v: ExcelJS.CellValue): string => {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object' && 'getTime' in v) return localDateAt(v);
  if (typeof v === 'object' && 'result' in v) return typeof v.result === 'string' || typeof v.result === 'number' ? String(v.result) : '';
  if (typeof v === 'object' && 'richText' in v) return v.richText.map((t) => t.text).join('');
  if (typeof v === 'object' && 'text' in v) return String(v.text);
  if (typeof v === 'number') return Number.isInteger(v) ? String(v) : v.toFixed(2);
  if (typeof v === 'string' || typeof v === 'boolean') return String(v);
  return '';
};

/** The rows of the first worksheet of an XLSX file, as text. */
export async function xlsxRows(data: Buffer): Promise<string[][] | null> {
  try {
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(data as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    if (!sheet) return null;
    const rows: string[][] = [];
    sheet.eachRow((r) => {
      const values = (r.values as ExcelJS.CellValue[]).slice(1);
      rows.push(values.map(cellText));
    });
    return rows;
  } catch {
    return null;
  }
}

const dateOf = (text: string): LocalDate | null => {
  const t = text.trim().replace(/[/.]/g, '-').slice(0, 10);
  const m = /^(\d{4})-(\d{1,2})-(\d{1,2})$/.exec(t) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(t);
  return m ? parseLocalDate(`${m[1]}-${m[2]!.padStart(2, '0')}-${m[3]!.padStart(2, '0')}`) : null;
};

/** Lines from rows whose first row is the header, by the mapping from our fields to the bank's column titles. */
export function linesOf(rows: string[][], mapping: ColumnMapping): Result<{ lines: StatementLine[]; skipped: number }> {
  const header = (rows[0] ?? []).map((h) => h.trim());
  const index: Partial<Record<StatementField, number>> = {};
  for (const f of statementFields) {
    const title = mapping[f];
    if (title === undefined) continue;
    const i = header.indexOf(title.trim());
    if (i < 0) return failure('statement-column-missing', `流水中没有「${title}」列`);
    index[f] = i;
  }
  const missing = required.filter((f) => index[f] === undefined);
  if (missing.length) return failure('statement-column-missing', `请映射以下列：${missing.join('、')}`);
  if (rows.length - 1 > MAX_STATEMENT_LINES) return failure('statement-invalid', `一次最多导入 ${MAX_STATEMENT_LINES} 行`);
  const lines: StatementLine[] = [];
  let skipped = 0;
  for (const [n, row] of rows.slice(1).entries()) {
    const get = (f: StatementField) => (index[f] === undefined ? '' : (row[index[f]] ?? '').trim());
    const amount = parseYuan(get('amount').replace(/[,，\s]/g, ''));
    if (amount === null || amount <= 0n) {
      skipped += 1; // a debit, a total or a blank line
      continue;
    }
    const receivedOn = dateOf(get('receivedOn'));
    if (!receivedOn) return failure('statement-invalid', `第 ${n + 2} 行的日期无法识别：${get('receivedOn')}`);
    if (!get('bankReference') || !get('payerName')) return failure('statement-invalid', `第 ${n + 2} 行缺少流水号或付款人`);
    const opt = (f: StatementField) => get(f) || null;
    lines.push({
      amount,
      receivedOn,
      payerName: get('payerName'),
      bankReference: get('bankReference'),
      accountNumber: opt('accountNumber')?.replace(/[\s-]/g, '') ?? null,
      remark: opt('remark'),
      payerAccount: opt('payerAccount'),
      payerIdNumber: opt('payerIdNumber'),
    });
  }
  return success({ lines, skipped });
}
