import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { filingBody } from '../api/fixtures.ts';
import { freshStore, withDatabase, zhixing, type Store } from './cli-fixtures.ts';

// `zhixing sweep list` and `zhixing sweep run` as an operator runs them: imported cases get their
// 执行期限 from the backfill, a dry run writes nothing, --limit stops early and a re-run goes on.

let dir: string;
let store: Store;

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'zhixing-sweep-cli-'));
  store = await freshStore();
  const title = { ...filingBody().title, effectiveOn: '2025-12-01', performanceDeadline: '2025-12-11' };
  const lines = [1, 2, 3].map((n) =>
    JSON.stringify({ caseNumber: `（2026）粤0703执${8000 + n}号`, ...filingBody({ filedOn: `2026-0${n}-10`, title }) }),
  );
  const file = join(dir, 'cases.jsonl');
  writeFileSync(file, `${lines.join('\n')}\n`);
  const imported = await zhixing(store, ['import', file]);
  expect(imported.code, imported.stderr + imported.stdout).toBe(0);
});
afterAll(async () => {
  await store?.dispose();
  rmSync(dir, { recursive: true, force: true });
});

const deadlines = () =>
  withDatabase(store, async ({ read: db }) => db.selectFrom('deadlines').select(['node', 'state', 'due_on']).orderBy('due_on').execute());

describe('zhixing sweep', () => {
  it('lists every sweep with its Chinese title', async () => {
    const r = await zhixing(store, ['sweep', 'list']);
    expect(r.code, r.stderr).toBe(0);
    for (const name of [
      'end-deferrals',
      'seizure-expiries',
      'backfill-deadlines',
      'mark-overdue-deadlines',
      'deadline-reminders',
      'purge-sessions',
      'purge-idempotency-keys',
    ])
      expect(r.stdout).toContain(name);
    expect(r.stdout).toContain('标记超期期限');
    expect(r.stdout).toContain('尚未运行');
  });

  it('a dry run counts what would change and writes nothing', async () => {
    const dry = await zhixing(store, ['sweep', 'run', 'backfill-deadlines', '--as-of', '2026-11-26', '--dry-run']);
    expect(dry.code, dry.stderr).toBe(0);
    expect(dry.stdout).toContain('backfill-deadlines（2026-11-26）：检查 3 项，将变更 3 项');
    expect(await deadlines()).toEqual([]);
  });

  it('--limit stops early with a progress line, and says the rest waits', async () => {
    const some = await zhixing(store, ['sweep', 'run', 'backfill-deadlines', '--as-of', '2026-11-26', '--limit', '2']);
    expect(some.stdout).toContain('检查 2 项，变更 2 项');
    expect(some.stdout).toContain('未处理完');
    expect(some.stderr).toMatch(/补建案件期限：完成 2 项，用时 [\d.]+ 秒，平均 \d+ 项\/秒，变更 2 项/);
    expect(await deadlines()).toHaveLength(2);
  });

  it('a second run finishes the rest', async () => {
    const rest = await zhixing(store, ['sweep', 'run', 'backfill-deadlines', '--as-of', '2026-11-26']);
    expect(rest.stdout).toContain('检查 1 项，变更 1 项');
    // Filed 01-10, 02-10 and 03-10: six months later, each a working day.
    expect(await deadlines()).toEqual([
      { node: 'enforcement-period', state: 'open', due_on: '2026-07-10' },
      { node: 'enforcement-period', state: 'open', due_on: '2026-08-10' },
      { node: 'enforcement-period', state: 'open', due_on: '2026-09-10' },
    ]);
  });

  it('runs them all for a day, and says so in the list', async () => {
    const all = await zhixing(store, ['sweep', 'run', 'all', '--as-of', '2026-11-26']);
    expect(all.code, all.stderr).toBe(0);
    expect(all.stdout).toContain('mark-overdue-deadlines（2026-11-26）：检查 3 项，变更 3 项');
    expect((await deadlines()).map((d) => d.state)).toEqual(['overdue', 'overdue', 'overdue']);
    const list = await zhixing(store, ['sweep', 'list']);
    expect(list.stdout).toMatch(/mark-overdue-deadlines[\s\S]*最近：2026-11-26 完成，检查 3，变更 3/);
  }, 120_000); // eight sweeps and a list: two processes that each start, migrate and run

  it('refuses an unknown sweep and a bad date, in Chinese', async () => {
    const unknown = await zhixing(store, ['sweep', 'run', 'nightly']);
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('没有名为「nightly」的每日任务');
    const bad = await zhixing(store, ['sweep', 'run', 'purge-sessions', '--as-of', '2026-13-01']);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('--as-of 须为 YYYY-MM-DD');
  });
});
