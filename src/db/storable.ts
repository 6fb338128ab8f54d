// PostgreSQL refuses a NUL character in text and in jsonb, and jsonb refuses a lone UTF-16
// surrogate (which Node would otherwise turn into U+FFFD in text). Import checks every string of
// a row against this before writing, so that one bad value is an error by line, not a failed batch.
// eslint-disable-next-line no-control-regex -- NUL is exactly what is looked for
const UNSTORABLE = /\u0000|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/;

/** The path of the first string in `value` that PostgreSQL cannot store (e.g. 'draft.applicants[0].name'), or null. */
export function firstUnstorableText(value: unknown, path = ''): string | null {
  if (typeof value === 'string') return UNSTORABLE.test(value) ? path || '（值）' : null;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const found = firstUnstorableText(value[i], `${path}[${i}]`);
      if (found) return found;
    }
    return null;
  }
  if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      const found = firstUnstorableText(v, path ? `${path}.${k}` : k);
      if (found) return found;
    }
  }
  return null;
}

/**
 * Whether PostgreSQL refused the data of a statement — SQLSTATE class 22 (data exception), 23
 * (integrity constraint) or 54 (program limit, e.g. an index row too large) — as opposed to being
 * unavailable or a bug: such a failure can be narrowed down to the row that caused it.
 */
export function isRefusedData(error: unknown): error is Error & { code: string; constraint?: string } {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' && /^(22|23|54)[0-9A-Z]{3}$/.test(code);
}
