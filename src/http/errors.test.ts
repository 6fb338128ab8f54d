import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { allErrorCodes, errorTables, statusOf, titleOf } from './errors.ts';
import type { ErrorCode } from '../shared/result.ts';

// The one error table: every code a use case can fail with has exactly one row (one meaning),
// with an HTTP status and a Chinese title.
const srcDir = join(import.meta.dirname, '..');
const sources = (dir: string): string[] =>
  readdirSync(dir).flatMap((f) => {
    const p = join(dir, f);
    return statSync(p).isDirectory() ? sources(p) : p.endsWith('.ts') && !p.endsWith('.test.ts') ? [p] : [];
  });

describe('the error table', () => {
  it('has a row for every code a use case or rule fails with', () => {
    const used = new Set<string>();
    for (const file of sources(srcDir)) {
      for (const m of readFileSync(file, 'utf8').matchAll(/\b(?:failure|fail)\(\s*'([a-z0-9-]+)'/g)) used.add(m[1]!);
    }
    expect(used.size).toBeGreaterThan(20);
    const known = new Set(allErrorCodes());
    expect([...used].filter((c) => !known.has(c))).toEqual([]);
  });

  it('gives each code one row only: no context defines a code that another already has', () => {
    const owners = new Map<string, string[]>();
    for (const [context, rows] of Object.entries(errorTables))
      for (const code of Object.keys(rows)) owners.set(code, [...(owners.get(code) ?? []), context]);
    expect([...owners].filter(([, o]) => o.length > 1)).toEqual([]);
  });

  it('titles every code in Chinese with a status of 4xx or 5xx', () => {
    for (const code of allErrorCodes()) {
      expect(statusOf(code as ErrorCode), code).toBeGreaterThanOrEqual(400);
      expect(titleOf(code as ErrorCode), code).toMatch(/[\u4e00-\u9fff]/);
    }
  });
});
