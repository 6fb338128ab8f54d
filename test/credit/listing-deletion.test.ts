import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, HOUR, movableClock, newCreditCode } from '../api/fixtures.ts';
import { testPolicy } from '../outbox/outbox-fixtures.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';
import { deliverDue } from '../../src/outbox/deliver.ts';
import { connectorRegistry } from '../../src/outbox/registry.ts';
import { sandboxCreditRecipients } from '../../src/institutions/sandbox/credit-recipients.ts';
import { expireListingsSweep } from '../../src/credit/credit-sweeps.ts';

// Ending a dishonest listing (失信名单规定(2017) 第10条) through the API: automatic deletion when
// the case closes as 执行完毕, the officer's deletion on a ground, the end of a term by the sweep,
// the six-month bar after a deletion at the applicant's request; and the notices of every addition
// and deletion reaching each of the five recipients, in order, also after one was down for a day.

const clock = movableClock(TEST_NOW); // Thursday 2026-11-26, 10:00 in Shanghai
let app: TestApp;
let judge: ReturnType<typeof client>;
let clerk: ReturnType<typeof client>;
let president: ReturnType<typeof client>;
const recipients = sandboxCreditRecipients();
const registry = connectorRegistry(recipients.map((r) => r.connector));
const bank = recipients.find((r) => r.id === 'credit-bank')!;

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 365 * 4 } });
  judge = client(app, await login(app, 'judge'));
  clerk = client(app, await login(app, 'clerk'));
  president = client(app, await login(app, 'president'));
});
afterAll(() => app?.close());
beforeEach(() => clock.set(TEST_NOW));

let seq = 300;
const person = () => ({ kind: 'person', name: '梁国强', idNumber: makeResidentId('440703', localDate('1980-05-05'), seq++) });
const firm = () => ({ kind: 'organization', name: '江门市恒泰建材有限公司', creditCode: newCreditCode(), legalRepresentative: '梁国强' });

async function caseAgainst(debtor: Record<string, unknown>) {
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [debtor] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const caseId = filed.json().id as string;
  const debtors = (await judge.get(`/api/v1/cases/${caseId}`)).json().debtors as { id: string }[];
  return { caseId, partyId: debtors[0]!.id };
}

/** A listing approved by the 院长 with no grace, so published at once (ground 1, or 2 with its evidence). */
async function publishedListing(ground = 1, debtor: Record<string, unknown> = person()) {
  const c = await caseAgainst(debtor);
  const res = await judge.post(`/api/v1/cases/${c.caseId}/dishonest-listings`, {
    debtorPartyId: c.partyId,
    ground,
    decidedOn: clock.today(),
    graceMonths: 0,
    ...(ground === 1 ? {} : { evidence: '以暴力方法抗拒执行人员查封财产' }),
  });
  expect(res.statusCode, res.body).toBe(201);
  expect((await president.post(`/api/v1/approvals/${res.json().approvalId}/approve`, {})).statusCode).toBe(200);
  return { ...c, listingId: res.json().id as string };
}

const deliver = () => deliverDue(app, registry, { worker: 'credit-test', limit: 500, policy: testPolicy() });
const notices = async (id: string) => (await judge.get(`/api/v1/dishonest-listings/${id}/notifications`)).json();
const deletionDeadline = async (listingId: string) =>
  (
    await sql<{ state: string; due_on: string }>`select state, due_on::text from deadlines
      where node = 'dishonest-deletion' and subject = ${listingId}`.execute(app.db)
  ).rows;
const counts = async () =>
  (
    await sql<{
      l: string;
      e: string;
      n: string;
    }>`select (select count(*) from dishonest_listings where status in ('deleted','expired')) as l,
      (select count(*) from events) as e, (select count(*) from credit_notifications) as n`.execute(app.db)
  ).rows[0]!;

describe('automatic deletion and its notices', () => {
  it('a listing is published, told to five recipients, deleted when the case closes as 执行完毕, and the deletion deadline is met by the last acknowledgement', async () => {
    const { caseId, listingId } = await publishedListing();
    const added = await notices(listingId);
    expect(added.items.map((i: { recipient: string }) => i.recipient)).toEqual([
      'credit-bank',
      'credit-bureau',
      'credit-rail',
      'credit-airline',
      'credit-market-regulator',
    ]);
    expect(added.items.every((i: { addition: { state: string } }) => i.addition.state === 'sent')).toBe(true);
    expect((await deliver()).answered).toBeGreaterThanOrEqual(5);
    const acknowledged = await notices(listingId);
    expect(acknowledged.allAcknowledged).toBe(true);
    expect(acknowledged.items[0].addition).toMatchObject({ state: 'acknowledged', stateName: '已确认收到', attempts: 1 });
    expect(acknowledged.items[0].addition.reference).toMatch(/^ACK-credit-bank-/);
    expect(acknowledged.items.every((i: { deletion: unknown }) => i.deletion === null)).toBe(true);

    // Friday 2026-11-27: paid in full, closed as 执行完毕 → deleted at once, three working days to tell everyone.
    clock.set('2026-11-27T02:00:00.000Z');
    const closed = await judge.post(`/api/v1/cases/${caseId}/close`, {
      mode: 'fully-enforced',
      closedOn: '2026-11-27',
      reason: '已全部履行',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    const deleted = (await judge.get(`/api/v1/dishonest-listings/${listingId}`)).json();
    expect(deleted).toMatchObject({
      status: 'deleted',
      endedOn: '2026-11-27',
      endGround: 'performed',
      endGroundName: '全部履行完毕（执行完毕）',
      deletionDueOn: '2026-12-02',
    });
    expect(await deletionDeadline(listingId)).toEqual([{ state: 'open', due_on: '2026-12-02' }]);
    expect((await notices(listingId)).allAcknowledged).toBe(false);

    clock.advance(HOUR);
    await deliver();
    const done = await notices(listingId);
    expect(done.allAcknowledged).toBe(true);
    expect(done.items.every((i: { deletion: { state: string } }) => i.deletion.state === 'acknowledged')).toBe(true);
    expect(await deletionDeadline(listingId)).toEqual([{ state: 'met', due_on: '2026-12-02' }]);
    const actions = await sql<{ action: string }>`select action from events where entity_id = ${listingId} order by seq`.execute(app.db);
    expect(actions.rows.map((r) => r.action)).toEqual([
      'credit.listing-requested',
      'credit.listing-decided',
      'credit.listing-published',
      'credit.listing-deleted',
    ]);
  });

  it('a recipient down for a day receives every addition and deletion, in order, once it is back', async () => {
    const a = await publishedListing();
    const b = await publishedListing(1, firm());
    bank.setDown(true);
    await deliver();
    const del = (id: string, reason: string) =>
      judge.post(`/api/v1/dishonest-listings/${id}/deletion`, { ground: 'applicant-request', deletedOn: clock.today(), reason });
    expect((await del(b.listingId, '申请执行人书面申请删除')).statusCode).toBe(200);
    expect((await del(a.listingId, '申请执行人书面申请删除')).statusCode).toBe(200);
    for (let h = 0; h < 24; h++) {
      clock.advance(HOUR);
      await deliver();
    }
    const mine = (r: (typeof recipients)[number]) =>
      r
        .applied()
        .filter((n) => n.listingId === a.listingId || n.listingId === b.listingId)
        .map((n) => `${n.kind}:${n.listingId}`);
    const expected = [`addition:${a.listingId}`, `addition:${b.listingId}`, `deletion:${b.listingId}`, `deletion:${a.listingId}`];
    expect(mine(bank)).toEqual([]);
    for (const r of recipients.filter((x) => x !== bank)) expect(mine(r)).toEqual(expected);
    const waiting = await notices(a.listingId);
    expect(waiting.items[0].addition.state).toBe('sent');
    expect(waiting.items[0].addition.attempts).toBeGreaterThan(20);
    expect(waiting.items[0].deletion.state).toBe('queued');

    bank.setDown(false);
    clock.advance(HOUR);
    await deliver();
    expect(mine(bank)).toEqual(expected);
    for (const l of [a, b]) expect((await notices(l.listingId)).allAcknowledged).toBe(true);
    // The deletions were due in three working days: one day of outage still met them.
    expect(await deletionDeadline(a.listingId)).toMatchObject([{ state: 'met' }]);
  });
});

describe('the officer’s deletion, the term’s end and the relisting bar', () => {
  it('refuses a bad deletion with its code and writes nothing', async () => {
    const { listingId } = await publishedListing();
    const before = await counts();
    const del = (body: Record<string, unknown>, id = listingId) => judge.post(`/api/v1/dishonest-listings/${id}/deletion`, body);
    const on = { deletedOn: '2026-11-26' };
    expect(expectProblem(await del({ ...on, ground: 'mercy' }), 422, 'validation-failed').errors).toMatchObject([{ field: 'ground' }]);
    expectProblem(await del({ ...on, ground: 'performed' }), 409, 'deletion-ground-not-established');
    expectProblem(await del({ ...on, ground: 'applicant-request' }), 422, 'deletion-reason-required');
    expectProblem(await del({ ground: 'terminated', deletedOn: '2026-11-25', reason: '终结' }), 422, 'deletion-before-decision');
    expectProblem(await del({ ground: 'terminated', deletedOn: '2026-12-30', reason: '终结' }), 422, 'date-in-future');
    const none = '00000000-0000-4000-8000-000000000000';
    expectProblem(await del({ ...on, ground: 'terminated', reason: '终结' }, none), 404, 'dishonest-listing-not-found');
    expectProblem(await judge.get(`/api/v1/dishonest-listings/${none}/notifications`), 404, 'dishonest-listing-not-found');
    expectProblem(
      await clerk.post(`/api/v1/dishonest-listings/${listingId}/deletion`, { ...on, ground: 'terminated', reason: '终结' }),
      403,
      'forbidden',
    );
    expect(await counts()).toEqual(before);
    const done = await del({ ...on, ground: 'terminated', reason: '裁定终结执行' });
    expect(done.statusCode, done.body).toBe(200);
    expectProblem(await del({ ...on, ground: 'terminated', reason: '裁定终结执行' }), 409, 'listing-not-live');
  });

  it('bars relisting for six months after a deletion at the applicant’s request, and allows it on the day the bar ends', async () => {
    const { caseId, partyId, listingId } = await publishedListing();
    const deleted = await judge.post(`/api/v1/dishonest-listings/${listingId}/deletion`, {
      ground: 'applicant-request',
      deletedOn: '2026-11-26',
      reason: '申请执行人与被执行人达成和解，书面申请删除',
    });
    expect(deleted.statusCode, deleted.body).toBe(200);
    const relist = (decidedOn: string) =>
      judge.post(`/api/v1/cases/${caseId}/dishonest-listings`, { debtorPartyId: partyId, ground: 1, decidedOn, graceMonths: 0 });
    clock.set('2027-05-25T02:00:00.000Z');
    const barred = await relist('2027-05-25');
    expectProblem(barred, 409, 'relisting-barred');
    expect(barred.json().detail).toContain('2027-05-26');
    clock.set('2027-05-26T02:00:00.000Z');
    expect((await relist('2027-05-26')).statusCode).toBe(201);
  });

  it('ends a two-year listing the day after its term by the sweep, and tells every recipient', async () => {
    const { listingId } = await publishedListing(2);
    const l = (await judge.get(`/api/v1/dishonest-listings/${listingId}`)).json();
    expect(l).toMatchObject({ status: 'published', termYears: 2, endsOn: '2028-11-26' });
    expect((await expireListingsSweep.run(app, { asOf: localDate('2028-11-26'), dryRun: false })).changed).toBe(0);
    clock.set('2028-11-27T02:00:00.000Z');
    expect((await expireListingsSweep.run(app, { asOf: localDate('2028-11-27'), dryRun: false })).changed).toBe(1);
    expect((await judge.get(`/api/v1/dishonest-listings/${listingId}`)).json()).toMatchObject({
      status: 'expired',
      endGround: 'term-expired',
      endedOn: '2028-11-26',
      deletionDueOn: '2028-11-29',
      endedBy: '系统（失信期限届满）',
    });
    expect((await expireListingsSweep.run(app, { asOf: localDate('2028-11-28'), dryRun: false })).changed).toBe(0);
    await deliver();
    expect((await notices(listingId)).allAcknowledged).toBe(true);
  });
});
