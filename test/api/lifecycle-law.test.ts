import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildStaff } from '../support/builders/access.builder.ts';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { approvePending, client, expectProblem, filingBody } from './fixtures.ts';
import { recordTerminationFacts, terminableFiling } from '../support/termination-facts.ts';
import { caseStatuses, closureModes, closureModesFrom, type CaseStatus } from '../../src/shared/vocabulary.ts';

// What the law asks of the lifecycle's steps: 中止 and 暂缓 state their reason (民事诉讼法(2023)
// 第267条; 民诉法解释(2022) 第467条), 暂缓 its period within one year; a case is closed only in
// the ways its status allows; a resumed 执恢 case carries over the 承办人 and the reason.

let app: TestApp;
let judge: ReturnType<typeof client>;
let ids: Record<string, string>;

beforeAll(async () => {
  app = await createTestApp();
  ids = await buildStaff(app);
  judge = client(app, await login(app, 'judge'));
});
afterAll(() => app?.close());

async function caseIn(
  status: CaseStatus,
  filing: Record<string, unknown> = { filedOn: '2026-11-20' },
): Promise<{ id: string; caseNumber: string }> {
  const res = await judge.post('/api/v1/cases', filingBody(filing));
  expect(res.statusCode, res.body).toBe(201);
  const c = res.json<{ id: string; caseNumber: string }>();
  const post = (action: string, body: Record<string, unknown> = {}) => judge.post(`/api/v1/cases/${c.id}/${action}`, body);
  if (status !== 'filed') await post('start');
  if (status === 'suspended') await post('suspend', { reason: '案外人异议' });
  if (status === 'deferred') {
    await post('defer', { reason: '被执行人提供担保', until: '2027-05-26' });
    await approvePending(app, c.id);
  }
  if (status === 'closed') await post('close', { mode: 'fully-enforced', closedOn: '2026-11-25', reason: '已履行' });
  return c;
}

const detail = async (id: string) => (await judge.get(`/api/v1/cases/${id}`)).json();

describe('中止 and 暂缓 need their reason, 暂缓 its period', () => {
  it.each([
    ['suspend', {}, 'reason', '中止执行的理由'],
    ['defer', { until: '2027-05-26' }, 'reason', '暂缓执行的理由'],
    ['defer', { reason: '被执行人提供担保' }, 'until', '暂缓执行期限'],
  ])('refuses to %s without %j’s missing field (422 with a Chinese field error), changing nothing', async (action, body, field, label) => {
    const c = await caseIn('in-progress');
    const problem = expectProblem(await judge.post(`/api/v1/cases/${c.id}/${action}`, body), 422, 'validation-failed');
    const errors = problem.errors as { field: string; message: string }[];
    expect(errors.map((e) => e.field)).toEqual([field]);
    expect(errors[0]!.message).toMatch(/[\u4e00-\u9fa5]/);
    expect(JSON.stringify(problem)).toContain(label);
    expect(await detail(c.id)).toMatchObject({ status: 'in-progress', version: 2, approvals: { pending: null } });
  });

  it('refuses a reason of blanks only', async () => {
    const c = await caseIn('in-progress');
    const problem = expectProblem(await judge.post(`/api/v1/cases/${c.id}/suspend`, { reason: '　 ' }), 422, 'validation-failed');
    expect((problem.errors as { field: string }[]).map((e) => e.field)).toEqual(['reason']);
  });

  it('refuses a deferral beyond one year with the latest day allowed, and files no request', async () => {
    const c = await caseIn('in-progress');
    const problem = expectProblem(
      await judge.post(`/api/v1/cases/${c.id}/defer`, { reason: '被执行人提供担保', until: '2027-11-27' }),
      422,
      'deferral-too-long',
    );
    expect(problem.detail).toContain('2027-11-26');
    expect((await detail(c.id)).approvals).toEqual({ pending: null, decided: [] });
  });

  it('lets 开始执行 and 恢复进行 go without a reason', async () => {
    const c = await caseIn('in-progress');
    await judge.post(`/api/v1/cases/${c.id}/suspend`, { reason: '案外人异议' });
    expect((await judge.post(`/api/v1/cases/${c.id}/continue`, {})).json()).toEqual({ status: 'in-progress', version: 4 });
  });
});

describe('closure modes by status (src/shared/vocabulary.ts closureModesFrom)', () => {
  it('offers 执行完毕 and 终本 only where enforcement runs, and nothing once closed', () => {
    expect(closureModesFrom('in-progress')).toEqual([...closureModes]);
    expect(closureModesFrom('suspended')).toEqual(['terminated', 'cancelled', 'refused', 'rejected']);
    expect(closureModesFrom('filed')).not.toContain('current-procedure-terminated');
    expect(closureModesFrom('closed')).toEqual([]);
  });

  const open = caseStatuses.filter((s) => s !== 'closed' && s !== 'in-progress');
  it.each(open)('accepts through the API exactly the modes the table allows for a case %s', async (status) => {
    for (const mode of closureModes) {
      const c = await caseIn(status);
      const res = await judge.post(`/api/v1/cases/${c.id}/close`, { mode, closedOn: '2026-11-26', reason: '结案理由' });
      if (closureModesFrom(status).includes(mode)) expect(res.statusCode, `${status} ${mode}: ${res.body}`).toBe(200);
      else {
        expectProblem(res, 409, 'closure-not-allowed');
        expect((await detail(c.id)).status).toBe(status);
      }
    }
  });
});

describe('resumption (执恢) carries over the 承办人 and shows its reason', () => {
  const resume = (id: string, body: Record<string, unknown> = {}) =>
    judge.post(`/api/v1/cases/${id}/resume`, {
      filedOn: '2026-11-26',
      claimAmount: '50000.00',
      reason: '申请执行人提供被执行人新的财产线索',
      ...body,
    });

  async function dormantWithOfficer() {
    const c = await caseIn('in-progress', terminableFiling);
    expect((await judge.post(`/api/v1/cases/${c.id}/officer`, { officerId: ids.enforcer })).statusCode).toBe(200);
    await recordTerminationFacts(app, c.id);
    const closed = await judge.post(`/api/v1/cases/${c.id}/close`, {
      mode: 'current-procedure-terminated',
      closedOn: '2026-11-26',
      reason: '无财产',
      route: 'applicant-confirmed',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    return c;
  }

  it('gives the 执恢 case the original’s 承办人 and puts the reason in its timeline', async () => {
    const old = await dormantWithOfficer();
    const res = await resume(old.id);
    expect(res.statusCode, res.body).toBe(201);
    const fresh = res.json<{ id: string }>();
    expect((await detail(fresh.id)).officer).toEqual({ id: ids.enforcer, name: '李强（执行员）' });
    const items = (await judge.get(`/api/v1/cases/${fresh.id}/timeline`)).json().items as { action: string; changes: unknown }[];
    // The 限制消费令 and the listing the 终本 needed continue in the 执恢 case (ADR 0214).
    expect(items.map((e) => e.action)).toEqual([
      'case.filed',
      'credit.restriction-carried-over',
      'credit.listing-carried-over',
      'case.resumption-filed',
    ]);
    expect(items[3]!.changes).toEqual({
      resumedFrom: { id: old.id, caseNumber: old.caseNumber },
      reason: '申请执行人提供被执行人新的财产线索',
      officerCarriedOver: '李强（执行员）',
      carriedOver: { seizures: [], restrictions: [expect.any(String)], listings: [expect.any(String)] },
    });
  });

  it('takes another 承办人 when one is chosen, and refuses one who is not an officer of the court', async () => {
    const old = await dormantWithOfficer();
    expectProblem(await resume(old.id, { officerId: ids.clerk }), 422, 'officer-invalid');
    const res = await resume(old.id, { officerId: ids.judge });
    expect(res.statusCode, res.body).toBe(201);
    expect((await detail(res.json<{ id: string }>().id)).officer).toEqual({ id: ids.judge, name: '张明（执行法官）' });
  });
});
