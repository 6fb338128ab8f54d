import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, HOUR, movableClock, type MovableClock } from '../api/fixtures.ts';
import { caseHasOverdueDeadline, deadlineSummaries, deadlineSummaryColumns } from '../../src/deadlines/deadline-reads.repo.ts';
import { recomputeDeadlines } from '../../src/deadlines/recompute-deadlines.ts';
import { recomputeProvisionalSweep } from '../../src/deadlines/deadlines.sweeps.ts';
import { createCalendar, type StatutoryCalendar } from '../../src/rules/calendar.ts';
import type { LiveCalendar } from '../../src/platform/statutory-calendar.ts';
import { localDate } from '../../src/shared/dates.ts';

// A court's deadline list, an officer's to-do list, the case list's summary, and the recompute
// hook for a calendar year that is published after deadlines were computed on it.

let app: TestApp;
let clock: MovableClock;
let judge: ReturnType<typeof client>;
let ids: Record<string, string>;
const DAY = 24 * HOUR;
const cases: Record<string, { id: string; caseNumber: string }> = {};
// A calendar that is as given and never re-reads a table (the server's one is a LiveCalendar).
const fixed = (calendar: StatutoryCalendar): LiveCalendar => ({
  ...calendar,
  version: () => 'fixed',
  refresh: () => Promise.resolve(false),
});

beforeAll(async () => {
  clock = movableClock('2026-11-26T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  judge = client(app, await login(app, 'judge'));
  ids = Object.fromEntries((await app.db.selectFrom('users').select(['id', 'username']).execute()).map((u) => [u.username, u.id]));
  const file = async (name: string, o: Record<string, unknown>) => {
    const res = await judge.post('/api/v1/cases', filingBody(o));
    expect(res.statusCode, res.body).toBe(201);
    cases[name] = res.json();
  };
  // Filed 11-10: the 网络查控 (11-15, a Sunday: 11-16), 承办人 (11-17) and 执行通知 (11-20) deadlines have run out by 11-26.
  await file('late', { filedOn: '2026-11-10', officerId: ids.judge });
  await file('recent', { filedOn: '2026-11-24', officerId: ids.judge });
  await file('unassigned', { filedOn: '2026-11-20' });
  await file('enforcers', { filedOn: '2026-11-25', officerId: ids.enforcer });
  const taishan = client(app, await login(app, 'taishan'));
  const res = await taishan.post('/api/v1/cases', filingBody({ courtCode: '粤0781', filedOn: '2026-11-01' }));
  expect(res.statusCode, res.body).toBe(201);
  cases.taishan = res.json();
});
afterAll(() => app?.close());

type Item = { caseNumber: string; node: string; state: string; dueOn: string; dueInDays: number | null; dueLabel: string };

describe("a court's list", () => {
  it('lists the overdue deadlines of the court, soonest first, even before the nightly sweep marked them', async () => {
    const res = await judge.get('/api/v1/deadlines?court=粤0703&state=overdue');
    expect(res.statusCode, res.body).toBe(200);
    const items: Item[] = res.json().items;
    expect(items.map((d) => [d.caseNumber, d.node, d.dueOn, d.dueLabel])).toEqual([
      [cases.late!.caseNumber, 'asset-search', '2026-11-16', '已超期 10 天'],
      [cases.late!.caseNumber, 'enforcement-notice', '2026-11-20', '已超期 6 天'],
      [cases.unassigned!.caseNumber, 'asset-search', '2026-11-25', '已超期 1 天'],
    ]);
    expect(items[0]!.state).toBe('overdue');
  });

  it('filters by node, officer and due range, and pages with a cursor', async () => {
    const byNode = (await judge.get('/api/v1/deadlines?node=officer-assignment&state=open')).json().items as Item[];
    expect(byNode.map((d) => d.caseNumber)).toEqual([cases.unassigned!.caseNumber]);
    const mine = (await judge.get(`/api/v1/deadlines?officer=${ids.enforcer}`)).json().items as Item[];
    expect(new Set(mine.map((d) => d.caseNumber))).toEqual(new Set([cases.enforcers!.caseNumber]));
    const ranged = (await judge.get('/api/v1/deadlines?dueFrom=2026-11-27&dueTo=2026-12-04')).json().items as Item[];
    // Met deadlines (the 承办人 named at filing) are listed too when no state is asked for.
    // 11-30: the 执行通知 filed 11-20 and the 网络查控 of those filed 11-24 and 11-25 (11-29, 11-30).
    expect(ranged.map((d) => d.dueOn)).toEqual([
      '2026-11-27',
      '2026-11-30',
      '2026-11-30',
      '2026-11-30',
      '2026-12-01',
      '2026-12-02',
      '2026-12-04',
    ]);
    const first = (await judge.get('/api/v1/deadlines?limit=2')).json();
    const second = (await judge.get(`/api/v1/deadlines?limit=2&cursor=${first.nextCursor}`)).json();
    const all = (await judge.get('/api/v1/deadlines?limit=200')).json().items as (Item & { id: string })[];
    expect([...first.items, ...second.items].map((d: { id: string }) => d.id)).toEqual(all.slice(0, 4).map((d) => d.id));
  });

  it('shows only the courts in the reader’s scope', async () => {
    const all = (await judge.get('/api/v1/deadlines?limit=200')).json().items as Item[];
    expect(all.some((d) => d.caseNumber === cases.taishan!.caseNumber)).toBe(false);
    expect((await judge.get('/api/v1/deadlines?court=粤0781')).json().items).toEqual([]);
    const coordinator = client(app, await login(app, 'coordinator'));
    const seen = (await coordinator.get('/api/v1/deadlines?limit=200')).json().items as Item[];
    expect(seen.some((d) => d.caseNumber === cases.taishan!.caseNumber)).toBe(true);
  });

  it('refuses an unknown state, node, court, date or cursor', async () => {
    expectProblem(await judge.get('/api/v1/deadlines?state=late'), 422, 'validation-failed');
    expectProblem(await judge.get('/api/v1/deadlines?node=auction'), 422, 'unknown-deadline-node');
    expectProblem(await judge.get('/api/v1/deadlines?court=火星'), 422, 'unknown-court');
    expectProblem(await judge.get('/api/v1/deadlines?dueFrom=2026-02-30'), 422, 'validation-failed');
    expectProblem(await judge.get('/api/v1/deadlines?cursor=bm9wZQ'), 400, 'invalid-cursor');
  });
});

describe('the contract', () => {
  it('documents the deadline routes with Chinese summaries', async () => {
    const doc = (await app.server.inject({ method: 'GET', url: '/api/v1/openapi.json' })).json();
    expect(doc.paths['/api/v1/cases/{id}/deadlines'].get.summary).toBe('案件的节点期限');
    expect(doc.paths['/api/v1/deadlines'].get.summary).toBe('法院的节点期限列表');
    expect(doc.paths['/api/v1/me/todo'].get.summary).toBe('我的待办');
    expect(doc.paths['/api/v1/deadlines/{id}/waive'].post.summary).toBe('免除节点期限');
  });
});

describe("an officer's to-do list (待办)", () => {
  it('holds the running deadlines of the judge’s cases, overdue first, with “due in N days”', async () => {
    const res = await judge.get('/api/v1/me/todo');
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    const items: Item[] = body.items;
    expect(items.map((d) => [d.caseNumber, d.node, d.dueInDays])).toEqual([
      [cases.late!.caseNumber, 'asset-search', -10],
      [cases.late!.caseNumber, 'enforcement-notice', -6],
      [cases.recent!.caseNumber, 'asset-search', 4],
      [cases.recent!.caseNumber, 'enforcement-notice', 8],
      [cases.late!.caseNumber, 'enforcement-period', 165],
      [cases.recent!.caseNumber, 'enforcement-period', 179],
    ]);
    expect(body).toMatchObject({ total: 6, overdue: 2, dueSoon: 1 });
    const first = (await judge.get('/api/v1/me/todo?limit=1')).json();
    expect(first).toMatchObject({ total: 6, overdue: 2 });
    expect(first.items).toHaveLength(1);
  });

  it('is empty for a clerk who handles no case', async () => {
    const clerk = client(app, await login(app, 'clerk'));
    expect((await clerk.get('/api/v1/me/todo')).json()).toEqual({ items: [], total: 0, overdue: 0, dueSoon: 0 });
  });
});

describe('the summary the case list shows', () => {
  it('gives each case its next due date and whether it is overdue or due within 7 days', async () => {
    const today = localDate('2026-11-26');
    const map = await deadlineSummaries(app.db, [cases.late!.id, cases.unassigned!.id, cases.recent!.id], today);
    expect(map.get(cases.late!.id)).toEqual({ nextDueOn: '2026-11-16', overdue: true, dueSoon: false });
    expect(map.get(cases.unassigned!.id)).toEqual({ nextDueOn: '2026-11-25', overdue: true, dueSoon: true });
    // Its 网络查控 falls due in four days, within seven.
    expect(map.get(cases.recent!.id)).toEqual({ nextDueOn: '2026-11-30', overdue: false, dueSoon: true });
  });

  it('joins into a query over cases as columns and as an overdue filter', async () => {
    const today = localDate('2026-11-26');
    const rows = await app.db
      .selectFrom('cases')
      .select(['cases.case_number'])
      .select(deadlineSummaryColumns(today))
      .where('cases.court_id', '=', app.courts.byCode('粤0703')!.id)
      .orderBy(sql`next_deadline_on`)
      .execute();
    // The 网络查控 of the cases filed 11-24 and 11-25 falls on Sunday 11-29 and Monday 11-30: both 11-30.
    expect(rows.map((r) => [r.case_number, r.next_deadline_on, r.deadline_overdue, r.deadline_due_soon])).toEqual([
      [cases.late!.caseNumber, '2026-11-16', true, false],
      [cases.unassigned!.caseNumber, '2026-11-25', true, true],
      [cases.recent!.caseNumber, '2026-11-30', false, true],
      [cases.enforcers!.caseNumber, '2026-11-30', false, true],
    ]);
    const overdue = await app.db.selectFrom('cases').select('case_number').where(caseHasOverdueDeadline(today)).execute();
    expect(overdue.map((r) => r.case_number).sort()).toEqual(
      [cases.late!.caseNumber, cases.unassigned!.caseNumber, cases.taishan!.caseNumber].sort(),
    );
  });
});

describe('when a calendar year is published after deadlines were computed on it', () => {
  // A made-up 2027 arrangement in which Thursday and Friday 2027-05-20/21 are holidays.
  const published = fixed(createCalendar({ overrides: { 2027: { holidays: ['2027-05-20', '2027-05-21'], makeUpWorkdays: [] } } }));

  it('recomputeDeadlines moves every open deadline whose period touches the year, as an event', async () => {
    const before = (await judge.get(`/api/v1/cases/${cases.unassigned!.id}/deadlines`)).json().items as Item[];
    expect(before.find((d) => d.node === 'enforcement-period')).toMatchObject({ dueOn: '2027-05-20', provisional: true });
    const report = await recomputeDeadlines(
      { ...app, calendar: published },
      { from: localDate('2027-01-01'), to: localDate('2027-12-31') },
    );
    expect(report).toMatchObject({ done: true });
    const after = (await judge.get(`/api/v1/cases/${cases.unassigned!.id}/deadlines`)).json().items as Item[];
    // Its last day now falls on the holidays: it moves to Monday 05-24 and is no longer provisional.
    expect(after.find((d) => d.node === 'enforcement-period')).toMatchObject({
      dueOn: '2027-05-24',
      provisional: false,
      provisionalYears: [],
    });
    const events = await app.db
      .selectFrom('events')
      .select(['changes'])
      .where('action', '=', 'deadline.recomputed')
      .where('case_id', '=', cases.unassigned!.id)
      .execute();
    expect(events.map((e) => e.changes)).toEqual([
      expect.objectContaining({
        node: 'enforcement-period',
        dueOn: { before: '2027-05-20', after: '2027-05-24' },
        provisionalYears: { before: [2027], after: [] },
      }),
    ]);
    // Running it again changes nothing.
    expect(
      await recomputeDeadlines({ ...app, calendar: published }, { from: localDate('2027-01-01'), to: localDate('2027-12-31') }),
    ).toMatchObject({ changed: 0 });
  });

  it('the daily sweep recomputes what is still provisional once the year is there, and only then', async () => {
    const res = await judge.post('/api/v1/cases', filingBody({ filedOn: '2026-11-20' }));
    const fresh = (await judge.get(`/api/v1/cases/${res.json().id}/deadlines`)).json().items as Item[];
    expect(fresh.find((d) => d.node === 'enforcement-period')).toMatchObject({ provisional: true });
    const unchanged = await recomputeProvisionalSweep.run(app, { asOf: clock.today(), dryRun: false });
    expect(unchanged.changed).toBe(0);
    const dry = await recomputeProvisionalSweep.run({ ...app, calendar: published }, { asOf: clock.today(), dryRun: true });
    expect(dry.changed).toBe(1);
    const run = await recomputeProvisionalSweep.run({ ...app, calendar: published }, { asOf: clock.today(), dryRun: false });
    expect(run.changed).toBe(dry.changed);
    const left = await app.db
      .selectFrom('deadlines')
      .select('id')
      .where(sql<boolean>`cardinality(provisional_years) > 0`)
      .execute();
    expect(left).toEqual([]);
  });

  it('an overdue deadline whose due day moves past today is open again', async () => {
    clock.advance(DAY);
    judge = client(app, await login(app, 'judge'));
    const late = (await judge.get(`/api/v1/cases/${cases.late!.id}/deadlines`)).json().items as (Item & { id: string })[];
    const notice = late.find((d) => d.node === 'enforcement-notice')!;
    await app.db.updateTable('deadlines').set({ state: 'overdue' }).where('id', '=', notice.id).execute();
    // A calendar in which the whole of November 2026 after the 19th were holidays would move it into December.
    const days = Array.from({ length: 11 }, (_, i) => `2026-11-${String(20 + i)}`);
    const odd = fixed(createCalendar({ overrides: { 2026: { holidays: days, makeUpWorkdays: [] } } }));
    await recomputeDeadlines({ ...app, calendar: odd }, { from: localDate('2026-11-01'), to: localDate('2026-11-30') });
    const again = (await judge.get(`/api/v1/cases/${cases.late!.id}/deadlines`)).json().items as Item[];
    expect(again.find((d) => d.node === 'enforcement-notice')).toMatchObject({ state: 'open', dueOn: '2026-12-01' });
  });
});
