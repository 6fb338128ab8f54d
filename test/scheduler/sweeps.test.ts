import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { approvePending, client, filingBody, HOUR, movableClock, type MovableClock } from '../api/fixtures.ts';
import { backfillSweep, markOverdueSweep, remindersSweep } from '../../src/deadlines/deadlines.sweeps.ts';
import { endDeferralsSweep } from '../../src/cases/end-deferrals.ts';
import { purgeSessionsSweep } from '../../src/access/purge-sessions.ts';
import { runSweep } from '../../src/scheduler/run-sweep.ts';
import type { Sweep } from '../../src/scheduler/sweep-definition.ts';
import { addDays, compareDates, localDate, type LocalDate } from '../../src/shared/dates.ts';
import { importCases } from '../../src/cases/import-cases.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { demoRows } from '../../src/demo/demo-data.ts';
import { demoCourts } from '../../src/demo/seed.ts';

// The daily sweeps on the real database: each is safe to run again, counts without writing on a
// dry run, stops at its limit and takes up the rest on the next run.

let app: TestApp;
let clock: MovableClock;
let judge: ReturnType<typeof client>;
const DAY = 24 * HOUR;

beforeAll(async () => {
  clock = movableClock('2026-11-26T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  judge = client(app, await login(app, 'judge'));
});
afterAll(() => app?.close());

const run = (s: Sweep, asOf: string, o: { dryRun?: boolean; limit?: number } = {}) =>
  s.run(app, { asOf: localDate(asOf), dryRun: o.dryRun ?? false, limit: o.limit });
const file = async (filedOn: string) => {
  const res = await judge.post('/api/v1/cases', filingBody({ filedOn }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; caseNumber: string };
};
const eventsOf = (action: string) =>
  app.db.selectFrom('events').select(['case_id', 'entity_id', 'changes', 'actor_name']).where('action', '=', action).execute();
const stateOf = async (caseId: string, node: string) =>
  (
    await app.db
      .selectFrom('deadlines')
      .select(['state', 'due_on'])
      .where('case_id', '=', caseId)
      .where('node', '=', node)
      .executeTakeFirstOrThrow()
  ).state;

describe('mark-overdue-deadlines', () => {
  it('marks what ran out, one event each; a second run finds nothing; a dry run writes nothing', async () => {
    const a = await file('2026-11-02'); // 网络查控 due 11-07, 承办人 11-09, 执行通知 11-12
    const b = await file('2026-11-05'); // 网络查控 due 11-10, 承办人 11-12, 执行通知 11-16 (11-15 is a Sunday)
    const dry = await run(markOverdueSweep, '2026-11-26', { dryRun: true });
    expect(dry).toEqual({ examined: 6, changed: 6, done: true });
    expect(await stateOf(a.id, 'officer-assignment')).toBe('open');

    expect(await run(markOverdueSweep, '2026-11-26', { limit: 4 })).toEqual({ examined: 4, changed: 4, done: false });
    expect(await run(markOverdueSweep, '2026-11-26')).toEqual({ examined: 2, changed: 2, done: true });
    expect(await run(markOverdueSweep, '2026-11-26')).toEqual({ examined: 0, changed: 0, done: true });

    for (const c of [a, b])
      for (const node of ['asset-search', 'officer-assignment', 'enforcement-notice']) expect(await stateOf(c.id, node)).toBe('overdue');
    expect(await stateOf(a.id, 'enforcement-period')).toBe('open');
    const events = (await eventsOf('deadline.overdue')).filter((e) => e.case_id === a.id || e.case_id === b.id);
    expect(events).toHaveLength(6);
    expect(new Set(events.map((e) => e.entity_id)).size).toBe(6);
    expect(events[0]).toMatchObject({
      actor_name: '系统（每日任务）',
      changes: expect.objectContaining({ state: { before: 'open', after: 'overdue' }, asOf: '2026-11-26' }),
    });
  });

  it('leaves a deadline due on the day itself open (the due day is the last day to act)', async () => {
    const c = await file('2026-11-19'); // 承办人 due 11-26
    await run(markOverdueSweep, '2026-11-26');
    expect(await stateOf(c.id, 'officer-assignment')).toBe('open');
    await run(markOverdueSweep, '2026-11-27');
    expect(await stateOf(c.id, 'officer-assignment')).toBe('overdue');
  });
});

describe('deadline-reminders', () => {
  it('records one reminder as a deadline enters its window, and not again', async () => {
    const c = await file('2026-11-24'); // 执行通知 due 12-04, reminded 3 days ahead
    const due = async (asOf: string) => (await run(remindersSweep, asOf)).changed;
    const mine = async () =>
      (await eventsOf('deadline.reminded')).filter(
        (e) => e.case_id === c.id && (e.changes as { node: string }).node === 'enforcement-notice',
      );
    await due('2026-11-30');
    expect(await mine()).toEqual([]);
    await due('2026-12-01');
    expect((await mine()).map((e) => e.changes)).toEqual([
      expect.objectContaining({ node: 'enforcement-notice', daysBefore: 3, dueOn: '2026-12-04' }),
    ]);
    await due('2026-12-01');
    await due('2026-12-02');
    expect(await mine()).toHaveLength(1);
  });

  it('a run that missed the 30-day window records only the 7-day one', async () => {
    const c = await file('2026-11-01'); // 执行期限 due 2027-05-01 → (Saturday, provisional) 2027-05-03
    const dueOn = (
      await app.db
        .selectFrom('deadlines')
        .select('due_on')
        .where('case_id', '=', c.id)
        .where('node', '=', 'enforcement-period')
        .executeTakeFirstOrThrow()
    ).due_on;
    await run(remindersSweep, addDays(localDate(dueOn), -5));
    const rows = await app.db
      .selectFrom('deadline_reminders')
      .innerJoin('deadlines', 'deadlines.id', 'deadline_reminders.deadline_id')
      .select(['deadline_reminders.days_before', 'deadlines.node'])
      .where('deadlines.case_id', '=', c.id)
      .execute();
    expect(rows.filter((r) => r.node === 'enforcement-period').map((r) => r.days_before)).toEqual([7]);
  });
});

describe('end-deferrals', () => {
  it('continues a deferred case after its last day, as an event, and restarts its deadlines from then', async () => {
    clock.set('2026-11-26T02:00:00.000Z');
    judge = client(app, await login(app, 'judge'));
    const c = await file('2026-11-20');
    await judge.post(`/api/v1/cases/${c.id}/start`, {});
    expect((await judge.post(`/api/v1/cases/${c.id}/defer`, { reason: '被执行人提供担保', until: '2026-12-26' })).statusCode).toBe(200);
    await approvePending(app, c.id);
    expect(await run(endDeferralsSweep, '2026-12-26')).toMatchObject({ changed: 0 });
    expect(await run(endDeferralsSweep, '2026-12-27', { dryRun: true })).toMatchObject({ changed: 1 });
    expect(await run(endDeferralsSweep, '2026-12-29')).toMatchObject({ changed: 1 });
    expect(await run(endDeferralsSweep, '2026-12-29')).toMatchObject({ changed: 0 });
    const row = await app.db
      .selectFrom('cases')
      .select(['status', 'deferred_until', 'version'])
      .where('id', '=', c.id)
      .executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'in-progress', deferred_until: null, version: 4 });
    const [event] = await app.db
      .selectFrom('events')
      .select(['actor_name', 'changes'])
      .where('case_id', '=', c.id)
      .where('action', '=', 'case.continue')
      .execute();
    expect(event).toMatchObject({
      actor_name: '系统（暂缓期限届满）',
      changes: { reason: '暂缓执行期限（至 2026-12-26）届满，恢复执行', deferredUntil: '2026-12-26' },
    });
    // Deferred 11-26, ended 12-26 even though the sweep ran on 12-29: 30 days are deducted (2027-05-20 → 06-19 Saturday → 06-21).
    const period = await app.db
      .selectFrom('deadlines')
      .select(['due_on', 'paused_since', 'pauses'])
      .where('case_id', '=', c.id)
      .where('node', '=', 'enforcement-period')
      .executeTakeFirstOrThrow();
    expect(period).toEqual({
      due_on: '2027-06-21',
      paused_since: null,
      pauses: [{ from: '2026-11-26', to: '2026-12-26', cause: 'case.defer' }],
    });
  });

  it('leaves alone a deferral without a period (recorded before periods were required), and one continued by hand', async () => {
    const c = await file('2026-11-20');
    await judge.post(`/api/v1/cases/${c.id}/start`, {});
    await judge.post(`/api/v1/cases/${c.id}/defer`, { reason: '申请执行人同意', until: '2026-12-01' });
    await approvePending(app, c.id);
    await app.db.updateTable('cases').set({ deferred_until: null }).where('id', '=', c.id).execute();
    const d = await file('2026-11-20');
    await judge.post(`/api/v1/cases/${d.id}/start`, {});
    await judge.post(`/api/v1/cases/${d.id}/defer`, { reason: '担保', until: '2026-12-01' });
    await approvePending(app, d.id);
    await judge.post(`/api/v1/cases/${d.id}/continue`, {});
    await run(endDeferralsSweep, '2027-06-01');
    const rows = await app.db.selectFrom('cases').select(['id', 'status', 'deferred_until']).where('id', 'in', [c.id, d.id]).execute();
    expect(Object.fromEntries(rows.map((r) => [r.id, [r.status, r.deferred_until]]))).toEqual({
      [c.id]: ['deferred', null],
      [d.id]: ['in-progress', null],
    });
  });
});

describe('purge-sessions', () => {
  it('deletes sessions that expired or were signed out before the day ended, and records how many per court', async () => {
    clock.set('2026-11-26T02:00:00.000Z');
    const count = async () => Number((await sql<{ n: string }>`select count(*) as n from sessions`.execute(app.db)).rows[0]!.n);
    const fresh = await login(app, 'clerk');
    const before = await count();
    clock.advance(2 * DAY); // every session signed in so far has expired (12 hours)
    const live = await login(app, 'enforcer');
    expect(await run(purgeSessionsSweep, '2026-11-28', { dryRun: true })).toMatchObject({ changed: before });
    expect(await run(purgeSessionsSweep, '2026-11-28')).toMatchObject({ changed: before, done: true });
    expect(await count()).toBe(1);
    const liveRes = await client(app, live).get('/api/v1/auth/me');
    expect(liveRes.statusCode).toBe(200);
    expect((await client(app, fresh).get('/api/v1/auth/me')).statusCode).toBe(401);
    const events = await eventsOf('session.purged');
    expect(events.reduce((n, e) => n + (e.changes as { count: number }).count, 0)).toBe(before);
    expect(await run(purgeSessionsSweep, '2026-11-28')).toMatchObject({ changed: 0 });
  });
});

describe('backfill-deadlines', () => {
  it('opens the 执行期限 of imported open cases from their filing day, and only once', async () => {
    // Cases imported from a court's old system, in their current states: they come without deadlines.
    const other = await createTestApp({ clock, seedCases: 0 });
    try {
      const file = demoRows({ count: 40, courts: demoCourts(), homeCourt: '粤0703', until: localDate('2026-11-20') });
      const lines = (async function* () {
        let line = 0;
        for (const data of file) yield { line: ++line, data };
      })();
      const imported = await importCases(other, systemPrincipal(other, '数据迁移'), lines);
      expect(imported).toMatchObject({ imported: 40, errors: [] });
      const open = await other.db
        .selectFrom('cases')
        .select(['id', 'filed_on', 'status'])
        .where('status', '<>', 'closed')
        .where('type', '<>', 'preservation')
        .execute();
      const asOf: LocalDate = localDate('2026-11-28');
      const first = await backfillSweep.run(other, { asOf, dryRun: false });
      expect(first).toEqual({ examined: open.length, changed: open.length, done: true });
      expect(await backfillSweep.run(other, { asOf, dryRun: false })).toEqual({ examined: 0, changed: 0, done: true });
      // Imported 终本 cases entered the 终本案件库 with their re-search deadline (ADR 0213); the backfill opens the rest.
      const rows = await other.db
        .selectFrom('deadlines')
        .select(['case_id', 'start_on', 'due_on', 'paused_since', 'node'])
        .where('node', '<>', 'dormant-research')
        .execute();
      expect(rows.every((r) => r.node === 'enforcement-period')).toBe(true);
      const byCase = new Map(rows.map((r) => [r.case_id, r]));
      for (const c of open) {
        const d = byCase.get(c.id)!;
        expect(d.start_on).toBe(c.filed_on);
        // A case suspended or deferred now is taken as paused from the run's day, if its period was still running.
        const paused = (c.status === 'suspended' || c.status === 'deferred') && compareDates(localDate(d.due_on), asOf) > 0;
        expect(d.paused_since, `${c.status} due ${d.due_on}`).toBe(paused ? asOf : null);
      }
      expect(open.some((c) => c.status === 'suspended' || c.status === 'deferred')).toBe(true);
    } finally {
      await other.close();
    }
  });
});

describe('runSweep', () => {
  it('records each run in sweep_runs, and a failure with its message', async () => {
    const ok = await runSweep(app, markOverdueSweep, { asOf: localDate('2026-11-28'), dryRun: false, trigger: 'test' });
    const broken: Sweep = {
      name: 'broken',
      title: '测试',
      description: '',
      run: async (_ctx, o) => {
        o.onProgress?.({ examined: 5, changed: 2 });
        throw new Error('数据库不可用');
      },
    };
    const failed = await runSweep(app, broken, { asOf: localDate('2026-11-28'), dryRun: false, trigger: 'test' });
    expect(failed).toMatchObject({ failed: '数据库不可用', examined: 5, changed: 2, done: false });
    const rows = await app.db
      .selectFrom('sweep_runs')
      .selectAll()
      .where('id', 'in', [ok.runId, failed.runId])
      .orderBy('started_at')
      .execute();
    expect(rows.map((r) => [r.sweep, r.status, r.done, r.error])).toEqual([
      ['mark-overdue-deadlines', 'completed', true, null],
      ['broken', 'failed', false, '数据库不可用'],
    ]);
  });
});
