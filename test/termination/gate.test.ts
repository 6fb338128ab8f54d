import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, movableClock } from '../api/fixtures.ts';
import { recordTerminationFacts, terminableFiling, type TerminationFact } from '../support/termination-facts.ts';
import { setTerminationOptions, terminationOptionsFrom } from '../../src/termination/termination-settings.ts';

// The 终本 gate through the API on the case's own records (P6 第1–5条, ADR 0212): every condition
// left out one at a time is exactly the one unmet, the three-month boundary, the two routes, the
// re-check when the 院长 approves, and a refusal that changes nothing.

const clock = movableClock(TEST_NOW); // Thursday 2026-11-26
let app: TestApp;
let judge: ReturnType<typeof client>;
let head: ReturnType<typeof client>;
let president: ReturnType<typeof client>;

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 30 } });
  judge = client(app, await login(app, 'judge'));
  head = client(app, await login(app, 'head'));
  president = client(app, await login(app, 'president'));
});
afterAll(() => app?.close());
beforeEach(() => clock.set(TEST_NOW));

type Check = {
  eligible: boolean;
  earliestDate: string;
  conditions: { condition: string; met: boolean; detail: string; evidence: unknown }[];
};

async function runningCase(
  filing: Record<string, unknown> = terminableFiling,
): Promise<{ id: string; applicantId: string; debtorId: string }> {
  const filed = await judge.post('/api/v1/cases', filingBody(filing));
  expect(filed.statusCode, filed.body).toBe(201);
  const id = filed.json().id as string;
  expect((await judge.post(`/api/v1/cases/${id}/start`, {})).statusCode).toBe(200);
  const detail = (await judge.get(`/api/v1/cases/${id}`)).json<{ applicants: { id: string }[]; debtors: { id: string }[] }>();
  return { id, applicantId: detail.applicants[0]!.id, debtorId: detail.debtors[0]!.id };
}

const check = async (id: string, asOf?: string) => {
  const res = await judge.get(`/api/v1/cases/${id}/termination-check${asOf ? `?asOf=${asOf}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json<Check>();
};
const close = (id: string, body: Record<string, unknown> = {}, who = judge) =>
  who.post(`/api/v1/cases/${id}/close`, {
    mode: 'current-procedure-terminated',
    closedOn: '2026-11-26',
    reason: '经穷尽财产调查措施，未发现可供执行的财产',
    route: 'applicant-confirmed',
    ...body,
  });
const state = async (id: string) =>
  (
    await sql<{ version: number; status: string; events: string }>`select version, status,
      (select count(*) from events where case_id = ${id}) as events from cases where id = ${id}`.execute(app.db)
  ).rows[0]!;
const unmetOf = (body: Record<string, unknown>) => (body.unmet as { condition: string; detail: string }[]).map((u) => u.condition);

// Each fact left out, and the conditions that must then be unmet: one, except that a report
// cannot be made (nor verified) on an order never served.
const single: [TerminationFact, string[]][] = [
  ['enforcement-notice', ['enforcement-notice-not-served']],
  ['asset-report-order', ['asset-report-not-ordered', 'asset-report-not-verified']],
  ['asset-report', ['asset-report-not-verified']],
  ['consumption-restriction', ['consumption-not-restricted']],
  ['dishonest-listing', ['dishonest-listing-not-decided']],
  ['online-search', ['online-search-not-done']],
  ['onsite', ['on-site-investigation-not-done']],
  ['interview', ['applicant-not-interviewed']],
];

describe('the gate on the recorded facts', () => {
  it('accepts a case whose records meet every condition, each with its evidence, and closes it on the applicant’s consent', async () => {
    const c = await runningCase();
    await recordTerminationFacts(app, c.id);
    const gate = await check(c.id);
    expect(gate.conditions.filter((x) => !x.met)).toEqual([]);
    expect(gate).toMatchObject({ eligible: true, earliestDate: '2026-11-21' });
    expect(gate.conditions.find((x) => x.condition === 'online-search-not-done')!.evidence).toMatchObject({ source: 'asset_searches' });
    const res = await close(c.id);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed' });
  });

  for (const [fact, conditions] of single)
    it(`refuses 终本 without ${fact}: exactly ${conditions.join(' and ')} unmet, with what would meet it, and nothing changes`, async () => {
      const c = await runningCase();
      await recordTerminationFacts(app, c.id, { skip: [fact] });
      const gate = await check(c.id);
      expect(gate.eligible).toBe(false);
      expect(gate.conditions.filter((x) => !x.met).map((x) => x.condition)).toEqual(conditions);
      const before = await state(c.id);
      const body = expectProblem(await close(c.id, { route: 'panel-review' }), 409, 'termination-conditions-unmet');
      expect(unmetOf(body)).toEqual(conditions);
      expect((body.unmet as { detail: string }[])[0]!.detail).toMatch(/须/);
      expect(await state(c.id)).toEqual(before);
    });

  it('names the debtor whose online search is missing', async () => {
    const c = await runningCase();
    await recordTerminationFacts(app, c.id, { skip: ['online-search'] });
    const body = expectProblem(await close(c.id), 409, 'termination-conditions-unmet');
    expect(body.unmet).toEqual([{ condition: 'online-search-not-done', detail: '须对被执行人江门市恒泰建材有限公司完成网络查控' }]);
  });
});

describe('the three months since filing (第1条第4项)', () => {
  // Filed 2026-08-25: the three months end on 2026-11-25, 终本 from 2026-11-26.
  const filing = { ...terminableFiling, filedOn: '2026-08-25' };
  it('refuses the day before the earliest date, and accepts on the day and the day after', async () => {
    const c = await runningCase(filing);
    await recordTerminationFacts(app, c.id);
    const before = await check(c.id, '2026-11-25');
    expect(before).toMatchObject({ eligible: false, earliestDate: '2026-11-26' });
    expect(before.conditions.filter((x) => !x.met).map((x) => x.condition)).toEqual(['three-months-not-elapsed']);
    expect((await check(c.id, '2026-11-26')).eligible).toBe(true);
    expect((await check(c.id, '2026-11-27')).eligible).toBe(true);
    const early = expectProblem(await close(c.id, { closedOn: '2026-11-25' }), 409, 'termination-conditions-unmet');
    expect(early.unmet).toEqual([{ condition: 'three-months-not-elapsed', detail: '立案日期 2026-08-25，须自 2026-11-26 起方可终本' }]);
    expect((await close(c.id, { closedOn: '2026-11-26' })).statusCode).toBe(200);
  });

  it('refuses a case filed three months ago less one day', async () => {
    const c = await runningCase({ ...terminableFiling, filedOn: '2026-08-27' });
    await recordTerminationFacts(app, c.id);
    const body = expectProblem(await close(c.id), 409, 'termination-conditions-unmet');
    expect(unmetOf(body)).toEqual(['three-months-not-elapsed']);
  });
});

describe('the facts the gate adds', () => {
  it('requires a missing debtor to be searched for, and an obstruction sanction to be approved', async () => {
    const c = await runningCase();
    await recordTerminationFacts(app, c.id);
    const where = (body: Record<string, unknown>) =>
      judge.post(`/api/v1/cases/${c.id}/whereabouts`, { debtorPartyId: c.debtorId, recordedOn: '2026-11-26', measures: '', ...body });
    expect((await where({ missing: true, searched: false })).statusCode).toBe(201);
    let body = expectProblem(await close(c.id), 409, 'termination-conditions-unmet');
    expect(unmetOf(body)).toEqual(['missing-debtor-not-searched']);
    expectProblem(await where({ missing: true, searched: true }), 422, 'validation-failed');
    expect((await where({ missing: true, searched: true, measures: '向户籍地派出所查询，走访居委会' })).statusCode).toBe(201);
    expect((await check(c.id)).eligible).toBe(true);
    body = expectProblem(
      await judge.post(`/api/v1/cases/${c.id}/whereabouts`, {
        debtorPartyId: c.applicantId,
        recordedOn: '2026-11-26',
        missing: true,
        searched: false,
        measures: '',
      }),
      422,
      'debtor-whereabouts-party-not-found',
    );
    expect(body.code).toBe('debtor-whereabouts-party-not-found');
  });

  it('refuses an interview of someone who is not the applicant, and one dated in the future', async () => {
    const c = await runningCase();
    const interview = (body: Record<string, unknown>) =>
      judge.post(`/api/v1/cases/${c.id}/applicant-interviews`, {
        interviewedOn: '2026-11-26',
        method: 'phone',
        applicantPartyId: c.applicantId,
        applicantView: '不同意终本',
        agreesToTermination: false,
        ...body,
      });
    const before = await state(c.id);
    expectProblem(await interview({ applicantPartyId: c.debtorId }), 422, 'applicant-party-not-found');
    expectProblem(await interview({ interviewedOn: '2026-11-27' }), 422, 'date-in-future');
    expect(await state(c.id)).toEqual(before);
    expect((await interview({})).statusCode).toBe(201);
  });
});

describe('what the other contexts record', () => {
  it('refuses while a seized asset may still be disposed of, and accepts once it is released as unsold and refused in kind', async () => {
    const c = await runningCase();
    await recordTerminationFacts(app, c.id);
    const asset = await judge.post(`/api/v1/cases/${c.id}/assets`, {
      kind: 'vehicle',
      identifier: '粤J·T0712',
      estimatedValue: '30000.00',
    });
    expect(asset.statusCode, asset.body).toBe(201);
    const seized = await judge.post(`/api/v1/cases/${c.id}/seizures`, {
      assetId: asset.json().assetId,
      measure: 'seize',
      ruledOn: '2026-11-25',
      effectiveOn: '2026-11-25',
    });
    expect(seized.statusCode, seized.body).toBe(201);
    const body = expectProblem(await close(c.id), 409, 'termination-conditions-unmet');
    expect(unmetOf(body)).toEqual(['disposable-assets-found']);
    const released = await judge.post(`/api/v1/seizures/${String(seized.json().id)}/release`, {
      releasedOn: '2026-11-26',
      reason: 'unsold-no-acceptance',
      note: '二拍流拍，变卖不成，申请执行人不同意以物抵债',
    });
    expect(released.statusCode, released.body).toBe(200);
    const gate = await check(c.id);
    expect(gate.eligible).toBe(true);
    expect(gate.conditions.find((x) => x.condition === 'disposable-assets-found')!.evidence).toMatchObject({
      source: 'seizures',
      on: '2026-11-26',
    });
  });

  it('counts frozen money as disposable until it is deducted', async () => {
    const c = await runningCase();
    await recordTerminationFacts(app, c.id);
    const account = await judge.post(`/api/v1/cases/${c.id}/assets`, {
      kind: 'deposit',
      identifier: '6217 0000 7120 0001',
      institution: '中国工商银行江门分行',
    });
    const frozen = await judge.post(`/api/v1/cases/${c.id}/seizures`, {
      assetId: account.json().assetId,
      measure: 'freeze',
      ruledOn: '2026-11-25',
      effectiveOn: '2026-11-25',
      amount: '500.00',
    });
    expect(frozen.statusCode, frozen.body).toBe(201);
    expect(unmetOf(expectProblem(await close(c.id), 409, 'termination-conditions-unmet'))).toEqual(['disposable-assets-found']);
    const deducted = await judge.post(`/api/v1/seizures/${String(frozen.json().id)}/deductions`, {
      amount: '500.00',
      deductedOn: '2026-11-26',
    });
    expect(deducted.statusCode, deducted.body).toBe(201);
    expect((await check(c.id)).eligible).toBe(true);
  });

  it('requires a false report and the obstruction to be sanctioned with the 院长’s approval', async () => {
    const c = await runningCase();
    await recordTerminationFacts(app, c.id, { skip: ['asset-report'] });
    const clerk = client(app, await login(app, 'clerk'));
    const orders = (await judge.get(`/api/v1/cases/${c.id}/asset-reports`)).json().orders as { orderId: string }[];
    const orderId = orders[0]!.orderId;
    const item = { kind: 'deposit', identifier: '6222 0201 0000 5555', description: '活期存款', value: '10.00' };
    const report = await clerk.post(`/api/v1/cases/${c.id}/asset-reports`, { orderId, reportedOn: '2026-11-26', items: [item] });
    expect(report.statusCode, report.body).toBe(201);
    const verified = await clerk.post(`/api/v1/asset-reports/${String(report.json().id)}/verification`, {
      verifiedOn: '2026-11-26',
      outcome: 'false',
      note: '隐瞒名下车辆一辆',
    });
    expect(verified.statusCode, verified.body).toBe(201);
    expect(unmetOf(expectProblem(await close(c.id), 409, 'termination-conditions-unmet'))).toEqual(['asset-report-not-verified']);
    const sanction = await judge.post(`/api/v1/cases/${c.id}/sanctions`, {
      orderId,
      measure: 'fine',
      ground: 'false-report',
      decidedOn: '2026-11-26',
      amount: '50000.00',
    });
    expect(sanction.statusCode, sanction.body).toBe(201);
    const pending = expectProblem(await close(c.id), 409, 'termination-conditions-unmet');
    expect(unmetOf(pending)).toEqual(['asset-report-not-verified', 'obstruction-not-sanctioned']);
    expect((await president.post(`/api/v1/approvals/${String(sanction.json().approvalId)}/approve`, {})).statusCode).toBe(200);
    expect((await close(c.id)).statusCode).toBe(200);
  });
});

describe('the route (民诉法解释(2022) 第517条)', () => {
  it('refuses a 终本 without a route (422) and the applicant’s route when the applicant did not agree', async () => {
    const c = await runningCase();
    await recordTerminationFacts(app, c.id, { agrees: false });
    expectProblem(await close(c.id, { route: undefined }), 422, 'termination-route-required');
    const body = expectProblem(await close(c.id), 409, 'termination-conditions-unmet');
    expect(unmetOf(body)).toEqual(['applicant-not-confirmed']);
  });

  it('files a panel review for the judge and then the 院长, and checks the gate again at the 院长’s approval', async () => {
    const c = await runningCase();
    await recordTerminationFacts(app, c.id, { agrees: false });
    const filed = await close(c.id, { route: 'panel-review' }, head);
    expect(filed.statusCode, filed.body).toBe(200);
    const approval = filed.json().approval as { id: string; steps: { role: string }[] };
    expect(approval.steps.map((s) => s.role)).toEqual(['judge', 'president']);
    expect((await judge.post(`/api/v1/approvals/${approval.id}/approve`, { opinion: '合议庭评议同意' })).statusCode).toBe(200);
    // Meanwhile the applicant names a lead: the gate no longer passes.
    const lead = await judge.post(`/api/v1/cases/${c.id}/leads`, { kind: 'vehicle', description: '被执行人使用的小型轿车一辆' });
    expect(lead.statusCode, lead.body).toBe(201);
    const before = await state(c.id);
    const refused = expectProblem(
      await president.post(`/api/v1/approvals/${approval.id}/approve`, {}),
      409,
      'termination-conditions-unmet',
    );
    expect(unmetOf(refused)).toEqual(['leads-not-verified']);
    expect(await state(c.id)).toEqual(before);
    const outcome = await judge.post(`/api/v1/leads/${String(lead.json().id)}/outcome`, {
      outcome: 'not-found',
      on: '2026-11-26',
      note: '车辆登记在案外人名下',
    });
    expect(outcome.statusCode, outcome.body).toBe(200);
    expect((await president.post(`/api/v1/approvals/${approval.id}/approve`, {})).statusCode).toBe(200);
    expect((await judge.get(`/api/v1/cases/${c.id}`)).json()).toMatchObject({
      status: 'closed',
      closure: { mode: 'current-procedure-terminated' },
    });
  });
});

describe('the court’s settings (ZHIXING_TERMINATION_*, the UNSURE parts of P6 第3条 and 第5条)', () => {
  it('reads the settings from the environment and refuses a step it does not know', () => {
    expect(terminationOptionsFrom({})).toEqual({});
    expect(
      terminationOptionsFrom({ ZHIXING_TERMINATION_INTERVIEW: '0', ZHIXING_TERMINATION_INVESTIGATION: 'online-search, leads' }),
    ).toEqual({
      requireApplicantInterview: false,
      requiredInvestigation: ['onlineSearchDone', 'leadsVerified'],
    });
    expect(() => terminationOptionsFrom({ ZHIXING_TERMINATION_INVESTIGATION: 'audit' })).toThrow(/audit/);
  });

  it('closes without the interview and the on-site record where the court does not require them', async () => {
    const court = await createTestApp({
      clock,
      seedCases: 0,
      config: { termination: { requireApplicantInterview: false, requiredInvestigation: ['onlineSearchDone', 'leadsVerified'] } },
    });
    try {
      const officer = client(court, await login(court, 'judge'));
      const filed = await officer.post('/api/v1/cases', filingBody(terminableFiling));
      const id = filed.json().id as string;
      expect((await officer.post(`/api/v1/cases/${id}/start`, {})).statusCode).toBe(200);
      await recordTerminationFacts(court, id, { skip: ['interview', 'onsite'] });
      const gate = (await officer.get(`/api/v1/cases/${id}/termination-check`)).json<Check>();
      expect(gate.eligible).toBe(true);
      expect(gate.conditions.map((x) => x.condition)).not.toContain('applicant-not-interviewed');
      expect(gate.conditions.find((x) => x.condition === 'on-site-investigation-not-done')).toMatchObject({
        met: true,
        detail: '本院设置不要求此项调查',
      });
      const res = await officer.post(`/api/v1/cases/${id}/close`, {
        mode: 'current-procedure-terminated',
        closedOn: '2026-11-26',
        reason: '无财产',
        route: 'panel-review',
      });
      expect(res.statusCode, res.body).toBe(200);
    } finally {
      await court.close();
      setTerminationOptions({});
    }
  });
});
