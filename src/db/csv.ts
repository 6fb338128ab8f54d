// CSV for COPY … (format csv): NULL is an unquoted empty field, an empty string is "".
export function encodeCsv(rows: readonly (readonly unknown[])[]): string {
  const out: string[] = [];
  for (const row of rows) out.push(row.map(encodeField).join(','));
  return out.join('\n') + '\n';
}

function encodeField(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = typeof value === 'string' ? value : value instanceof Date ? value.toISOString() : String(value);
  if (text === '' || /[",\n\r]/.test(text)) return `"${text.replace(/"/g, '""')}"`;
  return text;
}
