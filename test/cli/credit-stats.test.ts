import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdmin, openApp } from '../../src/platform/bootstrap.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { fixedClock } from '../../src/platform/clock.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { appendEvent } from '../../src/audit/append-events.ts';
import { transact } from '../../src/db/transaction.ts';
import { success } from '../../src/shared/result.ts';
import { TEST_NOW } from '../support/test-app.ts';
import { freshStore, zhixing, type Store } from './cli-fixtures.ts';

// `zhixing credit stats` on the court's database: 2026 Q4 of 江门中院 with two restrictions in 蓬江
// and one in 台山 (events as the consumption restriction writes them), the table and JSON, bad input.

let store: Store;

beforeAll(async () => {
  store = await freshStore();
  const app = await openApp({
    config: { ...loadConfig(store.env), adminPassword: 'admin-test-password' },
    clock: fixedClock(TEST_NOW),
    notice: () => {},
  });
  try {
    await ensureAdmin(app, () => {});
    await seedDemo(app, { count: 0 });
    for (const [code, at] of [
      ['粤0703', '2026-11-26T02:00:00.000Z'],
      ['粤0703', '2026-12-31T15:59:59.000Z'],
      ['粤0781', '2026-10-01T00:00:00.000Z'],
      ['粤0781', '2026-09-30T15:59:59.000Z'], // 2026-09-30 23:59:59 in Shanghai: Q3
    ] as const)
      await transact(app, async (tx) => {
        await appendEvent(tx, { id: null, name: '测试' }, new Date(at), {
          courtId: app.courts.byCode(code)!.id,
          caseId: null,
          action: 'credit.restriction-imposed',
          entityType: 'consumption-restriction',
          entityId: crypto.randomUUID(),
          changes: {},
        });
        return success(null);
      });
  } finally {
    await app.close();
  }
}, 180_000);
afterAll(() => store?.dispose());

describe('zhixing credit stats', () => {
  it('prints the quarter’s table: the court, each lower court and the total', async () => {
    const r = await zhixing(store, ['credit', 'stats', '--court', '粤07', '--year', '2026', '--quarter', '4']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('广东省江门市中级人民法院（粤07）信用惩戒统计，2026 年');
    expect(r.stdout).toContain('第4季度（2026-10-01 至 2026-12-31）');
    expect(r.stdout).toMatch(/^广东省江门市蓬江区人民法院 +0 +2 +0 +0$/m);
    expect(r.stdout).toMatch(/^广东省江门市台山市人民法院 +0 +1 +0 +0$/m);
    expect(r.stdout).toMatch(/^合计 +0 +3 +0 +0$/m);
  }, 120_000);

  it('answers JSON for the whole year with --format json', async () => {
    const r = await zhixing(store, ['credit', 'stats', '--court', '粤0781', '--year', '2026', '--format', 'json']);
    expect(r.code, r.stderr).toBe(0);
    const body = JSON.parse(r.stdout) as { periods: { quarter: number; rows: { kind: string; restrictions: number }[] }[] };
    expect(body.periods.map((p) => [p.quarter, p.rows.map((x) => `${x.kind}:${x.restrictions}`)])).toEqual([
      [1, ['own:0', 'total:0']],
      [2, ['own:0', 'total:0']],
      [3, ['own:1', 'total:1']],
      [4, ['own:1', 'total:1']],
    ]);
  }, 120_000);

  it('exits 2 on bad input', async () => {
    for (const [args, message] of [
      [['--year', '2026'], '请用 --court 指定法院代字'],
      [['--court', 'XX9999', '--year', '2026'], '法院代字不存在：XX9999'],
      [['--court', '粤07'], '--year 须为 2000 至 2100 的年度'],
      [['--court', '粤07', '--year', '2026', '--quarter', '5'], '--quarter 须为 1 至 4'],
      [['--court', '粤07', '--year', '2026', '--format', 'csv'], '--format 须为 table 或 json'],
    ] as const) {
      const r = await zhixing(store, ['credit', 'stats', ...args]);
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stderr).toContain(message);
    }
  }, 120_000);
});
