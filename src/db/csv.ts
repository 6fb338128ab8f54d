// CSV for COPY … (format csv): NULL is an unquoted empty field, an empty string is "".
// Written as one string per batch with plain loops: this runs for every imported row.
export function encodeCsv(rows: readonly (readonly unknown[])[]): string {
  let out = '';
  for (const row of rows) {
    for (let i = 0; i < row.length; i++) {
      if (i > 0) out += ',';
      out += encodeField(row[i]);
    }
    out += '\n';
  }
  return out;
}

const NEEDS_QUOTES = /[",\n\r]/;

function encodeField(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number' || typeof value === 'bigint' || typeof value === 'boolean') return String(value);
  const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : JSON.stringify(value);
  if (text === '') return '""';
  return NEEDS_QUOTES.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}
