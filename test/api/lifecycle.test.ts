import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaff } from '../support/builders/access.builder.ts';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { approvePending, client, expectProblem, filingBody } from './fixtures.ts';
import { recordTerminationFacts, terminableFiling } from '../support/termination-facts.ts';

// The case lifecycle through the API: 开始执行, 中止, 暂缓, 恢复进行, the six ways of 结案, and 恢复执行 (执恢).
// 暂缓执行, 终结执行 and 不予执行 are filed as requests the bureau head approves (test/api/approvals.test.ts).

let app: TestApp;
let judge: ReturnType<typeof client>;

beforeAll(async () => {
  app = await createTestApp();
  await buildStaff(app);
  judge = client(app, await login(app, 'judge'));
});
afterAll(() => app?.close());

async function newCase(filedOn = '2026-11-20', filing: Record<string, unknown> = {}): Promise<{ id: string; caseNumber: string }> {
  const res = await judge.post('/api/v1/cases', filingBody({ filedOn, ...filing }));
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

// 中止 and 暂缓 state their reason, 暂缓 its period: the body each step needs, and what a test adds.
const needs: Record<string, Record<string, unknown>> = {
  suspend: { reason: '案外人提出异议' },
  defer: { reason: '被执行人提供担保', until: '2027-05-26' },
};
const step = (id: string, action: string, body: Record<string, unknown> = {}) =>
  judge.post(`/api/v1/cases/${id}/${action}`, { ...needs[action], ...body });
// 终本 passes the gate on the case's records (src/termination): such a case is filed three months back and its facts recorded first.
const close = (id: string, mode: string, extra: Record<string, unknown> = {}) =>
  judge.post(`/api/v1/cases/${id}/close`, {
    mode,
    closedOn: '2026-11-25',
    reason: '结案理由',
    ...(mode === 'current-procedure-terminated' ? { route: 'applicant-confirmed' } : {}),
    ...extra,
  });
const needsApproval = new Set(['defer', 'close:terminated', 'close:refused']);
/** A step or a closure carried through: approved by the bureau head where it needs approval. */
async function carried(id: string, res: Awaited<ReturnType<typeof step>>, key: string) {
  expect(res.statusCode, res.body).toBe(200);
  if (needsApproval.has(key)) await approvePending(app, id);
}
const statusOf = async (id: string) => (await judge.get(`/api/v1/cases/${id}`)).json().status as string;

async function inProgressCase() {
  const c = await newCase();
  expect((await step(c.id, 'start')).statusCode).toBe(200);
  return c;
}

/** An in-progress case filed three months back whose records meet the 终本 gate. */
async function terminableCase(filing: Record<string, unknown> = terminableFiling) {
  const c = await newCase(filing.filedOn as string, filing);
  expect((await step(c.id, 'start')).statusCode).toBe(200);
  await recordTerminationFacts(app, c.id);
  return c;
}

describe('moving a case along', () => {
  it('starts, suspends, continues, defers, continues and closes a case, counting a version at every step', async () => {
    const c = await newCase();
    const expected: [string, string, number][] = [
      ['start', 'in-progress', 2],
      ['suspend', 'suspended', 3],
      ['continue', 'in-progress', 4],
      ['defer', 'deferred', 5],
      ['continue', 'in-progress', 6],
    ];
    for (const [action, status, version] of expected) {
      const res = await step(c.id, action, { reason: `${action} 的理由` });
      await carried(c.id, res, action);
      expect((await judge.get(`/api/v1/cases/${c.id}`)).json()).toMatchObject({ status, version });
    }
    const closed = await close(c.id, 'fully-enforced');
    expect(closed.statusCode, closed.body).toBe(200);
    expect(closed.json()).toEqual({ status: 'closed', version: 7 });

    const got = (await judge.get(`/api/v1/cases/${c.id}`)).json();
    expect(got).toMatchObject({
      status: 'closed',
      version: 7,
      closure: { mode: 'fully-enforced', modeName: '执行完毕', closedOn: '2026-11-25', reason: '结案理由' },
    });
  });

  it('lists the events of a case in order, each with the officer who acted', async () => {
    const c = await newCase(terminableFiling.filedOn, terminableFiling);
    for (const action of ['start', 'suspend', 'continue']) await step(c.id, action, { reason: '依法' });
    await recordTerminationFacts(app, c.id);
    await close(c.id, 'current-procedure-terminated');
    const res = await judge.get(`/api/v1/cases/${c.id}/timeline`);
    expect(res.statusCode).toBe(200);
    const all = res.json().items as { seq: string; action: string; actor: string; at: string; changes: Record<string, unknown> }[];
    const seqs = all.map((e) => BigInt(e.seq));
    // The lifecycle's own steps, among the facts the 终本 gate needed (notices, restriction, search, interview …).
    const lifecycle = ['case.filed', 'case.start', 'case.suspend', 'case.continue', 'case.closed'];
    const items = all.filter((e) => lifecycle.includes(e.action));
    expect(items.map((e) => e.action)).toEqual(lifecycle);
    // The 终本 closure generates its ruling (ADR 0214) and enters the 终本案件库 (ADR 0213).
    expect(all.map((e) => e.action)).toEqual(expect.arrayContaining(['document.generated', 'dormant.entered']));
    expect(new Set(items.map((e) => e.actor))).toEqual(new Set(['张明（执行法官）']));
    expect(seqs).toEqual([...seqs].sort((a, b) => (a < b ? -1 : 1)));
    expect(items[1]!.changes).toEqual({ status: { before: 'filed', after: 'in-progress' }, reason: '依法' });
    expect(items[4]!.changes).toMatchObject({
      closureMode: { before: null, after: 'current-procedure-terminated' },
      status: { before: 'in-progress', after: 'closed' },
    });
    expect(all.every((e) => e.at === '2026-11-26T02:00:00.000Z')).toBe(true);
  });
});

describe('closing a case in each of the six ways', () => {
  // 执行完毕 and 终本 need enforcement to have run; the other four end a case from any open state.
  const allowed: [string, string, string][] = [
    ['fully-enforced', 'in-progress', '执行完毕'],
    ['fully-enforced', 'filed', '执行完毕'],
    ['current-procedure-terminated', 'in-progress', '终结本次执行程序'],
    ['terminated', 'suspended', '终结执行'],
    ['cancelled', 'deferred', '销案'],
    ['refused', 'filed', '不予执行'],
    ['rejected', 'suspended', '驳回申请'],
  ];

  async function caseIn(status: string, mode?: string) {
    const c = mode === 'current-procedure-terminated' ? await newCase(terminableFiling.filedOn, terminableFiling) : await newCase();
    if (status !== 'filed') await step(c.id, 'start');
    if (status === 'suspended') await step(c.id, 'suspend');
    if (status === 'deferred') await carried(c.id, await step(c.id, 'defer'), 'defer');
    if (mode === 'current-procedure-terminated' && status === 'in-progress') await recordTerminationFacts(app, c.id);
    expect(await statusOf(c.id)).toBe(status);
    return c;
  }

  it.each(allowed)('closes a case as %s from %s (%s)', async (mode, from, name) => {
    const c = await caseIn(from, mode);
    await carried(c.id, await close(c.id, mode), `close:${mode}`);
    const got = (await judge.get(`/api/v1/cases/${c.id}`)).json();
    expect(got.closure).toMatchObject({ mode, modeName: name });
  });

  const refused: [string, string][] = [
    ['current-procedure-terminated', 'filed'],
    ['current-procedure-terminated', 'suspended'],
    ['fully-enforced', 'suspended'],
    ['fully-enforced', 'deferred'],
  ];

  it.each(refused)('refuses to close a case as %s while it is %s (409 closure-not-allowed) and leaves it as it was', async (mode, from) => {
    const c = await caseIn(from);
    expectProblem(await close(c.id, mode), 409, 'closure-not-allowed');
    expect(await statusOf(c.id)).toBe(from);
  });

  it('refuses to close a case that is already closed', async () => {
    const c = await caseIn('filed');
    expect((await close(c.id, 'cancelled')).statusCode).toBe(200);
    expectProblem(await close(c.id, 'terminated'), 409, 'closure-not-allowed');
  });

  it('refuses a closing date before the filing date (422 closed-before-filed)', async () => {
    const c = await newCase('2026-11-20');
    expectProblem(await close(c.id, 'cancelled', { closedOn: '2026-11-19' }), 422, 'closed-before-filed');
    expect((await close(c.id, 'cancelled', { closedOn: '2026-11-20' })).statusCode).toBe(200);
  });

  it('refuses a closing date after today (422 date-in-future)', async () => {
    const c = await newCase();
    expectProblem(await close(c.id, 'cancelled', { closedOn: '2026-11-27' }), 422, 'date-in-future');
  });

  it('refuses an unknown way of closing (422 validation-failed, naming the field)', async () => {
    const c = await newCase();
    const problem = expectProblem(await close(c.id, 'forgotten'), 422, 'validation-failed');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'mode', code: 'not-allowed' })]);
  });
});

describe('refusing steps the case cannot take', () => {
  const illegal: [string, string][] = [
    ['suspend', 'filed'],
    ['defer', 'filed'],
    ['continue', 'filed'],
    ['start', 'in-progress'],
    ['continue', 'in-progress'],
    ['defer', 'suspended'],
    ['start', 'closed'],
    ['continue', 'closed'],
  ];

  it.each(illegal)('refuses to %s a case that is %s (409 illegal-transition)', async (action, status) => {
    const c = await newCase();
    if (status !== 'filed') await step(c.id, 'start');
    if (status === 'suspended') await step(c.id, 'suspend');
    if (status === 'closed') await close(c.id, 'cancelled');
    expect(await statusOf(c.id)).toBe(status);
    expectProblem(await step(c.id, action), 409, 'illegal-transition');
    expect(await statusOf(c.id)).toBe(status);
  });

  it('refuses a change made on an old version of the case (409 stale-version) and accepts the current one', async () => {
    const c = await newCase();
    expect((await step(c.id, 'start', { version: 1 })).json()).toEqual({ status: 'in-progress', version: 2 });
    const stale = expectProblem(await step(c.id, 'suspend', { version: 1 }), 409, 'stale-version');
    expect(stale.detail).toContain('2');
    expectProblem(await close(c.id, 'cancelled', { version: 1 }), 409, 'stale-version');
    expect(await statusOf(c.id)).toBe('in-progress');
    expect((await step(c.id, 'suspend', { version: 2 })).json()).toEqual({ status: 'suspended', version: 3 });
  });

  it('lets only one of two simultaneous starts through; the other is refused as illegal', async () => {
    const c = await newCase();
    const answers = await Promise.all([step(c.id, 'start'), step(c.id, 'start')]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.statusCode === 409)!.json().code).toBe('illegal-transition');
    const timeline = (await judge.get(`/api/v1/cases/${c.id}/timeline`)).json().items.map((e: { action: string }) => e.action);
    expect(timeline).toEqual(['case.filed', 'case.start']);
  });

  it('lets only one of two officers closing the same version at once succeed; the other is told the case changed', async () => {
    const c = await terminableCase();
    const version = (await judge.get(`/api/v1/cases/${c.id}`)).json().version as number;
    const answers = await Promise.all([
      close(c.id, 'fully-enforced', { version }),
      close(c.id, 'current-procedure-terminated', { version }),
    ]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.statusCode === 409)!.json().code).toBe('stale-version');
    expect((await judge.get(`/api/v1/cases/${c.id}`)).json().version).toBe(3);
  });

  it('answers 404 case-not-found for a case id that does not exist or is not an id', async () => {
    expectProblem(await step('00000000-0000-4000-8000-000000000000', 'start'), 404, 'case-not-found');
    expectProblem(await judge.get('/api/v1/cases/not-a-uuid'), 404, 'case-not-found');
    expectProblem(await judge.get('/api/v1/cases/not-a-uuid/timeline'), 404, 'case-not-found');
  });
});

describe('assigning the officer (承办人)', () => {
  const userId = async (username: string) =>
    (await app.db.selectFrom('users').select('id').where('username', '=', username).executeTakeFirstOrThrow()).id;

  it('assigns a judge or enforcer of the court, shows them on the case and records who assigned whom', async () => {
    const c = await newCase();
    const enforcer = await userId('enforcer');
    const res = await judge.post(`/api/v1/cases/${c.id}/officer`, { officerId: enforcer, version: 1 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ version: 2 });
    expect((await judge.get(`/api/v1/cases/${c.id}`)).json().officer).toEqual({ id: enforcer, name: '李强（执行员）' });
    const last = (await judge.get(`/api/v1/cases/${c.id}/timeline`)).json().items.at(-1);
    expect(last).toMatchObject({
      action: 'case.officer-assigned',
      actor: '张明（执行法官）',
      changes: { officerId: { before: null, after: enforcer }, officerName: '李强（执行员）' },
    });
  });

  it.each([
    ['a judge of another court', 'taishan'],
    ['a clerk', 'clerk'],
    ['someone who does not exist', null],
  ])('refuses %s as officer (422 officer-invalid)', async (_what, who) => {
    const c = await newCase();
    const officerId = who === null ? '00000000-0000-4000-8000-000000000000' : await userId(who);
    expectProblem(await judge.post(`/api/v1/cases/${c.id}/officer`, { officerId }), 422, 'officer-invalid');
    expect((await judge.get(`/api/v1/cases/${c.id}`)).json()).toMatchObject({ officer: null, version: 1 });
  });

  it('refuses something that is not an id as officer (422 validation-failed)', async () => {
    const c = await newCase();
    const problem = expectProblem(await judge.post(`/api/v1/cases/${c.id}/officer`, { officerId: 'zhang' }), 422, 'validation-failed');
    expect(problem.errors).toEqual([expect.objectContaining({ field: 'officerId', code: 'invalid-uuid' })]);
    expect((await judge.get(`/api/v1/cases/${c.id}`)).json()).toMatchObject({ officer: null, version: 1 });
  });
});

describe('resuming enforcement (恢复执行)', () => {
  const resume = (id: string, body: Record<string, unknown> = {}) =>
    judge.post(`/api/v1/cases/${id}/resume`, {
      filedOn: '2026-11-26',
      claimAmount: '80000.00',
      reason: '发现被执行人有可供执行的财产',
      ...body,
    });

  it('opens a linked 执恢 case when a case closed by 终结本次执行程序 is resumed', async () => {
    const old = await terminableCase();
    await close(old.id, 'current-procedure-terminated');
    const res = await resume(old.id);
    expect(res.statusCode, res.body).toBe(201);
    const fresh = res.json();
    expect(fresh.caseNumber).toMatch(/^（2026）粤0703执恢\d+号$/);
    expect(fresh.status).toBe('filed');

    const resumed = (await judge.get(`/api/v1/cases/${fresh.id}`)).json();
    expect(resumed).toMatchObject({
      type: 'resumed',
      typeCode: '执恢',
      claimAmount: '80000.00',
      resumedFrom: { id: old.id, caseNumber: old.caseNumber },
    });
    const original = (await judge.get(`/api/v1/cases/${old.id}`)).json();
    expect(original.resumedBy).toEqual([{ id: fresh.id, caseNumber: fresh.caseNumber }]);
    // The same title and parties carry over to the new case.
    expect(resumed.title).toEqual(original.title);
    // (each case's parties are its own rows, with their own ids)
    const withoutId = (parties: { id: string }[]) => parties.map(({ id, ...rest }) => (void id, rest));
    expect(withoutId(resumed.applicants)).toEqual(withoutId(original.applicants));
    expect(withoutId(resumed.debtors)).toEqual(withoutId(original.debtors));

    const timeline = (await judge.get(`/api/v1/cases/${old.id}/timeline`)).json().items as {
      action: string;
      changes: Record<string, unknown>;
    }[];
    expect(timeline.at(-1)).toMatchObject({
      action: 'case.resumed',
      changes: { resumedBy: { id: fresh.id, caseNumber: fresh.caseNumber } },
    });
  });

  it('numbers 执恢 cases in their own series, apart from 执 cases', async () => {
    const a = await terminableCase();
    const b = await inProgressCase();
    await close(a.id, 'current-procedure-terminated');
    await carried(b.id, await close(b.id, 'terminated'), 'close:terminated');
    const ra = (await resume(a.id)).json().caseNumber as string;
    const rb = (await resume(b.id)).json().caseNumber as string;
    const serial = (n: string) => Number(/执恢(\d+)号$/.exec(n)![1]);
    expect(serial(rb)).toBe(serial(ra) + 1);
  });

  it('refuses to resume the same case twice, even when both requests arrive at once', async () => {
    const c = await terminableCase();
    await close(c.id, 'current-procedure-terminated');
    const [x, y] = await Promise.all([resume(c.id), resume(c.id)]);
    expect([x.statusCode, y.statusCode].sort()).toEqual([201, 409]);
    expectProblem(x.statusCode === 409 ? x : y, 409, 'resumption-not-allowed');
    expectProblem(await resume(c.id), 409, 'resumption-not-allowed');
    expect((await judge.get(`/api/v1/cases/${c.id}`)).json().resumedBy).toHaveLength(1);
  });

  it('resumes a 执恢 case that was itself closed by 终本, linking it to the one before', async () => {
    // Filed in spring, closed by 终本 in August; the 执恢 case filed then is three months old by November.
    const spring = {
      ...terminableFiling,
      filedOn: '2026-04-01',
      title: { ...terminableFiling.title, effectiveOn: '2026-03-01', performanceDeadline: '2026-03-11' },
    };
    const c = await terminableCase(spring);
    expect((await close(c.id, 'current-procedure-terminated', { closedOn: '2026-08-03' })).statusCode).toBe(200);
    const first = (await resume(c.id, { filedOn: '2026-08-10' })).json();
    await step(first.id, 'start');
    await recordTerminationFacts(app, first.id);
    const closed = await close(first.id, 'current-procedure-terminated', { closedOn: '2026-11-26' });
    expect(closed.statusCode, closed.body).toBe(200);
    const second = await resume(first.id);
    expect(second.statusCode, second.body).toBe(201);
    expect((await judge.get(`/api/v1/cases/${second.json().id}`)).json().resumedFrom).toEqual({
      id: first.id,
      caseNumber: first.caseNumber,
    });
  });

  it('refuses to resume a case that was fully enforced (409 resumption-not-allowed)', async () => {
    const c = await inProgressCase();
    await close(c.id, 'fully-enforced');
    expectProblem(await resume(c.id), 409, 'resumption-not-allowed');
  });

  it('refuses to resume a case that is still open (409 resumption-not-allowed)', async () => {
    const c = await inProgressCase();
    expectProblem(await resume(c.id), 409, 'resumption-not-allowed');
  });

  it('refuses a resumption dated before the original case was closed, writing nothing', async () => {
    const c = await terminableCase();
    await close(c.id, 'current-procedure-terminated', { closedOn: '2026-11-25' });
    expectProblem(await resume(c.id, { filedOn: '2026-11-24' }), 422, 'resumed-before-closed');
    expect((await judge.get(`/api/v1/cases/${c.id}`)).json().resumedBy).toEqual([]);
  });
});
