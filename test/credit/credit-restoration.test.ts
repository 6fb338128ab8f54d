import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, movableClock } from '../api/fixtures.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';

// Credit restoration (信用修复, 失信名单规定(2017) 第2条第2款, ADR 0209) through the API: the officer or the
// listed debtor files a request with a written commitment; the 执行法官 reviews, the 院长 approves, and
// the listing is deleted early as credit-restored, told to every recipient; a rejection keeps it.

const clock = movableClock(TEST_NOW); // Thursday 2026-11-26, 10:00 in Shanghai
let app: TestApp;
let judge: ReturnType<typeof client>;
let head: ReturnType<typeof client>;
let president: ReturnType<typeof client>;

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 365 } });
  judge = client(app, await login(app, 'judge'));
  head = client(app, await login(app, 'head'));
  president = client(app, await login(app, 'president'));
});
afterAll(() => app?.close());
beforeEach(() => clock.set(TEST_NOW));

let seq = 500;
const idNumber = () => makeResidentId('440703', localDate('1982-03-04'), seq++);
const commitment = '本人承诺按履行计划按期履行剩余义务，如实申报财产，不再实施任何失信行为。';
const request = (over: Record<string, unknown> = {}) => ({
  ground: 'performed-in-part-with-plan',
  evidence: '已履行 50000.00 元，提交分期履行计划：每月 10000.00 元',
  commitment,
  ...over,
});

/** A case against this person, listed on ground 1 and approved by the 院长 (published at once, or decided with a month's grace). */
async function listed(id = idNumber(), graceMonths = 0) {
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [{ kind: 'person', name: '梁国强', idNumber: id }] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const caseId = filed.json().id as string;
  const partyId = ((await judge.get(`/api/v1/cases/${caseId}`)).json().debtors as { id: string }[])[0]!.id;
  const res = await judge.post(`/api/v1/cases/${caseId}/dishonest-listings`, {
    debtorPartyId: partyId,
    ground: 1,
    decidedOn: clock.today(),
    graceMonths,
  });
  expect(res.statusCode, res.body).toBe(201);
  expect((await president.post(`/api/v1/approvals/${res.json().approvalId}/approve`, {})).statusCode).toBe(200);
  return { caseId, partyId, listingId: res.json().id as string, idNumber: id };
}

/** A party account for the debtor with this identity (bound on the evidence of its case). */
async function debtorAccount(username: string, identity: string) {
  const r = await createUser(app, systemPrincipal(app, '测试数据'), {
    username,
    displayName: '梁国强（被执行人）',
    role: 'party',
    courtCode: '粤0703',
    scope: 'court',
    partyIdentity: identity,
    password: DEMO_PASSWORD,
  });
  expect(r.ok, JSON.stringify(r)).toBe(true);
  return client(app, await login(app, username));
}

const approve = (who: ReturnType<typeof client>, id: string, opinion = '同意') => who.post(`/api/v1/approvals/${id}/approve`, { opinion });
const counts = async () =>
  (
    await sql<{ r: string; e: string; a: string }>`select (select count(*) from credit_restorations) as r,
      (select count(*) from events) as e, (select count(*) from approval_requests) as a`.execute(app.db)
  ).rows[0]!;

describe('the officer files, the judge and the president approve', () => {
  it('deletes the listing early as credit-restored, queues a deletion notice to every recipient, opens the deadline and records the events', async () => {
    const { caseId, listingId, partyId } = await listed();
    const filed = await head.post(`/api/v1/dishonest-listings/${listingId}/restorations`, request());
    expect(filed.statusCode, filed.body).toBe(201);
    const r = filed.json();
    expect(r).toMatchObject({ listingId, state: 'pending', filedByKind: 'officer', ground: 'performed-in-part-with-plan', commitment });

    // The judge's inbox reads it as a restoration; the president's does not have it yet.
    const inbox = (await judge.get('/api/v1/approvals')).json().items as { id: string; summary: string; kind: string }[];
    const item = inbox.find((a) => a.id === r.approvalId)!;
    expect(item).toMatchObject({ kind: 'credit.restoration', kindName: '信用修复', awaitingRoleName: '执行法官（合议庭）' });
    expect(item.summary).toMatch(/^信用修复：梁国强（第1项 .+；积极履行：已履行部分义务并提出履行计划）$/);
    expect(((await president.get('/api/v1/approvals')).json().items as { id: string }[]).some((a) => a.id === r.approvalId)).toBe(false);

    clock.set('2026-11-27T02:00:00.000Z');
    expect((await approve(judge, r.approvalId)).statusCode).toBe(200);
    expect((await judge.get(`/api/v1/dishonest-listings/${listingId}`)).json().status).toBe('published');
    const done = await approve(president, r.approvalId, '同意信用修复');
    expect(done.statusCode, done.body).toBe(200);

    expect((await judge.get(`/api/v1/dishonest-listings/${listingId}`)).json()).toMatchObject({
      status: 'deleted',
      endGround: 'credit-restored',
      endGroundName: '信用修复，提前删除失信信息',
      endedOn: '2026-11-27',
      deletionDueOn: '2026-12-02',
    });
    const list = (await judge.get(`/api/v1/dishonest-listings/${listingId}/restorations`)).json().items;
    expect(list).toEqual([
      expect.objectContaining({ id: r.id, state: 'approved', decidedOn: '2026-11-27', stateName: '已同意修复，失信信息已删除' }),
    ]);
    const notices = await sql<{ recipient: string }>`select recipient from credit_notifications
      where listing_id = ${listingId} and kind = 'deletion' order by recipient`.execute(app.db);
    expect(notices.rows).toHaveLength(5);
    const deadline = await sql<{ state: string; due_on: string }>`select state, due_on::text from deadlines
      where node = 'dishonest-deletion' and subject = ${listingId}`.execute(app.db);
    expect(deadline.rows).toEqual([{ state: 'open', due_on: '2026-12-02' }]);

    const events = await sql<{ action: string; court_id: number; changes: Record<string, unknown> }>`select action, court_id, changes
      from events where entity_id in (${listingId}, ${r.id}) order by seq`.execute(app.db);
    expect(events.rows.map((e) => e.action)).toEqual([
      'credit.listing-requested',
      'credit.listing-decided',
      'credit.listing-published',
      'credit.restoration-requested',
      'credit.listing-deleted',
      'credit.restoration-approved',
    ]);
    const approved = events.rows.at(-1)!;
    expect(approved.changes).toMatchObject({
      listingId,
      debtorPartyId: partyId,
      debtor: '梁国强',
      ground: 'performed-in-part-with-plan',
      decidedOn: '2026-11-27',
    });
    const court = await sql<{ court_id: number }>`select court_id from cases where id = ${caseId}`.execute(app.db);
    expect(approved.court_id).toBe(court.rows[0]!.court_id);

    const stats = (await judge.get('/api/v1/credit/statistics?year=2026&quarter=4')).json();
    const own = stats.periods[0].rows[0];
    expect(own.restorations).toBe(1);
    expect(own.deletions.find((d: { ground: string }) => d.ground === 'credit-restored').count).toBe(1);
  });

  it('a rejection keeps the listing and records why; a new request may then be filed', async () => {
    const { listingId } = await listed();
    const r = (await head.post(`/api/v1/dishonest-listings/${listingId}/restorations`, request({ ground: 'security-provided' }))).json();
    expect((await approve(judge, r.approvalId)).statusCode).toBe(200);
    const rejected = await president.post(`/api/v1/approvals/${r.approvalId}/reject`, { opinion: '担保财产价值不足' });
    expect(rejected.statusCode, rejected.body).toBe(200);
    expect((await judge.get(`/api/v1/dishonest-listings/${listingId}`)).json().status).toBe('published');
    const items = (await judge.get(`/api/v1/dishonest-listings/${listingId}/restorations`)).json().items;
    expect(items).toEqual([expect.objectContaining({ state: 'rejected', stateName: '不予修复', decisionReason: '担保财产价值不足' })]);
    const actions = await sql<{ action: string }>`select action from events where entity_id = ${r.id} order by seq`.execute(app.db);
    expect(actions.rows.map((a) => a.action)).toEqual(['credit.restoration-requested', 'credit.restoration-rejected']);
    expect((await head.post(`/api/v1/dishonest-listings/${listingId}/restorations`, request())).statusCode).toBe(201);
  });

  it('restores a listing decided and still in its grace: deleted without notices (nothing was published)', async () => {
    const { listingId } = await listed(idNumber(), 1);
    expect((await judge.get(`/api/v1/dishonest-listings/${listingId}`)).json().status).toBe('decided');
    const r = (await head.post(`/api/v1/dishonest-listings/${listingId}/restorations`, request({ ground: 'settlement-reached' }))).json();
    expect((await approve(judge, r.approvalId)).statusCode).toBe(200);
    expect((await approve(president, r.approvalId)).statusCode).toBe(200);
    expect((await judge.get(`/api/v1/dishonest-listings/${listingId}`)).json()).toMatchObject({
      status: 'deleted',
      endGround: 'credit-restored',
      deletionDueOn: null,
    });
    const n = await sql<{ n: string }>`select count(*) as n from credit_notifications where listing_id = ${listingId}`.execute(app.db);
    expect(Number(n.rows[0]!.n)).toBe(0);
  });
});

describe('the debtor files in the party portal', () => {
  it('sees its own listing, files a request with its commitment, and sees where it stands', async () => {
    const { caseId, listingId, idNumber: id } = await listed();
    const party = await debtorAccount('debtor-own', id);
    const before = (await party.get(`/api/v1/party/cases/${caseId}/dishonest-listings`)).json().items;
    expect(before).toEqual([expect.objectContaining({ id: listingId, status: 'published', restorable: true, restorations: [] })]);
    expect(before[0]).not.toHaveProperty('evidence');
    const filed = await party.post(
      `/api/v1/party/dishonest-listings/${listingId}/restorations`,
      request({ ground: 'behaviour-corrected' }),
    );
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ filedByKind: 'debtor', filedBy: '梁国强（被执行人）', state: 'pending' });
    const after = (await party.get(`/api/v1/party/cases/${caseId}/dishonest-listings`)).json().items[0];
    expect(after).toMatchObject({ restorable: false, restorations: [expect.objectContaining({ state: 'pending', stateName: '审批中' })] });
    const inbox = (await judge.get('/api/v1/approvals')).json().items as { id: string; requestedBy: { name: string } }[];
    expect(inbox.find((a) => a.id === filed.json().approvalId)?.requestedBy.name).toBe('梁国强（被执行人）');
  });

  it('answers 404 for a listing of someone else, and the staff and party routes stay apart', async () => {
    const mine = await listed();
    const other = await listed();
    const party = await debtorAccount('debtor-other', mine.idNumber);
    const before = await counts();
    expectProblem(
      await party.post(`/api/v1/party/dishonest-listings/${other.listingId}/restorations`, request()),
      404,
      'dishonest-listing-not-found',
    );
    expectProblem(await party.get(`/api/v1/party/cases/${other.caseId}/dishonest-listings`), 404, 'case-not-found');
    expectProblem(await party.post(`/api/v1/dishonest-listings/${mine.listingId}/restorations`, request()), 403, 'forbidden');
    expectProblem(await judge.post(`/api/v1/party/dishonest-listings/${mine.listingId}/restorations`, request()), 403, 'forbidden');
    expect(await counts()).toEqual(before);
  });
});

describe('refusals write nothing', () => {
  it('an ended listing, a pending request, a missing commitment or facts, an unknown ground', async () => {
    const { caseId, listingId } = await listed();
    expect((await head.post(`/api/v1/dishonest-listings/${listingId}/restorations`, request())).statusCode).toBe(201);
    const ended = await listed();
    expect(
      (
        await judge.post(`/api/v1/dishonest-listings/${ended.listingId}/deletion`, {
          ground: 'applicant-request',
          deletedOn: clock.today(),
          reason: '申请执行人书面申请删除',
        })
      ).statusCode,
    ).toBe(200);
    const before = await counts();
    expectProblem(await head.post(`/api/v1/dishonest-listings/${ended.listingId}/restorations`, request()), 409, 'listing-not-restorable');
    expectProblem(await head.post(`/api/v1/dishonest-listings/${listingId}/restorations`, request()), 409, 'restoration-pending');
    expectProblem(
      await head.post(`/api/v1/dishonest-listings/${ended.listingId}/restorations`, request({ commitment: '我承诺' })),
      409,
      'listing-not-restorable',
    );
    const fresh = await listed();
    const url = `/api/v1/dishonest-listings/${fresh.listingId}/restorations`;
    const afterFresh = await counts();
    expectProblem(await head.post(url, request({ commitment: '我保证会还钱' })), 422, 'commitment-too-short');
    expectProblem(await head.post(url, request({ commitment: '   ' })), 422, 'validation-failed');
    expectProblem(await head.post(url, request({ evidence: '  ' })), 422, 'validation-failed');
    expectProblem(await head.post(url, request({ ground: 'paid-a-fee' })), 422, 'validation-failed');
    const { commitment: _c, ...noCommitment } = request();
    expectProblem(await head.post(url, noCommitment), 422, 'validation-failed');
    expectProblem(
      await head.post('/api/v1/dishonest-listings/00000000-0000-4000-8000-000000000000/restorations', request()),
      404,
      'dishonest-listing-not-found',
    );
    expect(await counts()).toEqual(afterFresh);
    expect(before.r).toBe(afterFresh.r);
    expect((await judge.get(`/api/v1/cases/${caseId}`)).statusCode).toBe(200);
  });
});
