import { describe, expect, it } from 'vitest';
import { encodeCsv } from './csv.ts';

describe('CSV for COPY', () => {
  it('writes NULL as an empty field and an empty string as ""', () => {
    expect(encodeCsv([[null, '', 'x', undefined]])).toBe(',"",x,\n');
  });
  it('quotes commas, quotes and line breaks, doubling inner quotes', () => {
    expect(encodeCsv([['a,b', 'say "hi"', 'two\nlines', 5, 7n]])).toBe('"a,b","say ""hi""","two\nlines",5,7\n');
  });
});
