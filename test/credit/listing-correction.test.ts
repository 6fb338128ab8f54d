import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, HOUR, movableClock } from '../api/fixtures.ts';
import { testPolicy } from '../outbox/outbox-fixtures.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';
import { deliverDue } from '../../src/outbox/deliver.ts';
import { connectorRegistry } from '../../src/outbox/registry.ts';
import { sandboxCreditRecipients } from '../../src/institutions/sandbox/credit-recipients.ts';

// Correction requests of a dishonest listing and their 复议 (失信名单规定(2017) 第11–12条, ADR 0211):
// a justified request deletes the listing or corrects its published data and tells every
// recipient; a rejection goes to the higher court for 复议 within ten days; the higher court's
// revocation deletes the listing. Every refusal writes nothing.

const clock = movableClock(TEST_NOW); // Thursday 2026-11-26, 10:00 in Shanghai
let app: TestApp;
let judge: ReturnType<typeof client>;
let president: ReturnType<typeof client>;
let higher: ReturnType<typeof client>;
const recipients = sandboxCreditRecipients();
const registry = connectorRegistry(recipients.map((r) => r.connector));

const password = 'higher-court-pass-1';
beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 365 } });
  judge = client(app, await login(app, 'judge'));
  president = client(app, await login(app, 'president'));
  const made = await createUser(app, systemPrincipal(app, '系统'), {
    username: 'zhongyuan',
    displayName: '何立新（江门中院执行法官）',
    password,
    role: 'judge',
    courtCode: '粤07',
    scope: 'subtree',
  });
  expect(made.ok).toBe(true);
  higher = client(app, await login(app, 'zhongyuan', password));
});
afterAll(() => app?.close());
beforeEach(() => clock.set(TEST_NOW));

let seq = 500;
const idNumber = () => makeResidentId('440703', localDate('1980-05-05'), seq++);

async function publishedListing(idNo = idNumber()) {
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [{ kind: 'person', name: '梁国强', idNumber: idNo }] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const caseId = filed.json().id as string;
  const partyId = ((await judge.get(`/api/v1/cases/${caseId}`)).json().debtors as { id: string }[])[0]!.id;
  const res = await judge.post(`/api/v1/cases/${caseId}/dishonest-listings`, {
    debtorPartyId: partyId,
    ground: 1,
    decidedOn: clock.today(),
    graceMonths: 0,
  });
  expect(res.statusCode, res.body).toBe(201);
  expect((await president.post(`/api/v1/approvals/${res.json().approvalId}/approve`, {})).statusCode).toBe(200);
  return { caseId, partyId, listingId: res.json().id as string, idNo };
}

const deliver = () => deliverDue(app, registry, { worker: 'correction-test', limit: 500, policy: testPolicy() });
const request = (listingId: string, body: Record<string, unknown>) =>
  judge.post(`/api/v1/dishonest-listings/${listingId}/corrections`, { filedOn: clock.today(), request: '申请纠正', ...body });
const deadlines = async (caseId: string) =>
  (
    await sql<{ node: string; state: string; due_on: string; court_id: number }>`select node, state, due_on::text, court_id from deadlines
      where case_id = ${caseId} and node like 'dishonest-%' order by node`.execute(app.db)
  ).rows;
const notices = async (listingId: string, kind: string) =>
  (
    await sql<{ recipient: string; state: string }>`select recipient, state from credit_notifications
      where listing_id = ${listingId} and kind = ${kind} order by seq`.execute(app.db)
  ).rows;
const counts = async () =>
  (
    await sql<Record<string, string>>`select (select count(*) from listing_corrections) as c, (select count(*) from events) as e,
      (select count(*) from deadlines) as d, (select count(*) from credit_notifications) as n,
      (select count(*) from dishonest_listings where status = 'deleted') as deleted,
      (select string_agg(state || reconsideration_state, ',' order by seq) from listing_corrections) as states`.execute(app.db)
  ).rows[0]!;

describe('a justified correction request', () => {
  it('ground 1 (should not have been listed): deleted on ground corrected, every recipient told, the deadlines met', async () => {
    const { caseId, listingId } = await publishedListing();
    await deliver();
    const filed = await request(listingId, { ground: 'not-listable', request: '已提供充分有效担保，不应纳入' });
    expect(filed.statusCode, filed.body).toBe(201);
    expect(filed.json()).toMatchObject({ state: 'pending', stateName: '待审查', reviewDueOn: '2026-12-11', groundArticle: '第11条第1项' });

    clock.set('2026-11-27T02:00:00.000Z'); // Friday
    const decided = await judge.post(`/api/v1/listing-corrections/${filed.json().id}/decision`, {
      justified: true,
      decidedOn: '2026-11-27',
      reason: '担保经审查充分有效',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ state: 'justified', correctDueOn: '2026-12-02', decidedOn: '2026-11-27' });
    const listing = (await judge.get(`/api/v1/dishonest-listings/${listingId}`)).json();
    expect(listing).toMatchObject({
      status: 'deleted',
      endGround: 'corrected',
      endGroundName: '纠正：不应纳入或应删除',
      endedOn: '2026-11-27',
    });
    expect((await notices(listingId, 'deletion')).map((n) => n.recipient)).toHaveLength(5);

    clock.advance(HOUR);
    await deliver();
    expect((await notices(listingId, 'deletion')).every((n) => n.state === 'acknowledged')).toBe(true);
    expect((await deadlines(caseId)).map(({ node, state }) => [node, state])).toEqual([
      ['dishonest-correction', 'met'],
      ['dishonest-correction-review', 'met'],
      ['dishonest-deletion', 'met'],
    ]);
    const events = (
      await sql<{
        action: string;
      }>`select action from events where case_id = ${caseId} and action like 'credit.correction-%' order by seq`.execute(app.db)
    ).rows;
    expect(events.map((e) => e.action)).toEqual(['credit.correction-requested', 'credit.correction-decided']);
  });

  it('ground 2 (published data wrong): the corrected ID number and obligation are what the public reads, and every recipient gets a correction notice', async () => {
    const { listingId, idNo } = await publishedListing();
    await deliver();
    const right = idNumber();
    const filed = await request(listingId, { ground: 'data-wrong', request: '公布的身份证号码有误', correctedFields: { idNumber: right } });
    expect(filed.statusCode, filed.body).toBe(201);
    const decided = await judge.post(`/api/v1/listing-corrections/${filed.json().id}/decision`, {
      justified: true,
      decidedOn: '2026-11-26',
      correctedFields: { idNumber: right, obligation: '给付货款（100000.00元）' },
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().correctedFields).toEqual({ idNumber: right, obligation: '给付货款（100000.00元）' });
    expect((await judge.get(`/api/v1/dishonest-listings/${listingId}`)).json().status).toBe('published');

    const byNew = (await app.server.inject({ method: 'GET', url: `/api/v1/public/dishonest?q=${right}` })).json();
    expect(byNew.items).toHaveLength(1);
    expect(byNew.items[0]).toMatchObject({ name: '梁国强', obligation: '给付货款（100000.00元）' });
    expect(byNew.items[0].idNumber).toBe(`${right.slice(0, 6)}********${right.slice(14)}`);
    const byOld = (await app.server.inject({ method: 'GET', url: `/api/v1/public/dishonest?q=${idNo}` })).json();
    expect(byOld.items).toHaveLength(0);

    expect(await notices(listingId, 'correction')).toHaveLength(5);
    clock.advance(HOUR);
    await deliver();
    expect((await notices(listingId, 'correction')).every((n) => n.state === 'acknowledged')).toBe(true);
    const payload = (
      await sql<{ payload: { kind: string; debtor: { identity: string } } }>`select r.payload from credit_notifications n
        join outbound_requests r on r.id = n.request_id where n.listing_id = ${listingId} and n.kind = 'correction' limit 1`.execute(app.db)
    ).rows[0]!.payload;
    expect(payload).toMatchObject({ kind: 'correction', debtor: { identity: right } });
  });
});

describe('rejection and 复议 at the higher court', () => {
  async function rejected() {
    const l = await publishedListing();
    const filed = await request(l.listingId, { ground: 'should-be-deleted', request: '已履行完毕，应予删除' });
    expect(filed.statusCode, filed.body).toBe(201);
    const decided = await judge.post(`/api/v1/listing-corrections/${filed.json().id}/decision`, {
      justified: false,
      decidedOn: '2026-11-26',
      reason: '尚有未履行的金钱债务',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json()).toMatchObject({ state: 'rejected', stateName: '理由不成立，决定驳回' });
    return { ...l, correctionId: filed.json().id as string };
  }

  it('复议 within ten days goes to 江门中院; the listing stays published; its revocation deletes the listing', async () => {
    const { caseId, listingId, correctionId } = await rejected();
    clock.set('2026-12-06T02:00:00.000Z'); // the tenth day after the rejection of 11-26
    const filed = await judge.post(`/api/v1/listing-corrections/${correctionId}/reconsideration`, { filedOn: '2026-12-06' });
    expect(filed.statusCode, filed.body).toBe(200);
    expect(filed.json().reconsideration).toMatchObject({ state: 'pending', court: '广东省江门市中级人民法院', dueOn: '2026-12-21' });
    expect((await judge.get(`/api/v1/dishonest-listings/${listingId}`)).json().status).toBe('published');
    const open = (await deadlines(caseId)).find((d) => d.node === 'dishonest-reconsideration')!;
    expect(open).toMatchObject({ state: 'open', due_on: '2026-12-21', court_id: app.courts.byCode('粤07')!.id });

    // The court that rejected may not decide its own 复议.
    const before = await counts();
    expectProblem(
      await judge.post(`/api/v1/listing-corrections/${correctionId}/reconsideration/decision`, {
        revoked: true,
        decidedOn: '2026-12-06',
        reason: '撤销',
      }),
      403,
      'not-higher-court',
    );
    expect(await counts()).toEqual(before);

    const decided = await higher.post(`/api/v1/listing-corrections/${correctionId}/reconsideration/decision`, {
      revoked: true,
      decidedOn: '2026-12-06',
      reason: '被执行人已全部履行，应予删除',
    });
    expect(decided.statusCode, decided.body).toBe(200);
    expect(decided.json().reconsideration).toMatchObject({ state: 'revoked', decidedBy: '何立新（江门中院执行法官）' });
    expect((await judge.get(`/api/v1/dishonest-listings/${listingId}`)).json()).toMatchObject({
      status: 'deleted',
      endGround: 'corrected',
    });
    expect(await notices(listingId, 'deletion')).toHaveLength(5);
    expect((await deadlines(caseId)).find((d) => d.node === 'dishonest-reconsideration')!.state).toBe('met');
    const list = (await judge.get(`/api/v1/dishonest-listings/${listingId}/corrections`)).json();
    expect(list.items).toHaveLength(1);
  });

  it('refuses 复议 after the tenth day (Sunday 12-06, so Monday 12-07 is the last): on 12-08, writing nothing', async () => {
    const { correctionId } = await rejected();
    clock.set('2026-12-08T02:00:00.000Z');
    const before = await counts();
    expectProblem(
      await judge.post(`/api/v1/listing-corrections/${correctionId}/reconsideration`, { filedOn: '2026-12-08' }),
      409,
      'reconsideration-out-of-time',
    );
    expect(await counts()).toEqual(before);
    const inTime = await judge.post(`/api/v1/listing-corrections/${correctionId}/reconsideration`, { filedOn: '2026-12-07' });
    expect(inTime.statusCode, inTime.body).toBe(200);
    const filed = await counts();
    expectProblem(
      await judge.post(`/api/v1/listing-corrections/${correctionId}/reconsideration`, { filedOn: '2026-12-07' }),
      409,
      'reconsideration-already-filed',
    );
    expect(await counts()).toEqual(filed);
  });
});

describe('refusals write nothing', () => {
  it('a second pending request, an unknown ground, a decision twice, 复议 of a justified request, a listing that ended, another debtor on the portal', async () => {
    const { listingId } = await publishedListing();
    const filed = await request(listingId, { ground: 'data-wrong', request: '姓名有误', correctedFields: { name: '梁国强' } });
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id as string;
    const before = await counts();
    expectProblem(await request(listingId, { ground: 'not-listable' }), 409, 'correction-pending');
    expectProblem(await request(listingId, { ground: 'whatever' }), 422, 'validation-failed');
    expectProblem(
      await judge.post(`/api/v1/listing-corrections/${id}/decision`, { justified: false, decidedOn: '2026-11-26' }),
      422,
      'correction-reason-required',
    );
    expectProblem(
      await judge.post(`/api/v1/listing-corrections/${id}/decision`, {
        justified: true,
        decidedOn: '2026-11-26',
        correctedFields: { idNumber: '440703198005050000' },
      }),
      422,
      'corrected-field-invalid',
    );
    expectProblem(
      await judge.post(`/api/v1/listing-corrections/${id}/reconsideration`, { filedOn: '2026-11-26' }),
      409,
      'correction-not-rejected',
    );
    expectProblem(
      await judge.post(`/api/v1/listing-corrections/${id}/reconsideration/decision`, {
        revoked: true,
        decidedOn: '2026-11-26',
        reason: '撤销',
      }),
      409,
      'reconsideration-not-pending',
    );
    expect(await counts()).toEqual(before);

    const rejected = await judge.post(`/api/v1/listing-corrections/${id}/decision`, {
      justified: false,
      decidedOn: '2026-11-26',
      reason: '姓名无误',
    });
    expect(rejected.statusCode, rejected.body).toBe(200);
    const after = await counts();
    expectProblem(
      await judge.post(`/api/v1/listing-corrections/${id}/decision`, { justified: true, decidedOn: '2026-11-26' }),
      409,
      'correction-decided',
    );
    expect(await counts()).toEqual(after);

    const deleted = await judge.post(`/api/v1/dishonest-listings/${listingId}/deletion`, {
      ground: 'applicant-request',
      deletedOn: '2026-11-26',
      reason: '申请执行人书面申请',
    });
    expect(deleted.statusCode, deleted.body).toBe(200);
    const ended = await counts();
    expectProblem(await request(listingId, { ground: 'not-listable' }), 409, 'listing-ended');
    expect(await counts()).toEqual(ended);
  });

  it('the debtor files on the portal; another party reads 404', async () => {
    const { listingId, idNo } = await publishedListing();
    const stranger = await publishedListing();
    const sys = systemPrincipal(app, '系统');
    const party = async (identity: string) => {
      const made = await createUser(app, sys, {
        username: `p-${identity}`,
        displayName: '梁国强',
        password,
        role: 'party',
        courtCode: '粤0703',
        scope: 'court',
        partyIdentity: identity,
      });
      expect(made.ok).toBe(true);
      return client(app, await login(app, `p-${identity}`, password));
    };
    const debtor = await party(idNo);
    const other = await party(stranger.idNo);
    const body = { ground: 'not-listable', filedOn: '2026-11-26', request: '本人不应被纳入' };
    const before = await counts();
    expectProblem(await other.post(`/api/v1/party/dishonest-listings/${listingId}/corrections`, body), 404, 'dishonest-listing-not-found');
    expect(await counts()).toEqual(before);
    const own = await debtor.post(`/api/v1/party/dishonest-listings/${listingId}/corrections`, body);
    expect(own.statusCode, own.body).toBe(201);
    expect(own.json()).toMatchObject({ filedBy: 'debtor', state: 'pending' });
  });
});
