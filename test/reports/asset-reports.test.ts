import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, movableClock, newCreditCode, newIdNumber } from '../api/fixtures.ts';

// The debtor's asset report through the API: on time and late against the order's due date, its
// verification, the deadline it meets, and the fines and detentions for breaching the duty — each
// refusal writing nothing.

const clock = movableClock(TEST_NOW); // Thursday 2026-11-26, 10:00 in Shanghai
let app: TestApp;
let judge: ReturnType<typeof client>;
let clerk: ReturnType<typeof client>;
let president: ReturnType<typeof client>;

beforeAll(async () => {
  // Sessions outlive the days the clock moves through.
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 30 } });
  judge = client(app, await login(app, 'judge'));
  clerk = client(app, await login(app, 'clerk'));
  president = client(app, await login(app, 'president'));
});
afterAll(() => app?.close());
beforeEach(() => clock.set(TEST_NOW));

const person = () => ({ kind: 'person', name: '梁国强', idNumber: newIdNumber() });
const firm = () => ({ kind: 'organization', name: '江门市恒泰建材有限公司', creditCode: newCreditCode(), legalRepresentative: '梁国强' });

/** A case whose 报告财产令 was served on 2026-11-26 (5 days: the report is due on Tuesday 2026-12-01). */
async function servedCase(debtor: Record<string, unknown> = firm()): Promise<{ caseId: string; orderId: string }> {
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [debtor] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const caseId = filed.json().id as string;
  const docs = (await clerk.post(`/api/v1/cases/${caseId}/first-notices`, {})).json().items as { id: string; kind: string }[];
  const orderId = docs.find((d) => d.kind === 'asset-report-order')!.id;
  const served = await clerk.post(`/api/v1/documents/${orderId}/services`, {
    method: 'direct',
    servedOn: '2026-11-26',
    recipient: '梁国强',
  });
  expect(served.json().reportDueOn).toBe('2026-12-01');
  return { caseId, orderId };
}

const report = (caseId: string, orderId: string, reportedOn: string, items: unknown[] = [deposit()]) =>
  clerk.post(`/api/v1/cases/${caseId}/asset-reports`, { orderId, reportedOn, items });

const deposit = (value: string | null = '35000.00') => ({
  kind: 'deposit',
  identifier: '6222 0201 0000 1234',
  description: '中国工商银行江门分行活期存款',
  value,
});

const deadline = async (caseId: string) =>
  (
    (await judge.get(`/api/v1/cases/${caseId}/deadlines`)).json().items as {
      node: string;
      state: string;
      dueOn: string;
      metOn: string | null;
    }[]
  ).find((d) => d.node === 'asset-report');

const counts = async () =>
  (
    await sql<{ reports: string; sanctions: string; checks: string; events: string }>`
    select (select count(*) from asset_reports) as reports, (select count(*) from report_sanctions) as sanctions,
           (select count(*) from asset_report_verifications) as checks, (select count(*) from events) as events`.execute(app.db)
  ).rows[0]!;

describe('the debtor reports', () => {
  it('opens the 报告财产 deadline when the order is served, due on the date the order states', async () => {
    const { caseId } = await servedCase();
    expect(await deadline(caseId)).toMatchObject({ state: 'open', dueOn: '2026-12-01' });
  });

  it('records a report made on time as not late and complete, and meets the deadline', async () => {
    const { caseId, orderId } = await servedCase();
    clock.set('2026-12-01T02:00:00.000Z');
    const res = await report(caseId, orderId, '2026-12-01', [
      deposit(),
      {
        kind: 'vehicle',
        identifier: '粤J·12345',
        description: '小型轿车一辆',
        value: '80000.00',
        change: { kind: 'encumbrance', on: '2026-03-02', note: '抵押给江门农商银行' },
      },
    ]);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ late: false, complete: true, reportDueOn: '2026-12-01', debtor: '江门市恒泰建材有限公司' });
    expect(res.json().items[1]).toMatchObject({ kindName: '车辆', value: '80000.00', change: { kind: 'encumbrance', on: '2026-03-02' } });
    expect(await deadline(caseId)).toMatchObject({ state: 'met', metOn: '2026-12-01' });
    const listed = (await judge.get(`/api/v1/cases/${caseId}/asset-reports`)).json();
    expect(listed.orders).toMatchObject([{ orderId, reported: true, reportDueOn: '2026-12-01' }]);
    expect(listed.items.map((r: { id: string }) => r.id)).toEqual([res.json().id]);
  });

  it('marks a report made after the due date late, and one without a value incomplete', async () => {
    const { caseId, orderId } = await servedCase();
    clock.set('2026-12-03T02:00:00.000Z');
    const res = await report(caseId, orderId, '2026-12-02', [deposit(null)]);
    expect(res.json()).toMatchObject({ late: true, complete: false });
  });

  it('refuses a change outside the year before the notice, an empty report and a report before service, writing nothing', async () => {
    const { caseId, orderId } = await servedCase();
    const before = await counts();
    const old = { ...deposit(), change: { kind: 'transfer', on: '2025-11-25' } };
    expectProblem(await report(caseId, orderId, '2026-11-26', [old]), 422, 'report-change-outside-lookback');
    expectProblem(await report(caseId, orderId, '2026-11-26', []), 422, 'report-empty');
    expectProblem(await report(caseId, orderId, '2026-11-25'), 422, 'report-before-service');
    expectProblem(await report(caseId, orderId, '2026-11-27'), 422, 'date-in-future');
    expect(await counts()).toEqual(before);
    // The day a year before the notice is inside the window.
    expect(
      (await report(caseId, orderId, '2026-11-26', [{ ...deposit(), change: { kind: 'transfer', on: '2025-11-26' } }])).statusCode,
    ).toBe(201);
  });

  it('refuses a report on an order not yet served', async () => {
    const filed = await judge.post('/api/v1/cases', filingBody());
    const docs = (await clerk.post(`/api/v1/cases/${filed.json().id}/first-notices`, {})).json().items as { id: string; kind: string }[];
    const orderId = docs.find((d) => d.kind === 'asset-report-order')!.id;
    expectProblem(await report(filed.json().id, orderId, '2026-11-26'), 409, 'report-order-not-served');
  });
});

describe('verifying a report', () => {
  it('records the outcome once, with the officer, and asks for the findings of a false one', async () => {
    const { caseId, orderId } = await servedCase();
    const r = (await report(caseId, orderId, '2026-11-26')).json();
    expectProblem(
      await clerk.post(`/api/v1/asset-reports/${r.id}/verification`, { verifiedOn: '2026-11-26', outcome: 'false' }),
      422,
      'verification-note-required',
    );
    const ok = await clerk.post(`/api/v1/asset-reports/${r.id}/verification`, {
      verifiedOn: '2026-11-26',
      outcome: 'false',
      note: '查询发现名下另有不动产一处未报告',
    });
    expect(ok.statusCode, ok.body).toBe(201);
    expect(ok.json()).toMatchObject({ outcome: 'false', outcomeName: '虚假报告', verifiedBy: '王芳（书记员）' });
    expectProblem(
      await clerk.post(`/api/v1/asset-reports/${r.id}/verification`, { verifiedOn: '2026-11-26', outcome: 'consistent' }),
      409,
      'report-already-verified',
    );
    const listed = (await judge.get(`/api/v1/cases/${caseId}/asset-reports`)).json();
    expect(listed.items[0].verification).toMatchObject({ outcome: 'false' });
  });
});

describe('sanctions for breaching the reporting duty', () => {
  const sanction = (caseId: string, body: Record<string, unknown>) => judge.post(`/api/v1/cases/${caseId}/sanctions`, body);

  it('fines an organisation from ¥50,000 to ¥1,000,000 for a late report, refusing amounts outside and writing nothing', async () => {
    const { caseId, orderId } = await servedCase(firm());
    clock.set('2026-12-03T02:00:00.000Z');
    await report(caseId, orderId, '2026-12-03');
    const base = { orderId, measure: 'fine', ground: 'late-report', decidedOn: '2026-12-03' };
    const before = await counts();
    expectProblem(await sanction(caseId, { ...base, amount: '49999.99' }), 422, 'fine-out-of-range');
    expectProblem(await sanction(caseId, { ...base, amount: '1000000.01' }), 422, 'fine-out-of-range');
    expectProblem(await sanction(caseId, base), 422, 'fine-amount-required');
    expect(await counts()).toEqual(before);
    const res = await sanction(caseId, { ...base, amount: '50000.00' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      measure: 'fine',
      amount: '50000.00',
      subjectKind: 'organization',
      groundName: '无正当理由逾期报告财产',
      status: 'pending',
      statusName: '待院长审批',
      approvedOn: null,
    });
    const imposed = () =>
      sql<{ changes: Record<string, unknown> }>`select changes from events where case_id = ${caseId} and action = 'case.sanction-imposed'`
        .execute(app.db)
        .then((r) => r.rows.map((e) => e.changes));
    // 民事诉讼法 第119条: it takes effect, and the fact the gates read is written, only with the 院长's approval.
    expect(await imposed()).toEqual([]);
    clock.set('2026-12-04T02:00:00.000Z');
    const approved = await president.post(`/api/v1/approvals/${res.json().approvalId}/approve`, { opinion: '同意罚款' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(await imposed()).toMatchObject([
      { measure: 'fine', ground: 'late-report', amount: '50000.00', subjectKind: 'organization', approvedOn: '2026-12-04' },
    ]);
    expect((await judge.get(`/api/v1/cases/${caseId}/sanctions`)).json().items).toMatchObject([
      { status: 'approved', statusName: '院长已批准', approvedOn: '2026-12-04' },
    ]);
  });

  it('asks the 院长, not the bureau head nor the judge who asked, and a sanction the 院长 refuses never takes effect', async () => {
    const { caseId, orderId } = await servedCase(person());
    clock.set('2026-12-02T02:00:00.000Z');
    const body = { orderId, measure: 'fine', ground: 'refused-report', decidedOn: '2026-12-02', amount: '5000.00' };
    const res = await sanction(caseId, body);
    expect(res.statusCode, res.body).toBe(201);
    const approvalId = res.json().approvalId as string;
    const inbox = (await president.get('/api/v1/approvals')).json();
    expect(inbox.items).toEqual(expect.arrayContaining([expect.objectContaining({ id: approvalId, kind: 'case.sanction' })]));
    const head = client(app, await login(app, 'head'));
    expectProblem(await head.post(`/api/v1/approvals/${approvalId}/approve`, {}), 403, 'approval-wrong-role');
    expectProblem(await judge.post(`/api/v1/approvals/${approvalId}/approve`, {}), 403, 'approval-self-decision');
    // One request at a time per case: a second waits until the first is decided.
    expectProblem(await sanction(caseId, { ...body, amount: '6000.00' }), 409, 'approval-pending');
    const rejected = await president.post(`/api/v1/approvals/${approvalId}/reject`, { opinion: '情节轻微，先予训诫' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect((await judge.get(`/api/v1/cases/${caseId}/sanctions`)).json().items).toMatchObject([
      { status: 'rejected', statusName: '院长未批准', approvedOn: null },
    ]);
    const events = await sql<{
      n: string;
    }>`select count(*) as n from events where case_id = ${caseId} and action = 'case.sanction-imposed'`.execute(app.db);
    expect(Number(events.rows[0]!.n)).toBe(0);
  });

  it('fines a person at most ¥100,000, and only for a refusal once the report is overdue', async () => {
    const { caseId, orderId } = await servedCase(person());
    const base = { orderId, measure: 'fine', ground: 'refused-report', amount: '100000.00' };
    expectProblem(await sanction(caseId, { ...base, decidedOn: '2026-11-26' }), 409, 'sanction-ground-not-established');
    clock.set('2026-12-02T02:00:00.000Z');
    expectProblem(await sanction(caseId, { ...base, decidedOn: '2026-12-02', amount: '100000.01' }), 422, 'fine-out-of-range');
    expectProblem(
      await sanction(caseId, { ...base, decidedOn: '2026-12-02', ground: 'late-report' }),
      409,
      'sanction-ground-not-established',
    );
    const res = await sanction(caseId, { ...base, decidedOn: '2026-12-02' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ amount: '100000.00', subjectKind: 'person', reportId: null });
  });

  it('detains for 1 to 15 days from its start, an organisation only in the person of a named manager', async () => {
    const { caseId, orderId } = await servedCase(firm());
    clock.set('2026-12-02T02:00:00.000Z');
    const base = { orderId, measure: 'detention', ground: 'refused-report', decidedOn: '2026-12-02', startOn: '2026-12-02' };
    const before = await counts();
    expectProblem(await sanction(caseId, { ...base, days: 16, detainee: '梁国强' }), 422, 'detention-out-of-range');
    expectProblem(await sanction(caseId, { ...base, days: 15 }), 422, 'detainee-required');
    expectProblem(
      await sanction(caseId, { ...base, days: 15, detainee: '梁国强', startOn: '2026-12-01' }),
      422,
      'detention-before-decision',
    );
    expectProblem(await sanction(caseId, { ...base, detainee: '梁国强' }), 422, 'detention-start-required');
    expect(await counts()).toEqual(before);
    const res = await sanction(caseId, { ...base, days: 15, detainee: '梁国强（法定代表人）' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      measure: 'detention',
      days: 15,
      startOn: '2026-12-02',
      endOn: '2026-12-16',
      detainee: '梁国强（法定代表人）',
    });
    expect((await president.post(`/api/v1/approvals/${res.json().approvalId}/approve`, {})).statusCode).toBe(200);
    const one = await sanction(caseId, { ...base, days: 1, detainee: '梁国强' });
    expect(one.json()).toMatchObject({ days: 1, endOn: '2026-12-02' });
  });

  it('sanctions a false report only once a verification has found it false', async () => {
    const { caseId, orderId } = await servedCase(person());
    const r = (await report(caseId, orderId, '2026-11-26')).json();
    const body = { orderId, measure: 'fine', ground: 'false-report', decidedOn: '2026-11-26', amount: '20000.00' };
    expectProblem(await sanction(caseId, body), 409, 'sanction-ground-not-established');
    await clerk.post(`/api/v1/asset-reports/${r.id}/verification`, { verifiedOn: '2026-11-26', outcome: 'false', note: '隐瞒车辆一辆' });
    const res = await sanction(caseId, body);
    expect(res.json()).toMatchObject({ reportId: r.id, ground: 'false-report' });
    expect((await judge.get(`/api/v1/cases/${caseId}/sanctions`)).json().items).toHaveLength(1);
  });

  it('lets a clerk record reports but not sanctions', async () => {
    const { caseId, orderId } = await servedCase(person());
    clock.set('2026-12-02T02:00:00.000Z');
    const body = { orderId, measure: 'fine', ground: 'refused-report', decidedOn: '2026-12-02', amount: '1000.00' };
    expectProblem(await clerk.post(`/api/v1/cases/${caseId}/sanctions`, body), 403, 'forbidden');
  });
});
