import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import { transact } from '../../src/db/transaction.ts';
import { lockCaseRow } from '../../src/cases/instrument-facts.ts';
import { requestApprovalIn } from '../../src/approvals/request-approval.ts';
import { dormantClosurePolicy } from '../../src/shared/approvals.ts';
import { verifyAuditTrail, trailOptions } from '../../src/audit/verify-trail.ts';
import { buildStaff } from '../support/builders/access.builder.ts';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody } from './fixtures.ts';

// Approvals (审批, src/approvals) through the API: 暂缓执行, 终结执行 and 不予执行 are filed as
// requests that the bureau head (执行局长) of the court approves; the action runs with the final
// approval, in its transaction, and is refused there when the case no longer allows it.

let app: TestApp;
let judge: ReturnType<typeof client>;
let head: ReturnType<typeof client>;
let otherHead: ReturnType<typeof client>;
let cityHead: ReturnType<typeof client>;
let enforcer: ReturnType<typeof client>;

async function addHead(username: string, displayName: string, courtCode: string, scope: 'court' | 'subtree') {
  const r = await createUser(app, systemPrincipal(app, '测试数据'), {
    username,
    displayName,
    role: 'bureau-head',
    courtCode,
    scope,
    password: DEMO_PASSWORD,
  });
  if (!r.ok) throw new Error(r.code);
}

beforeAll(async () => {
  app = await createTestApp();
  await buildStaff(app);
  await addHead('head2', '赵立新（执行局副局长）', '粤0703', 'court');
  await addHead('taishan-head', '吴国栋（台山法院执行局长）', '粤0781', 'court');
  await addHead('city-head', '郑海（江门中院执行局长）', '粤07', 'subtree');
  judge = client(app, await login(app, 'judge'));
  head = client(app, await login(app, 'head'));
  otherHead = client(app, await login(app, 'taishan-head'));
  cityHead = client(app, await login(app, 'city-head'));
  enforcer = client(app, await login(app, 'enforcer'));
});
afterAll(() => app?.close());

type Approval = { id: string; state: string; summary: string; decidedBy: string | null; decidedOn: string | null; steps: unknown[] };

async function runningCase(): Promise<{ id: string; caseNumber: string }> {
  const res = await judge.post('/api/v1/cases', filingBody({ filedOn: '2026-11-20' }));
  expect(res.statusCode, res.body).toBe(201);
  const c = res.json<{ id: string; caseNumber: string }>();
  expect((await judge.post(`/api/v1/cases/${c.id}/start`, {})).statusCode).toBe(200);
  return c;
}

const detail = async (id: string) => (await judge.get(`/api/v1/cases/${id}`)).json();
const actions = async (id: string) =>
  ((await judge.get(`/api/v1/cases/${id}/timeline`)).json().items as { action: string }[]).map((e) => e.action);

async function requestDefer(id: string, by = judge, until = '2027-05-26'): Promise<Approval> {
  const res = await by.post(`/api/v1/cases/${id}/defer`, { reason: '被执行人提供担保，申请执行人同意', until });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().approval as Approval;
}

async function requestClose(id: string, mode = 'terminated', by = judge): Promise<Approval> {
  const res = await by.post(`/api/v1/cases/${id}/close`, { mode, closedOn: '2026-11-26', reason: '申请执行人撤回执行申请' });
  expect(res.statusCode, res.body).toBe(200);
  return res.json().approval as Approval;
}

const approve = (a: { id: string }, by = head, opinion = '同意') => by.post(`/api/v1/approvals/${a.id}/approve`, { opinion });
const reject = (a: { id: string }, by = head, body: Record<string, unknown> = { opinion: '担保材料不全' }) =>
  by.post(`/api/v1/approvals/${a.id}/reject`, body);

describe('暂缓执行 through the bureau head', () => {
  it('files a request and leaves the case as it was until the bureau head approves', async () => {
    const c = await runningCase();
    const res = await judge.post(`/api/v1/cases/${c.id}/defer`, { reason: '被执行人提供担保', until: '2027-05-26', version: 2 });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({
      status: 'in-progress',
      version: 2,
      approval: { state: 'pending', kind: 'case.defer', summary: '暂缓执行至 2027-05-26', awaitingRole: 'bureau-head' },
    });
    const before = await detail(c.id);
    expect(before).toMatchObject({ status: 'in-progress', version: 2, deferredUntil: null });
    expect(before.approvals.pending).toMatchObject({
      state: 'pending',
      requestedBy: { name: '张明（执行法官）' },
      requestedOn: '2026-11-26',
    });
    expect(await actions(c.id)).toEqual(['case.filed', 'case.start', 'approval.requested']);
  });

  it('defers the case with its period when the bureau head approves, recording approver and date', async () => {
    const c = await runningCase();
    const a = await requestDefer(c.id);
    const res = await approve(a, head, '同意暂缓');
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ id: a.id, state: 'approved', stateName: '已批准' });
    const after = await detail(c.id);
    expect(after).toMatchObject({ status: 'deferred', deferredUntil: '2027-05-26', version: 3 });
    expect(after.approvals.pending).toBeNull();
    expect(after.approvals.decided[0]).toMatchObject({
      state: 'approved',
      decidedBy: '陈建华（执行局长）',
      decidedOn: '2026-11-26',
      steps: [
        { role: 'bureau-head', title: '执行局长审批', decision: { decision: 'approve', by: '陈建华（执行局长）', opinion: '同意暂缓' } },
      ],
    });
    const timeline = (await judge.get(`/api/v1/cases/${c.id}/timeline`)).json().items as {
      action: string;
      actor: string;
      changes: unknown;
    }[];
    expect(timeline.map((e) => e.action)).toEqual(['case.filed', 'case.start', 'approval.requested', 'approval.approved', 'case.defer']);
    expect(timeline.at(-1)).toMatchObject({
      actor: '陈建华（执行局长）',
      changes: {
        status: { before: 'in-progress', after: 'deferred' },
        deferredUntil: '2027-05-26',
        reason: '被执行人提供担保，申请执行人同意',
        approval: { approvalId: a.id, requestedBy: '张明（执行法官）', approvedBy: '陈建华（执行局长）' },
      },
    });
  });
});

describe('终结执行 and 不予执行 through the bureau head; other closures directly', () => {
  it.each([
    ['terminated', '终结执行'],
    ['refused', '不予执行'],
  ])('closes a case as %s (%s) once the bureau head approves', async (mode, name) => {
    const c = await runningCase();
    const a = await requestClose(c.id, mode);
    expect(a.summary).toBe(`${name}（结案日期 2026-11-26）`);
    expect((await detail(c.id)).status).toBe('in-progress');
    expect((await approve(a)).statusCode).toBe(200);
    const after = await detail(c.id);
    expect(after).toMatchObject({ status: 'closed', closure: { mode, closedOn: '2026-11-26', reason: '申请执行人撤回执行申请' } });
    expect(after.approvals.decided[0]).toMatchObject({ kind: 'case.close', decidedBy: '陈建华（执行局长）', decidedOn: '2026-11-26' });
    expect((await actions(c.id)).slice(-3)).toEqual(['approval.requested', 'approval.approved', 'case.closed']);
  });

  it('ends the deferral of a deferred case closed by 终结执行', async () => {
    const c = await runningCase();
    await approve(await requestDefer(c.id));
    expect(await detail(c.id)).toMatchObject({ status: 'deferred', deferredUntil: '2027-05-26' });
    await approve(await requestClose(c.id, 'terminated'));
    expect(await detail(c.id)).toMatchObject({ status: 'closed', deferredUntil: null, closure: { mode: 'terminated' } });
    expect((await detail(c.id)).approvals.decided.map((a: Approval & { kind: string }) => a.kind)).toEqual(['case.close', 'case.defer']);
  });

  it('closes 执行完毕 at once, without a request', async () => {
    const c = await runningCase();
    const res = await judge.post(`/api/v1/cases/${c.id}/close`, { mode: 'fully-enforced', closedOn: '2026-11-26', reason: '已履行' });
    expect(res.json()).toEqual({ status: 'closed', version: 3 });
    expect((await detail(c.id)).approvals).toEqual({ pending: null, decided: [] });
  });
});

describe('who may decide, and when', () => {
  it('refuses a decision by the person who asked for it (403 approval-self-decision), changing nothing', async () => {
    const c = await runningCase();
    const a = await requestClose(c.id, 'terminated', head);
    expectProblem(await approve(a, head), 403, 'approval-self-decision');
    expectProblem(await reject(a, head), 403, 'approval-self-decision');
    expect(await detail(c.id)).toMatchObject({ status: 'in-progress', approvals: { pending: { id: a.id, state: 'pending' } } });
    // Another bureau head of the court may decide it.
    expect((await approve(a, client(app, await login(app, 'head2')))).statusCode).toBe(200);
    expect((await detail(c.id)).approvals.decided[0].decidedBy).toBe('赵立新（执行局副局长）');
  });

  it('refuses a decision by a role the step does not name (403 approval-wrong-role)', async () => {
    const c = await runningCase();
    const a = await requestDefer(c.id);
    const problem = expectProblem(await approve(a, enforcer), 403, 'approval-wrong-role');
    expect(problem.detail).toContain('执行局长');
    expect((await detail(c.id)).status).toBe('in-progress');
  });

  it('refuses a bureau head of another court: unseen outside their scope (404), not theirs to sign inside it (403)', async () => {
    const c = await runningCase();
    const a = await requestDefer(c.id);
    expectProblem(await approve(a, otherHead), 404, 'approval-not-found');
    expectProblem(await approve(a, cityHead), 403, 'approval-out-of-scope');
    expect((await detail(c.id)).approvals.pending.id).toBe(a.id);
  });

  it('refuses to decide a decided request again (409 approval-decided), even two decisions at once', async () => {
    const c = await runningCase();
    const a = await requestDefer(c.id);
    const head2 = client(app, await login(app, 'head2'));
    const answers = await Promise.all([approve(a, head), approve(a, head2)]);
    expect(answers.map((r) => r.statusCode).sort()).toEqual([200, 409]);
    expect(answers.find((r) => r.statusCode === 409)!.json().code).toBe('approval-decided');
    expectProblem(await reject(a), 409, 'approval-decided');
    expect((await actions(c.id)).filter((x) => x === 'case.defer')).toHaveLength(1);
  });

  it('refuses a second request while one is pending (409 approval-pending)', async () => {
    const c = await runningCase();
    await requestDefer(c.id);
    const res = await judge.post(`/api/v1/cases/${c.id}/close`, { mode: 'terminated', closedOn: '2026-11-26', reason: '撤回申请' });
    expect(expectProblem(res, 409, 'approval-pending').detail).toContain('暂缓执行至 2027-05-26');
    expect((await judge.get(`/api/v1/cases/${c.id}/approvals`)).json().items).toHaveLength(1);
  });
});

describe('a request that no longer applies, a rejection, a withdrawal', () => {
  it('refuses the approval when the case has changed so the step no longer applies (409 approval-stale), and nothing changes', async () => {
    const c = await runningCase();
    const a = await requestDefer(c.id);
    expect((await judge.post(`/api/v1/cases/${c.id}/suspend`, { reason: '案外人异议' })).statusCode).toBe(200);
    const before = await actions(c.id);
    const problem = expectProblem(await approve(a), 409, 'approval-stale');
    expect(problem.detail).toContain('中止执行');
    const after = await detail(c.id);
    expect(after).toMatchObject({ status: 'suspended', approvals: { pending: { id: a.id, state: 'pending' } } });
    expect(await actions(c.id)).toEqual(before);
    // It can still be rejected, and then the case is free for another request.
    expect((await reject(a, head, { opinion: '案件已中止，不再暂缓' })).statusCode).toBe(200);
  });

  it('rejects with an opinion and leaves the case unchanged; a rejection without one is refused', async () => {
    const c = await runningCase();
    const a = await requestClose(c.id, 'terminated');
    const missing = expectProblem(await reject(a, head, {}), 422, 'validation-failed');
    expect(missing.errors).toEqual([expect.objectContaining({ field: 'opinion' })]);
    const res = await reject(a);
    expect(res.json()).toEqual({ id: a.id, state: 'rejected', stateName: '未批准' });
    const after = await detail(c.id);
    expect(after).toMatchObject({ status: 'in-progress', closure: null, version: 2, approvals: { pending: null } });
    expect(after.approvals.decided[0]).toMatchObject({
      state: 'rejected',
      decidedBy: '陈建华（执行局长）',
      steps: [{ decision: { decision: 'reject', opinion: '担保材料不全' } }],
    });
    expect((await actions(c.id)).slice(-2)).toEqual(['approval.requested', 'approval.rejected']);
    // A new request may follow.
    expect((await requestDefer(c.id)).state).toBe('pending');
  });

  it('lets only the requester withdraw a pending request', async () => {
    const c = await runningCase();
    const a = await requestDefer(c.id);
    expectProblem(await head.post(`/api/v1/approvals/${a.id}/withdraw`, {}), 403, 'approval-not-requester');
    const res = await judge.post(`/api/v1/approvals/${a.id}/withdraw`, { reason: '被执行人已履行' });
    expect(res.json()).toMatchObject({ state: 'withdrawn' });
    expectProblem(await approve(a), 409, 'approval-decided');
    expect(await detail(c.id)).toMatchObject({ status: 'in-progress', approvals: { pending: null, decided: [{ state: 'withdrawn' }] } });
  });
});

describe('a request of several steps', () => {
  it('moves step by step, each awaiting its role, and acts only after the last', async () => {
    const c = await runningCase();
    const clerkOfCourt = { ...systemPrincipal(app, '测试：提交人', '粤0703'), role: 'enforcer' as const };
    // The shape 终本 will take (合议庭, then 院长); 院长 is no role of src/access yet, so the bureau head stands in here.
    expect(dormantClosurePolicy.steps.map((x) => x.role)).toEqual(['judge', 'president']);
    const steps = [dormantClosurePolicy.steps[0]!, { role: 'bureau-head' as const, title: '执行局长审批' }];
    const filed = await transact(app, async (tx) => {
      const locked = await lockCaseRow(tx, c.id);
      return requestApprovalIn(tx, app, clerkOfCourt, {
        courtId: locked!.courtId,
        caseId: c.id,
        kind: 'case.close',
        payload: { mode: 'terminated', closedOn: '2026-11-26', reason: '申请执行人撤回申请' },
        summary: '终结执行（结案日期 2026-11-26）',
        reason: '申请执行人撤回申请',
        steps,
      });
    });
    if (!filed.ok) throw new Error(filed.code);
    const a = filed.value;
    expectProblem(await approve(a, head), 403, 'approval-wrong-role');
    expect((await approve(a, judge, '合议庭评议同意')).json()).toMatchObject({ state: 'pending' });
    expect((await detail(c.id)).approvals.pending).toMatchObject({
      awaitingRole: 'bureau-head',
      steps: [{ decision: { by: '张明（执行法官）' } }, { decision: null }],
    });
    expect((await detail(c.id)).status).toBe('in-progress');
    expectProblem(await approve(a, judge), 403, 'approval-wrong-role');
    expect((await approve(a, head)).json()).toMatchObject({ state: 'approved' });
    expect((await detail(c.id)).status).toBe('closed');
    expect((await actions(c.id)).slice(-4)).toEqual(['approval.requested', 'approval.step-approved', 'approval.approved', 'case.closed']);
  });
});

describe('the inbox (待审批)', () => {
  it('lists the pending requests of the court that await the user’s role, and drops them once decided', async () => {
    const c = await runningCase();
    const a = await requestDefer(c.id);
    const inbox = (await head.get('/api/v1/approvals')).json().items as (Approval & { caseNumber: string })[];
    expect(inbox.find((x) => x.id === a.id)).toMatchObject({ caseNumber: c.caseNumber, summary: '暂缓执行至 2027-05-26' });
    expect((await judge.get('/api/v1/approvals')).json().items).toEqual([]);
    expect((await otherHead.get('/api/v1/approvals')).json().items).toEqual([]);
    await approve(a);
    const later = (await head.get('/api/v1/approvals')).json().items as Approval[];
    expect(later.find((x) => x.id === a.id)).toBeUndefined();
  });

  it('answers 404 for a case out of scope and an unknown request', async () => {
    const c = await runningCase();
    expectProblem(await otherHead.get(`/api/v1/cases/${c.id}/approvals`), 404, 'case-not-found');
    expectProblem(await approve({ id: '00000000-0000-4000-8000-000000000000' }), 404, 'approval-not-found');
    expectProblem(await approve({ id: 'not-an-id' }), 404, 'approval-not-found');
  });
});

describe('the audit trail after all of it', () => {
  it('verifies: the approvals’ events sit in the chains, and every case still matches its events', async () => {
    const r = await verifyAuditTrail(app.db, trailOptions(app));
    expect(r.breaks).toEqual([]);
    expect(r.cases.mismatches).toEqual([]);
    expect(r.cases.checked).toBeGreaterThan(10);
  });
});
