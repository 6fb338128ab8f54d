import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { approvePending, client, expectProblem, filingBody, HOUR, movableClock, type MovableClock } from '../api/fixtures.ts';
import { transact } from '../../src/db/transaction.ts';
import { meetDeadline } from '../../src/deadlines/deadline-changes.ts';
import { systemActor } from '../../src/audit/audit.types.ts';
import { localDate } from '../../src/shared/dates.ts';
import { success } from '../../src/shared/result.ts';

// The node deadlines a case's own use cases open, pause, resume, meet and waive, read through the API.
// The clock starts on Thursday 2026-11-26, 10:00 in Shanghai; the filings are dated 2026-11-20.

let app: TestApp;
let clock: MovableClock;
let judge: ReturnType<typeof client>;
let officerIds: Record<string, string>;
const DAY = 24 * HOUR;

beforeAll(async () => {
  clock = movableClock('2026-11-26T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  judge = client(app, await login(app, 'judge'));
  const users = await app.db.selectFrom('users').select(['id', 'username']).execute();
  officerIds = Object.fromEntries(users.map((u) => [u.username, u.id]));
});
afterAll(() => app?.close());

type Item = Record<string, unknown> & { node: string; dueOn: string; state: string };
const deadlinesOf = async (id: string): Promise<Item[]> => {
  const res = await judge.get(`/api/v1/cases/${id}/deadlines`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().items;
};
const nodeOf = async (id: string, node: string) => (await deadlinesOf(id)).find((d) => d.node === node)!;
const file = async (overrides: Record<string, unknown> = {}) => {
  const res = await judge.post('/api/v1/cases', filingBody(overrides));
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; caseNumber: string };
};
const step = (id: string, action: string, body: Record<string, unknown> = {}) => judge.post(`/api/v1/cases/${id}/${action}`, body);
const at = (iso: string) => clock.set(iso);
const signIn = async () => {
  judge = client(app, await login(app, 'judge'));
};

describe('filing opens the case’s deadlines', () => {
  it('opens the 6-month 执行期限, the 7-day 承办人, the 10-day 执行通知 and the 5-day 网络查控, each with its basis', async () => {
    at('2026-11-26T02:00:00.000Z');
    const c = await file();
    const items = await deadlinesOf(c.id);
    expect(items.map((d) => [d.node, d.startOn, d.dueOn, d.state])).toEqual([
      ['asset-search', '2026-11-20', '2026-11-25', 'overdue'], // filed 6 days before the clock
      ['officer-assignment', '2026-11-20', '2026-11-27', 'open'],
      ['enforcement-notice', '2026-11-20', '2026-11-30', 'open'],
      ['enforcement-period', '2026-11-20', '2027-05-20', 'open'],
    ]);
    const period = items.find((d) => d.node === 'enforcement-period')!;
    expect(period).toMatchObject({
      caseNumber: c.caseNumber,
      title: '执行期限（立案之日起6个月内执结）',
      dueInDays: 175,
      dueLabel: '还剩 175 天',
    });
    expect(period.basis).toEqual([
      expect.objectContaining({ source: '《最高人民法院关于人民法院办理执行案件若干期限的规定》', article: '第1条' }),
      expect.objectContaining({ source: '《最高人民法院关于人民法院执行工作若干问题的规定（试行）》', article: '第63条' }),
    ]);
    // 2027's arrangement is not in the calendar yet: the due day is provisional until it is.
    expect(period).toMatchObject({ provisional: true, provisionalYears: [2027] });
    expect(items.find((d) => d.node === 'officer-assignment')).toMatchObject({ provisional: false, dueLabel: '还剩 1 天' });
  });

  it('meets the 承办人 deadline at filing when the filing names the officer', async () => {
    const c = await file({ officerId: officerIds.enforcer });
    expect(await nodeOf(c.id, 'officer-assignment')).toMatchObject({
      state: 'met',
      metOn: '2026-11-20',
      late: false,
      dueLabel: '已按期完成',
    });
  });

  it('a 执保 case gets only the 承办人 deadline', async () => {
    const c = await file({ type: 'preservation' });
    expect((await deadlinesOf(c.id)).map((d) => d.node)).toEqual(['officer-assignment']);
  });

  it('writes one audit event per deadline opened, kept out of the case timeline', async () => {
    const c = await file();
    const events = await app.db.selectFrom('events').select(['action', 'entity_type']).where('case_id', '=', c.id).orderBy('seq').execute();
    expect(events.map((e) => e.action)).toEqual(['case.filed', 'deadline.opened', 'deadline.opened', 'deadline.opened', 'deadline.opened']);
    const timeline = (await judge.get(`/api/v1/cases/${c.id}/timeline`)).json().items;
    expect(timeline.map((e: { action: string }) => e.action)).toEqual(['case.filed']);
  });
});

describe('the 6-month 执行期限 with its suspensions and deferrals deducted (执行工作若干问题的规定 第63条)', () => {
  it('stops while the case is suspended and runs again when it continues, 10 days later', async () => {
    at('2026-11-26T02:00:00.000Z');
    const c = await file();
    await step(c.id, 'start');
    expect((await step(c.id, 'suspend', { reason: '案外人异议' })).statusCode).toBe(200);
    const stopped = await nodeOf(c.id, 'enforcement-period');
    expect(stopped).toMatchObject({ paused: true, pausedSince: '2026-11-26', dueInDays: null, dueLabel: '已停止计时（中止执行）' });
    clock.advance(10 * DAY);
    await signIn(); // the session lasts 12 hours
    expect((await step(c.id, 'continue')).statusCode).toBe(200);
    // 2027-05-20 plus the 10 days is Sunday 05-30, so the period ends on Monday 05-31.
    const running = await nodeOf(c.id, 'enforcement-period');
    expect(running).toMatchObject({
      paused: false,
      dueOn: '2027-05-31',
      pauses: [{ from: '2026-11-26', to: '2026-12-06', cause: 'case.suspend' }],
    });
    // The 承办人 and 执行通知 deadlines do not stop for a suspension.
    expect(await nodeOf(c.id, 'enforcement-notice')).toMatchObject({ paused: false, dueOn: '2026-11-30' });
  });

  it('is met when the case is closed; the 执行通知 still open is waived with the closure as reason', async () => {
    at('2026-11-26T02:00:00.000Z');
    const c = await file();
    await step(c.id, 'start');
    const closed = await step(c.id, 'close', { mode: 'fully-enforced', closedOn: '2026-11-25', reason: '全部履行' });
    expect(closed.statusCode, closed.body).toBe(200);
    const items = await deadlinesOf(c.id);
    expect(items.find((d) => d.node === 'enforcement-period')).toMatchObject({ state: 'met', metOn: '2026-11-25', late: false });
    expect(items.find((d) => d.node === 'enforcement-notice')).toMatchObject({ state: 'waived', waivedReason: '案件已结案（执行完毕）' });
  });

  it('a suspension still open at closure ends on the closing day', async () => {
    at('2026-11-26T02:00:00.000Z');
    const c = await file();
    await step(c.id, 'start');
    await step(c.id, 'suspend', { reason: '等待继承人' });
    await step(c.id, 'close', { mode: 'terminated', closedOn: '2026-11-26', reason: '无遗产' });
    await approvePending(app, c.id);
    expect(await nodeOf(c.id, 'enforcement-period')).toMatchObject({
      state: 'met',
      paused: false,
      pauses: [{ from: '2026-11-26', to: '2026-11-26', cause: 'case.suspend' }],
    });
  });
});

describe('暂缓执行 with its period (民诉法解释 第467条)', () => {
  it('refuses a period longer than one year, one that has ended, a bad date, and a period on another step', async () => {
    const c = await file();
    await step(c.id, 'start');
    expectProblem(await step(c.id, 'defer', { reason: '提供担保', until: '2027-12-01' }), 422, 'deferral-too-long');
    expectProblem(await step(c.id, 'defer', { reason: '提供担保', until: clock.today() }), 422, 'deferral-until-invalid');
    // A day that does not exist, and a stated end on another step, are refused by the step's contract.
    expectProblem(await step(c.id, 'defer', { reason: '提供担保', until: '2027-02-30' }), 422, 'validation-failed');
    expectProblem(await step(c.id, 'suspend', { reason: '异议', until: '2027-01-01' }), 422, 'validation-failed');
    expect((await judge.get(`/api/v1/cases/${c.id}`)).json()).toMatchObject({ status: 'in-progress', version: 2 });
  });

  it('accepts a period of exactly one year and records it on the case', async () => {
    at('2026-11-26T02:00:00.000Z');
    const c = await file();
    await step(c.id, 'start');
    const res = await step(c.id, 'defer', { reason: '提供担保', until: '2027-11-26' });
    expect(res.statusCode, res.body).toBe(200);
    await approvePending(app, c.id);
    const row = await app.db.selectFrom('cases').select(['status', 'deferred_until']).where('id', '=', c.id).executeTakeFirstOrThrow();
    expect(row).toEqual({ status: 'deferred', deferred_until: '2027-11-26' });
    expect((await judge.get(`/api/v1/cases/${c.id}`)).json()).toMatchObject({ status: 'deferred', deferredUntil: '2027-11-26' });
  });
});

describe('deadlines met later and by other contexts', () => {
  it('assigning the 承办人 after the 7 days meets the deadline late', async () => {
    at('2026-11-26T02:00:00.000Z');
    const c = await file();
    clock.advance(3 * DAY);
    await signIn();
    expect((await judge.post(`/api/v1/cases/${c.id}/officer`, { officerId: officerIds.judge })).statusCode).toBe(200);
    expect(await nodeOf(c.id, 'officer-assignment')).toMatchObject({
      state: 'met',
      metOn: '2026-11-29',
      late: true,
      dueLabel: '已完成（超期 2 天）',
    });
  });

  it('meetDeadline meets the 执行通知 inside the caller’s transaction, and is a no-op for a case without it', async () => {
    at('2026-11-26T02:00:00.000Z');
    const c = await file();
    const preservation = await file({ type: 'preservation' });
    const r = await transact(app, async (tx) => {
      const met = await meetDeadline(tx, app, systemActor, clock.now(), {
        caseId: c.id,
        node: 'enforcement-notice',
        metOn: localDate('2026-11-26'),
      });
      const none = await meetDeadline(tx, app, systemActor, clock.now(), {
        caseId: preservation.id,
        node: 'enforcement-notice',
        metOn: localDate('2026-11-26'),
      });
      return success({ met: met?.state, none });
    });
    expect(r).toEqual({ ok: true, value: { met: 'met', none: null } });
    expect(await nodeOf(c.id, 'enforcement-notice')).toMatchObject({ state: 'met', metOn: '2026-11-26' });
  });
});

describe('who may read and waive', () => {
  it('answers 404 for a case outside the reader’s courts, or no case at all', async () => {
    const c = await file();
    const taishan = client(app, await login(app, 'taishan'));
    expectProblem(await taishan.get(`/api/v1/cases/${c.id}/deadlines`), 404, 'case-not-found');
    expectProblem(await judge.get('/api/v1/cases/not-a-uuid/deadlines'), 404, 'case-not-found');
    // Without case.read (a public account; a party account likewise, but one needs a case of its own to exist).
    expectProblem(await client(app, await login(app, 'public')).get(`/api/v1/cases/${c.id}/deadlines`), 403, 'forbidden');
  });

  it('a judge waives a deadline with a reason; a second waiver is refused; another court cannot', async () => {
    const c = await file();
    const notice = await nodeOf(c.id, 'enforcement-notice');
    expectProblem(
      await client(app, await login(app, 'taishan')).post(`/api/v1/deadlines/${notice.id}/waive`, { reason: '不适用' }),
      404,
      'deadline-not-found',
    );
    expectProblem(
      await client(app, await login(app, 'clerk')).post(`/api/v1/deadlines/${notice.id}/waive`, { reason: '不适用' }),
      403,
      'forbidden',
    );
    // A blank reason is refused by the contract's text policy, before the use case.
    expectProblem(await judge.post(`/api/v1/deadlines/${notice.id}/waive`, { reason: '  ' }), 422, 'validation-failed');
    const res = await judge.post(`/api/v1/deadlines/${notice.id}/waive`, { reason: '移送执行，已由原审法院发出通知' });
    expect(res.statusCode, res.body).toBe(200);
    expect(await nodeOf(c.id, 'enforcement-notice')).toMatchObject({ state: 'waived', waivedReason: '移送执行，已由原审法院发出通知' });
    expectProblem(await judge.post(`/api/v1/deadlines/${notice.id}/waive`, { reason: '再次' }), 409, 'deadline-closed');
    expectProblem(
      await judge.post('/api/v1/deadlines/00000000-0000-4000-8000-000000000000/waive', { reason: '无' }),
      404,
      'deadline-not-found',
    );
  });
});
