import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ensureAdmin, openApp } from '../../src/platform/bootstrap.ts';
import { loadConfig } from '../../src/platform/config.ts';
import { buildServer } from '../../src/http/server.ts';
import { seedDemo } from '../../src/demo/seed.ts';
import { movableClock } from '../api/fixtures.ts';
import { reconcileScenario, type Scenario } from '../funds/reconcile-fixtures.ts';
import { freshStore, zhixing, type Store } from './cli-fixtures.ts';

// `zhixing funds reconcile` as an operator runs it on the court's database: the month with one
// of each difference (exit 1), a clean date (exit 0), JSON output, and bad input (exit 2).

let store: Store;
let s: Scenario;

beforeAll(async () => {
  store = await freshStore();
  // The month is posted through the API, on the store's own database, then the server is closed.
  const clock = movableClock('2026-11-20T02:00:00.000Z');
  const app = await openApp({ config: { ...loadConfig(store.env), adminPassword: 'admin-test-password' }, clock, notice: () => {} });
  await ensureAdmin(app, () => {});
  await seedDemo(app, { count: 0, handling: false }); // no demo statement: the month is the scenario's alone
  const server = await buildServer(app);
  try {
    s = await reconcileScenario({ ...app, server }, clock);
  } finally {
    await server.close();
    await app.close();
  }
}, 180_000);
afterAll(() => store?.dispose());

describe('zhixing funds reconcile', () => {
  it('lists every difference and exits 1', async () => {
    const r = await zhixing(store, ['funds', 'reconcile', '--court', '粤0703', '--as-of', '2026-11-30']);
    expect(r.code, r.stderr).toBe(1);
    expect(r.stdout).toContain('对账，截至 2026-11-30');
    expect(r.stdout).toMatch(new RegExp(`账上有、流水无 .*账务 ${s.refs.extra} 2026-11-25 50\\.00 .*差额 -50\\.00`));
    expect(r.stdout).toMatch(
      new RegExp(`金额不符 +流水 ${s.refs.differs} 2026-11-26 120\\.00 +账务 ${s.refs.differs} 2026-11-26 100\\.00.*差额 20\\.00`),
    );
    expect(r.stdout).toMatch(new RegExp(`流水有、账上无 +流水 ${s.refs.missing} 2026-11-29 80\\.00 +账务 — — —  差额 80\\.00`));
    expect(r.stdout).toContain('流水 3 笔，合计 320.00 元；账务 3 笔，合计 270.00 元；差额 50.00 元；相符 1 笔');
    expect(r.stdout).toContain('差异 3 笔');
  }, 120_000);

  it('answers JSON with --format json', async () => {
    const r = await zhixing(store, ['funds', 'reconcile', '--court', '粤0703', '--as-of', '2026-11-30', '--format', 'json']);
    expect(r.code, r.stderr).toBe(1);
    const body = JSON.parse(r.stdout);
    expect(body).toMatchObject({ clean: false, statementTotal: '320.00', ledgerTotal: '270.00', difference: '50.00' });
    expect(body.differences.map((d: { kind: string }) => d.kind)).toEqual(['extra', 'amount-differs', 'missing']);
  }, 120_000);

  it('exits 0 when the account agrees', async () => {
    const r = await zhixing(store, ['funds', 'reconcile', '--court', '粤0703', '--as-of', '2026-11-24']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stdout).toContain('无差异');
    expect(r.stdout).toContain('流水 1 笔，合计 120.00 元；账务 1 笔，合计 120.00 元；差额 0.00 元');
  }, 120_000);

  it('exits 2 on bad input', async () => {
    for (const [args, message] of [
      [['--as-of', '2026-11-30'], '请用 --court 指定法院代字'],
      [['--court', 'XX9999'], '法院代字不存在：XX9999'],
      [['--court', '粤0703', '--as-of', '2026-02-30'], '--as-of 须为 YYYY-MM-DD'],
      [['--court', '粤0703', '--format', 'csv'], '--format 须为 table 或 json'],
    ] as const) {
      const r = await zhixing(store, ['funds', 'reconcile', ...args]);
      expect(r.code, r.stdout + r.stderr).toBe(2);
      expect(r.stderr).toContain(message);
    }
  }, 120_000);
});
