import { createReadStream } from 'node:fs';
import { createInterface } from 'node:readline';
import type { ImportLine } from './import-cases.ts';
import { csvKeyOf, csvRecordToRow } from './case-csv.ts';

/** Reads JSON Lines or CSV (by extension or --format) into numbered import lines, streaming. */
export async function* readImportFile(path: string, format: 'jsonl' | 'csv'): AsyncGenerator<ImportLine> {
  const rl = createInterface({ input: path === '-' ? process.stdin : createReadStream(path, 'utf8'), crlfDelay: Infinity });
  let n = 0;
  let header: string[] | null = null;
  for await (const raw of rl) {
    n += 1;
    const text = n === 1 ? raw.replace(/^\uFEFF/, '') : raw;
    if (!text.trim()) continue;
    if (format === 'jsonl') {
      try {
        const data: unknown = JSON.parse(text);
        yield typeof data === 'object' && data && !Array.isArray(data)
          ? { line: n, data: data as Record<string, unknown> }
          : { line: n, data: null, parseError: '每行须为一个 JSON 对象' };
      } catch {
        yield { line: n, data: null, parseError: '不是合法的 JSON', parseCode: 'invalid-json' };
      }
      continue;
    }
    const fields = parseCsvLine(text);
    if (!fields) {
      yield { line: n, data: null, parseError: 'CSV 引号不匹配' };
      continue;
    }
    if (!header) {
      // Chinese headers (as exported) or the English keys; a column the layout lacks is ignored.
      header = fields.map((f) => csvKeyOf(f) ?? f.trim());
      continue;
    }
    if (fields.length !== header.length) {
      yield { line: n, data: null, parseError: `应有 ${header.length} 列，实有 ${fields.length} 列` };
      continue;
    }
    const record = Object.fromEntries(header.map((h, i) => [h, fields[i]!]));
    yield { line: n, data: csvRecordToRow(record) };
  }
}

/** One CSV record on one line (RFC 4180 quoting); null when a quote is left open. */
export function parseCsvLine(line: string): string[] | null {
  const out: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"' && field === '') quoted = true;
    else if (ch === ',') {
      out.push(field);
      field = '';
    } else field += ch;
  }
  if (quoted) return null;
  out.push(field);
  return out;
}
