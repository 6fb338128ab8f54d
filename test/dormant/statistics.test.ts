import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, movableClock } from '../api/fixtures.ts';
import { transact } from '../../src/db/transaction.ts';
import { exitPool } from '../../src/dormant/exit-pool.ts';
import { lockCase } from '../../src/cases/cases.repo.ts';
import { success } from '../../src/shared/result.ts';
import { localDate } from '../../src/shared/dates.ts';
import { dormantCase } from './dormant-fixtures.ts';

// 终本出清 statistics (GET /dormant-statistics): per month of a year, the 终本 cases that entered the
// pool, those that left by each exit, and the pool's size and age profile at the month's end — a
// hand count on four cases, within the reader's courts.

const clock = movableClock('2029-06-01T02:00:00.000Z');
let app: TestApp;
let judge: ReturnType<typeof client>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 365 } });
  judge = client(app, await login(app, 'judge'));
  ids.old = (await dormantCase(app, { filedOn: '2026-10-20', closedOn: '2026-11-05' })).id;
  ids.paid = (await dormantCase(app, { filedOn: '2026-10-20', closedOn: '2029-01-10' })).id;
  ids.resumed = (await dormantCase(app, { filedOn: '2026-10-20', closedOn: '2029-02-15' })).id;
  ids.taishan = (await dormantCase(app, { court: '粤0781', filedOn: '2026-10-20', closedOn: '2029-02-01' })).id;
  // The debtor of one pays in full in March (an exit the use case records); another is resumed in April.
  const r = await transact(app, async (tx) => {
    const c = (await lockCase(tx, ids.paid!))!;
    await exitPool(tx, app, { id: null, name: '测试' }, { caseId: c.id, courtId: c.courtId, kind: 'paid', on: localDate('2029-03-20') });
    return success(null);
  });
  expect(r.ok).toBe(true);
  const resumed = await judge.post(`/api/v1/cases/${ids.resumed}/resume`, {
    filedOn: '2029-04-10',
    claimAmount: '80000.00',
    reason: '发现被执行人有可供执行的财产',
  });
  expect(resumed.statusCode, resumed.body).toBe(201);
});
afterAll(() => app?.close());

const none = { resumed: 0, paid: 0, bankruptcy: 0, terminated: 0, total: 0 };

describe('终本出清 statistics', () => {
  it('counts 2029 month by month for 蓬江: entries, exits by kind, size and age at each month end', async () => {
    const res = await judge.get('/api/v1/dormant-statistics?court=粤0703&year=2029');
    expect(res.statusCode, res.body).toBe(200);
    const s = res.json();
    expect(s.months.map((m: { period: string }) => m.period)).toEqual(['2029-01', '2029-02', '2029-03', '2029-04', '2029-05', '2029-06']);
    const age = (under1: number, from2to3: number) => ({ under1, from1to2: 0, from2to3, from3to5: 0, over5: 0 });
    expect(s.months).toEqual([
      { period: '2029-01', entered: 1, exits: none, size: 2, ageProfile: age(1, 1) },
      { period: '2029-02', entered: 1, exits: none, size: 3, ageProfile: age(2, 1) },
      { period: '2029-03', entered: 0, exits: { ...none, paid: 1, total: 1 }, size: 2, ageProfile: age(1, 1) },
      { period: '2029-04', entered: 0, exits: { ...none, resumed: 1, total: 1 }, size: 1, ageProfile: age(0, 1) },
      { period: '2029-05', entered: 0, exits: none, size: 1, ageProfile: age(0, 1) },
      { period: '2029-06', entered: 0, exits: none, size: 1, ageProfile: age(0, 1) },
    ]);
    expect(s.totals).toEqual({ entered: 2, exits: { ...none, paid: 1, resumed: 1, total: 2 } });
  });

  it('counts a past year to December and the old case by its age then', async () => {
    const s = (await judge.get('/api/v1/dormant-statistics?year=2027')).json();
    expect(s.months).toHaveLength(12);
    expect(s.months[0]).toMatchObject({ period: '2027-01', entered: 0, size: 1, ageProfile: { under1: 1 } });
    expect(s.months[11]).toMatchObject({ period: '2027-12', size: 1, ageProfile: { under1: 0, from1to2: 1 } });
    expect(s.totals).toEqual({ entered: 0, exits: none });
  });

  it('refuses a future year, an unknown court and a court outside the reader’s', async () => {
    expectProblem(await judge.get('/api/v1/dormant-statistics?year=2030'), 422, 'dormant-filter-invalid');
    expectProblem(await judge.get('/api/v1/dormant-statistics?year=2029&court=粤9999'), 422, 'unknown-court');
    expectProblem(await judge.get('/api/v1/dormant-statistics?year=2029&court=粤0781'), 403, 'court-out-of-scope');
    expectProblem(await judge.get('/api/v1/dormant-statistics?year=1999'), 422, 'validation-failed');
    // Without a year: this year (the clock's 2029).
    expect((await judge.get('/api/v1/dormant-statistics')).json()).toMatchObject({ year: 2029, court: null });
  });
});
