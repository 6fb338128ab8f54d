import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, movableClock, newIdNumber } from '../api/fixtures.ts';
import { buildPartyAccount, buildStaff } from '../support/builders/access.builder.ts';
import { buildCase } from '../support/builders/cases.builder.ts';

// Asset leads: an applicant submits one in the portal on their own case only, an officer records
// one; each is to be verified in 7 days (3 if urgent) as a deadline, and gets one outcome.

const clock = movableClock(TEST_NOW); // Thursday 2026-11-26
let app: TestApp;
let judge: ReturnType<typeof client>;
let clerk: ReturnType<typeof client>;
let party: ReturnType<typeof client>;
let partyCaseId: string;
const partyId = newIdNumber();

beforeAll(async () => {
  app = await createTestApp({ clock, config: { sessionHours: 24 * 30 } });
  await buildStaff(app);
  const account = await buildPartyAccount(app, { idNumber: partyId });
  partyCaseId = account.caseId;
  judge = client(app, await login(app, 'judge'));
  clerk = client(app, await login(app, 'clerk'));
  party = client(app, await login(app, 'party'));
});
afterAll(() => app?.close());
beforeEach(() => clock.set(TEST_NOW));

const flat = {
  kind: 'real-estate',
  identifier: '粤（2024）江门市不动产权第0012345号',
  description: '被执行人名下住房一套，来源：房屋买卖合同',
};

const leadDeadline = async (caseId: string, leadId: string) =>
  (
    await sql<{ state: string; due_on: string; met_on: string | null }>`
    select state, due_on::text, met_on::text from deadlines where case_id = ${caseId} and node = 'lead-verification' and subject = ${leadId}`.execute(
      app.db,
    )
  ).rows[0];

const leadCount = async () => Number((await sql<{ n: string }>`select count(*) as n from asset_leads`.execute(app.db)).rows[0]!.n);

describe('an applicant in the portal', () => {
  it('submits a lead on their own case, to be verified within 7 days, and sees it with its deadline', async () => {
    const res = await party.post(`/api/v1/party/cases/${partyCaseId}/leads`, flat);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      source: 'party',
      urgent: false,
      submittedOn: '2026-11-26',
      verifyDueOn: '2026-12-03',
      outcome: null,
    });
    expect(await leadDeadline(partyCaseId, res.json().id)).toMatchObject({ state: 'open', due_on: '2026-12-03' });
    const own = (await party.get(`/api/v1/party/cases/${partyCaseId}/leads`)).json().items as { id: string }[];
    expect(own.map((l) => l.id)).toContain(res.json().id);
    // The officer sees it among the case's leads.
    const all = (await judge.get(`/api/v1/cases/${partyCaseId}/leads`)).json().items as { id: string; sourceName: string }[];
    expect(all.find((l) => l.id === res.json().id)?.sourceName).toBe('当事人提交');
  });

  it('submits an urgent lead, to be verified within 3 days (moved past the weekend to Monday 2026-11-30)', async () => {
    const res = await party.post(`/api/v1/party/cases/${partyCaseId}/leads`, { ...flat, urgent: true });
    expect(res.json()).toMatchObject({ urgent: true, verifyDueOn: '2026-11-30' });
    expect(await leadDeadline(partyCaseId, res.json().id)).toMatchObject({ due_on: '2026-11-30' });
  });

  it('cannot submit on, or read the leads of, a case that is not theirs, nor one where they are the debtor', async () => {
    const other = await buildCase(app, {});
    const asDebtor = await buildCase(app, { debtor: { kind: 'person', name: '陈小红', idNumber: partyId } });
    const before = await leadCount();
    for (const id of [other.id, asDebtor.id]) {
      expectProblem(await party.post(`/api/v1/party/cases/${id}/leads`, flat), 404, 'case-not-found');
      expectProblem(await party.get(`/api/v1/party/cases/${id}/leads`), 404, 'case-not-found');
    }
    expect(await leadCount()).toBe(before);
    // Nor may they use the officers' routes.
    expectProblem(await party.post(`/api/v1/cases/${partyCaseId}/leads`, flat), 403, 'forbidden');
    expectProblem(
      await party.post(`/api/v1/leads/${crypto.randomUUID()}/outcome`, { outcome: 'not-found', on: '2026-11-26', note: '无' }),
      403,
      'forbidden',
    );
  });
});

describe('an officer', () => {
  it('records a lead and its outcome once, meeting the deadline', async () => {
    const filed = await judge.post('/api/v1/cases', filingBody());
    const caseId = filed.json().id as string;
    const lead = (
      await clerk.post(`/api/v1/cases/${caseId}/leads`, { kind: 'vehicle', identifier: '粤J·88888', description: '被执行人驾驶的轿车' })
    ).json();
    expect(lead).toMatchObject({ source: 'officer', verifyDueOn: '2026-12-03', submittedBy: '王芳（书记员）' });
    clock.set('2026-11-30T02:00:00.000Z');
    expectProblem(
      await clerk.post(`/api/v1/leads/${lead.id}/outcome`, { outcome: 'not-found', on: '2026-11-30' }),
      422,
      'lead-outcome-note-required',
    );
    expectProblem(
      await clerk.post(`/api/v1/leads/${lead.id}/outcome`, { outcome: 'verified-found', on: '2026-12-01' }),
      422,
      'date-in-future',
    );
    const done = await clerk.post(`/api/v1/leads/${lead.id}/outcome`, {
      outcome: 'verified-found',
      on: '2026-11-30',
      note: '车辆管理所查询属实',
    });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      outcome: 'verified-found',
      outcomeName: '经核查，财产存在',
      outcomeOn: '2026-11-30',
      outcomeBy: '王芳（书记员）',
    });
    expect(await leadDeadline(caseId, lead.id)).toMatchObject({ state: 'met', met_on: '2026-11-30' });
    // The vehicle the lead named is on the case's asset register now, by its plate in any spelling.
    const assets = (await clerk.get(`/api/v1/cases/${caseId}/assets`)).json() as { items: { kind: string; identifier: string }[] };
    expect(assets.items.filter((a) => a.kind === 'vehicle').map((a) => a.identifier)).toEqual(['粤J·88888']);
    expectProblem(
      await clerk.post(`/api/v1/leads/${lead.id}/outcome`, { outcome: 'not-found', on: '2026-11-30', note: '再查' }),
      409,
      'lead-outcome-recorded',
    );
  });

  it('records a lead verified late, after its 3 days, as met late', async () => {
    const filed = await judge.post('/api/v1/cases', filingBody());
    const caseId = filed.json().id as string;
    const lead = (await clerk.post(`/api/v1/cases/${caseId}/leads`, { kind: 'deposit', description: '某银行账户', urgent: true })).json();
    clock.set('2026-12-02T02:00:00.000Z');
    await clerk.post(`/api/v1/leads/${lead.id}/outcome`, { outcome: 'not-verifiable', on: '2026-12-02', note: '未提供开户行' });
    const events = await sql<{
      changes: { late: boolean };
    }>`select changes from events where entity_id = ${lead.id} and action = 'case.asset-lead-verified'`.execute(app.db);
    expect(events.rows[0]!.changes.late).toBe(true);
    const d = (
      (await judge.get(`/api/v1/cases/${caseId}/deadlines`)).json().items as { node: string; state: string; late?: boolean }[]
    ).find((x) => x.node === 'lead-verification');
    expect(d).toMatchObject({ state: 'met' });
  });

  it('does not reach a lead of another court', async () => {
    const filed = await judge.post('/api/v1/cases', filingBody());
    const lead = (await clerk.post(`/api/v1/cases/${filed.json().id}/leads`, flat)).json();
    const taishan = client(app, await login(app, 'taishan'));
    expectProblem(
      await taishan.post(`/api/v1/leads/${lead.id}/outcome`, { outcome: 'verified-found', on: '2026-11-26' }),
      404,
      'lead-not-found',
    );
    expectProblem(await taishan.get(`/api/v1/cases/${filed.json().id}/leads`), 404, 'case-not-found');
  });
});
