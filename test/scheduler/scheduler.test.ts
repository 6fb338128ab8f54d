import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, HOUR, MINUTE, movableClock, type MovableClock } from '../api/fixtures.ts';
import { runSweep } from '../../src/scheduler/run-sweep.ts';
import { markOverdueSweep } from '../../src/deadlines/deadlines.sweeps.ts';
import { scheduledDay, startScheduler } from '../../src/scheduler/scheduler.ts';
import type { Sweep } from '../../src/scheduler/sweep-definition.ts';
import { sweeps } from '../../src/scheduler/registry.ts';
import type { LocalDate } from '../../src/shared/dates.ts';

// The in-process scheduler, driven by a clock the test moves: a daily run at the configured hour
// (Asia/Shanghai), a catch-up at start for a day that was missed, and a failed run retried later.

let app: TestApp;
let clock: MovableClock;

beforeAll(async () => {
  clock = movableClock('2026-11-25T17:00:00.000Z'); // 2026-11-26 01:00 in Shanghai
  app = await createTestApp({ clock, seedCases: 0 });
});
afterAll(() => app?.close());

// A sweep that records the days it ran for.
function recorder(name: string, fail: () => boolean = () => false): Sweep & { days: LocalDate[] } {
  const days: LocalDate[] = [];
  return {
    name,
    title: name,
    description: '',
    days,
    run: async (_ctx, o) => {
      if (fail()) throw new Error('暂时失败');
      days.push(o.asOf);
      return { examined: 1, changed: 1, done: true };
    },
  };
}

describe('scheduledDay', () => {
  it('is yesterday before the hour and today from the hour on, in Shanghai time', () => {
    expect(scheduledDay(new Date('2026-11-25T17:59:59.000Z'), 2)).toBe('2026-11-25'); // 01:59:59
    expect(scheduledDay(new Date('2026-11-25T18:00:00.000Z'), 2)).toBe('2026-11-26'); // 02:00
    expect(scheduledDay(new Date('2026-11-26T15:59:00.000Z'), 0)).toBe('2026-11-26'); // 23:59
  });
});

describe('the daily schedule', () => {
  it('catches up the missed day at start, runs again at the hour, and not twice a day', async () => {
    const a = recorder('test-a');
    const b = recorder('test-b');
    const lines: string[] = [];
    const scheduler = startScheduler(app, { hour: 2, sweeps: [a, b], intervalMs: 0, log: (l) => lines.push(l) });
    try {
      // Started at 01:00 on 11-26 with no run ever: the day to catch up is 11-25.
      await scheduler.started;
      expect([a.days, b.days]).toEqual([['2026-11-25'], ['2026-11-25']]);
      clock.advance(30 * MINUTE);
      await scheduler.check();
      expect(a.days).toEqual(['2026-11-25']);
      clock.advance(30 * MINUTE); // 02:00
      await scheduler.check();
      await scheduler.check();
      expect([a.days, b.days]).toEqual([
        ['2026-11-25', '2026-11-26'],
        ['2026-11-25', '2026-11-26'],
      ]);
      const runs = await app.db
        .selectFrom('sweep_runs')
        .select(['sweep', 'as_of', 'trigger', 'status'])
        .where('sweep', '=', 'test-a')
        .orderBy('started_at')
        .execute();
      expect(runs).toEqual([
        { sweep: 'test-a', as_of: '2026-11-25', trigger: 'catch-up', status: 'completed' },
        { sweep: 'test-a', as_of: '2026-11-26', trigger: 'schedule', status: 'completed' },
      ]);
      expect(lines[0]).toBe('test-a（2026-11-25）：检查 1 项，变更 1 项');
    } finally {
      await scheduler.stop();
    }
  });

  it('a restarted scheduler does not repeat a day that completed, even if a CLI run did it', async () => {
    const a = recorder('test-a');
    const scheduler = startScheduler(app, { hour: 2, sweeps: [a], intervalMs: 0 });
    await scheduler.started;
    await scheduler.stop();
    expect(a.days).toEqual([]);
  });

  it('retries a failed sweep an hour later, not at every check, and the other sweeps still run', async () => {
    clock.set('2026-11-27T03:00:00.000Z'); // 11:00 on 11-27
    let failing = true;
    const flaky = recorder('test-flaky', () => failing);
    const steady = recorder('test-steady');
    const scheduler = startScheduler(app, { hour: 2, sweeps: [flaky, steady], intervalMs: 0 });
    try {
      await scheduler.started;
      expect([flaky.days, steady.days]).toEqual([[], ['2026-11-27']]);
      failing = false;
      clock.advance(10 * MINUTE);
      await scheduler.check();
      expect(flaky.days).toEqual([]);
      clock.advance(HOUR);
      await scheduler.check();
      expect(flaky.days).toEqual(['2026-11-27']);
      const failures = await app.db
        .selectFrom('sweep_runs')
        .select(['status', 'error'])
        .where('sweep', '=', 'test-flaky')
        .where('status', '=', 'failed')
        .execute();
      expect(failures).toEqual([{ status: 'failed', error: '暂时失败' }]);
    } finally {
      await scheduler.stop();
    }
  });

  it('runs the registered sweeps in order: a deferral ends and a seizure lapses before deadlines are judged overdue', async () => {
    expect(sweeps.map((s) => s.name)).toEqual([
      'end-deferrals',
      'seizure-expiries',
      'publish-dishonest-listings',
      'expire-dishonest-listings',
      'resend-credit-notices',
      'recompute-discipline-levels',
      'enter-dormant-pool',
      'research-dormant',
      'backfill-deadlines',
      'recompute-provisional-deadlines',
      'mark-overdue-deadlines',
      'deadline-reminders',
      'purge-sessions',
      'purge-idempotency-keys',
    ]);
    const scheduler = startScheduler(app, { hour: 2, sweeps, intervalMs: 0 });
    const runs = await scheduler.started;
    await scheduler.stop();
    expect(runs.map((r) => [r.sweep, r.failed ?? null])).toEqual(sweeps.map((s) => [s.name, null]));
  });

  it('refuses an hour outside 0–23', () => {
    expect(() => startScheduler(app, { hour: 24, sweeps: [], intervalMs: 0 })).toThrow(/0–23/);
  });
});

describe('whether the nightly work ran, over the API', () => {
  it('lists each sweep with its last run for a bureau head, and one sweep’s runs; a clerk may not', async () => {
    const head = client(app, await login(app, 'head'));
    const res = await head.get('/api/v1/sweeps');
    expect(res.statusCode, res.body).toBe(200);
    const items = res.json().items as { name: string; title: string; lastRun: Record<string, unknown> | null }[];
    expect(items.map((i) => i.name)).toEqual(sweeps.map((s) => s.name));
    expect(items.find((i) => i.name === 'mark-overdue-deadlines')).toMatchObject({
      title: '标记超期期限',
      lastRun: { status: 'completed', trigger: 'catch-up', done: true },
    });
    const runs = (await head.get('/api/v1/sweeps/mark-overdue-deadlines/runs')).json().items;
    expect(runs.length).toBeGreaterThan(0);
    expectProblem(await head.get('/api/v1/sweeps/nightly/runs'), 404, 'unknown-sweep');
    expectProblem(await client(app, await login(app, 'clerk')).get('/api/v1/sweeps'), 403, 'forbidden');
  });

  it('shows a run whose heartbeat stopped ten minutes ago as interrupted', async () => {
    const run = await runSweep(app, markOverdueSweep, { asOf: clock.today(), dryRun: true, trigger: 'test' });
    await app.db
      .updateTable('sweep_runs')
      .set({ status: 'running', finished_at: null, heartbeat_at: new Date(clock.now().getTime() - 11 * MINUTE) })
      .where('id', '=', run.runId)
      .execute();
    const head = client(app, await login(app, 'head'));
    const runs = (await head.get('/api/v1/sweeps/mark-overdue-deadlines/runs')).json().items as { id: string; status: string }[];
    expect(runs.find((r) => r.id === run.runId)?.status).toBe('interrupted');
  });
});
