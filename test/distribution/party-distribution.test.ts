import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { expectProblem, movableClock, newIdNumber } from '../api/fixtures.ts';
import { buildPartyAccount } from '../support/builders/access.builder.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import { caller, signInStaff, type Call, type Staff } from '../funds/funds-fixtures.ts';
import { enterpriseDebtor, fileAgainst, key } from './distribution-fixtures.ts';

// Issue 11: a party sees in the portal the distribution plan (财产分配方案) of its case once the
// court has served it — each creditor's line with its own marked, the amounts, its service and
// objection window, and how many objections stand — and nothing of a plan not yet served, of
// another party's case, of the other creditors' ID numbers or of the objections' reasons.

let app: TestApp;
let staff: Staff;
let judge: Call;

beforeAll(async () => {
  app = await createTestApp({ clock: movableClock('2026-11-26T02:00:00.000Z'), seedCases: 0 });
  staff = await signInStaff(app);
  judge = caller(app, staff.judge);
}, 120_000);
afterAll(() => app?.close());

/** A party account bound to the applicant with this ID number (its case filed first). */
async function partyOf(username: string, name: string, idNumber: string): Promise<Call> {
  const r = await createUser(app, systemPrincipal(app, '测试数据'), {
    username,
    displayName: `${name}（申请执行人）`,
    role: 'party',
    courtCode: '粤0703',
    scope: 'court',
    partyIdentity: idNumber,
    password: DEMO_PASSWORD,
  });
  if (!r.ok) throw new Error(`${username}: ${r.code} ${r.detail ?? ''}`);
  return caller(app, await login(app, username));
}

const ok = async (res: Awaited<ReturnType<Call>>, status = 201) => {
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
};
const plansOf = async (party: Call, caseId: string) =>
  (await ok(await party('GET', `/api/v1/party/cases/${caseId}/distribution`), 200)).items;
const lineView = (l: Record<string, unknown>) => [l.creditorName, l.className, l.claim, l.allotted, l.shortfall, l.own];

/** An enterprise debtor's lead case holding 100000.00, its applicant 陈小红, another case's 李明, and a mortgagee. */
async function threeCreditors() {
  const debtor = enterpriseDebtor();
  const chenId = newIdNumber();
  const liId = newIdNumber();
  const lead = await fileAgainst(judge, debtor, '陈小红', chenId);
  const other = await fileAgainst(judge, debtor, '李明', liId);
  const receipt = { amount: '100000.00', receivedOn: '2026-11-25', payerName: '江门市公共资源交易中心' };
  await ok(await caller(app, staff.finance)('POST', `/api/v1/cases/${lead.caseId}/receipts`, receipt, key()));
  const body = { debtorPartyId: lead.debtorPartyId, debtorKind: 'enterprise', proceeds: '100000.00', costs: '1000.00' };
  const id = (await ok(await judge('POST', `/api/v1/cases/${lead.caseId}/distributions`, body, key()))).id as string;
  const join = async (b: object) => (await ok(await judge('POST', `/api/v1/distributions/${id}/claims`, b, key()))).id as string;
  const claims = {
    bank: await join({ creditorName: '中国建设银行江门分行', amount: '30000.00', priority: true, priorityBasis: '抵押权' }),
    chen: await join({ caseId: lead.caseId, amount: '60000.00', seizureRank: 1 }),
    li: await join({ caseId: other.caseId, amount: '50000.00', seizureRank: 2 }),
  };
  return { id, lead, other, claims, chenId, liId };
}

const serve = (id: string, claimId: string) =>
  judge('POST', `/api/v1/distributions/${id}/services`, { claimId, method: 'direct', servedOn: '2026-11-26', recipient: '债权人' }, key());

describe('the distribution plan in the party portal', () => {
  it('shows nothing before the plan is served, then the served plan with the caller’s own line and exact amounts', async () => {
    const { id, lead, other, claims, chenId, liId } = await threeCreditors();
    const chen = await partyOf('dist-chen', '陈小红', chenId);
    const li = await partyOf('dist-li', '李明', liId);

    expect(await plansOf(chen, lead.caseId)).toEqual([]);
    await ok(await judge('POST', `/api/v1/distributions/${id}/plan`));
    expect(await plansOf(chen, lead.caseId), 'drawn up but not served: still the court’s').toEqual([]);

    await ok(await serve(id, claims.chen));
    const [plan, ...more] = await plansOf(chen, lead.caseId);
    expect(more).toEqual([]);
    expect(plan).toMatchObject({
      id,
      status: 'planned',
      statusName: '已制作分配方案',
      debtorName: '江门市恒泰建材有限公司',
      methodName: '按查封顺序清偿',
      plannedOn: '2026-11-26',
      servedOn: '2026-11-26',
      objectionDueOn: '2026-12-11',
      proceeds: '100000.00',
      costs: '1000.00',
      distributed: '99000.00',
      remainder: '0.00',
      held: '0.00',
      objections: { count: 0, inDispute: 0, states: [] },
    });
    expect(plan.lines.map(lineView)).toEqual([
      ['中国建设银行江门分行', '优先受偿：抵押权（第1顺位）', '30000.00', '30000.00', '0.00', false],
      ['陈小红', '普通债权：查封顺位第1', '60000.00', '60000.00', '0.00', true],
      ['李明', '普通债权：查封顺位第2', '50000.00', '9000.00', '41000.00', false],
    ]);
    const text = JSON.stringify(plan);
    for (const hidden of [chenId, liId, other.caseId, '民初']) expect(text).not.toContain(hidden);

    // 李明 reads it on his own case, which joined: his line is his, and it is not yet served on him.
    const seenByLi = (await plansOf(li, other.caseId))[0];
    expect(seenByLi).toMatchObject({ id, servedOn: null, objectionDueOn: null });
    expect(seenByLi.lines.map((l: { own: boolean }) => l.own)).toEqual([false, false, true]);

    await ok(await serve(id, claims.li));
    const objection = {
      claimId: claims.li,
      targetClaimId: claims.chen,
      disputed: '20000.00',
      reason: '查封在后，不应首先受偿',
      objectedOn: '2026-11-26',
    };
    await ok(await judge('POST', `/api/v1/distributions/${id}/objections`, objection, key()));
    const after = (await plansOf(chen, lead.caseId))[0];
    expect(after).toMatchObject({
      held: '20000.00',
      objections: { count: 1, inDispute: 1, states: [{ state: 'raised', stateName: '已提出异议', count: 1 }] },
    });
    expect(JSON.stringify(after)).not.toContain(objection.reason);
  }, 120_000);

  it('answers 404 on a case where the caller is no party, and the routes stay apart for staff and parties', async () => {
    const { id, lead, claims } = await threeCreditors();
    await ok(await judge('POST', `/api/v1/distributions/${id}/plan`));
    await ok(await serve(id, claims.chen));
    await buildPartyAccount(app, { idNumber: newIdNumber(), username: 'dist-stranger' });
    const stranger = caller(app, await login(app, 'dist-stranger'));
    expectProblem(await stranger('GET', `/api/v1/party/cases/${lead.caseId}/distribution`), 404, 'case-not-found');
    expectProblem(await stranger('GET', `/api/v1/party/cases/not-an-id/distribution`), 404, 'case-not-found');
    expectProblem(await stranger('GET', `/api/v1/cases/${lead.caseId}/distributions`), 403, 'forbidden');
    expectProblem(await judge('GET', `/api/v1/party/cases/${lead.caseId}/distribution`), 403, 'forbidden');
  }, 120_000);
});
