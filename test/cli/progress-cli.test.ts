import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filingBody } from '../api/fixtures.ts';
import { runInProcess } from '../support/cli.ts';
import { freshStore, type Store } from './cli-fixtures.ts';

// Import, export and a sweep on a small dataset, as they run from cron into a log: progress lines
// with counts and rate on standard error, and standard output exactly what it is without them.

vi.setConfig({ testTimeout: 240_000 });

let dir: string;
let store: Store;
let file: string;
const N = 7;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhixing-progress-cli-'));
  store = await freshStore();
  const title = { ...filingBody().title, effectiveOn: '2025-12-01', performanceDeadline: '2025-12-11' };
  const lines = Array.from({ length: N }, (_, i) =>
    JSON.stringify({ caseNumber: `（2026）粤0703执${7100 + i}号`, ...filingBody({ filedOn: '2026-02-10', title }) }),
  );
  file = join(dir, 'cases.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n\n`);
});
afterAll(async () => {
  await store?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const run = (args: string[], mode: 'lines' | 'off') => runInProcess(args, { ...store.env, ZHIXING_PROGRESS: mode });
const rate = (unit: string) => `\\d+ ${unit}/秒`;
// The time a run took is the one thing two runs' output may differ in.
const timeless = (text: string) => text.replace(/用时 [\d.]+ 秒/g, '用时 … 秒');

describe('progress of import, export and sweeps in a log', () => {
  it('import: a line every two rows with done/total and rate, a summary line, and the same standard output', async () => {
    const args = ['import', file, '--batch', '2', '--progress-every', '2'];
    const dry = await run([...args, '--dry-run'], 'lines');
    expect(dry.code, dry.stderr).toBe(0);
    const quiet = await run([...args, '--dry-run'], 'off');
    expect(quiet.stderr).toBe('');
    expect(timeless(dry.stdout)).toBe(timeless(quiet.stdout));
    expect(dry.stdout).not.toMatch(/已处理|行\/秒/);

    const r = await run(args, 'lines');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines.slice(0, -1)).toEqual(
      [2, 4, 6].map((n) =>
        expect.stringMatching(
          new RegExp(`^导入：已处理 ${n}/${N} 行（${Math.floor((n / N) * 100)}%），${rate('行')}，导入 ${n}，跳过 0，错误 0$`),
        ),
      ),
    );
    expect(lines.at(-1)).toMatch(new RegExp(`^导入：完成 ${N} 行，用时 [\\d.]+ 秒，平均 ${rate('行')}，导入 ${N}，跳过 0，错误 0$`));
    expect(r.stdout).toMatch(new RegExp(`^导入完成：读 ${N} 行，导入 ${N} 件，已存在跳过 0 件，错误 0 行，用时 [\\d.]+ 秒\\n$`));
  });

  it('export: a line every three cases with the count and rate, a summary line, and the same cases on standard output', async () => {
    const r = await run(['export', '--court', '粤0703', '--progress-every', '3'], 'lines');
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr.trim().split('\n')).toEqual([
      expect.stringMatching(new RegExp(`^导出：已处理 3 件，${rate('件')}$`)),
      expect.stringMatching(new RegExp(`^导出：已处理 6 件，${rate('件')}$`)),
      expect.stringMatching(new RegExp(`^导出：完成 ${N} 件，用时 [\\d.]+ 秒，平均 ${rate('件')}$`)),
    ]);
    const quiet = await run(['export', '--court', '粤0703'], 'off');
    expect(quiet.stderr).toBe('');
    expect(r.stdout).toBe(quiet.stdout);
    expect(r.stdout.trim().split('\n')).toHaveLength(N);
    for (const line of r.stdout.trim().split('\n')) expect(() => JSON.parse(line) as unknown).not.toThrow();
  });

  it('sweep: a progress line per batch and a summary line, and the same report on standard output', async () => {
    const args = ['sweep', 'run', 'backfill-deadlines', '--as-of', '2026-11-26', '--dry-run', '--progress-every', '1'];
    const r = await run(args, 'lines');
    expect(r.code, r.stderr).toBe(0);
    const lines = r.stderr.trim().split('\n');
    expect(lines.length).toBeGreaterThanOrEqual(2);
    for (const line of lines.slice(0, -1))
      expect(line).toMatch(new RegExp(`^补建案件期限：已处理 \\d+ 项，${rate('项')}，将变更 \\d+ 项$`));
    expect(lines.at(-1)).toMatch(new RegExp(`^补建案件期限：完成 ${N} 项，用时 [\\d.]+ 秒，平均 ${rate('项')}，将变更 ${N} 项$`));
    const quiet = await run(args, 'off');
    expect(quiet.stderr).toBe('');
    expect(timeless(r.stdout)).toBe(timeless(quiet.stdout));
    expect(r.stdout).toContain(`backfill-deadlines（2026-11-26）：检查 ${N} 项，将变更 ${N} 项`);
  });
});
