import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { strFromU8, unzipSync } from 'fflate';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, movableClock, newCreditCode } from '../api/fixtures.ts';
import { makeResidentId, residentIdCheckChar } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';

// 限制消费令 through the API (限制消费规定(2015修正), ADR 0206): the officer's order signed by the 院长
// with its DOCX to be served, the unit's persons, restriction on a 失信 listing's publication,
// lifting by consent and by 执行完毕 closure, a restricted person's request to spend; and every
// refusal with its stable code, writing nothing.

const clock = movableClock(TEST_NOW); // Thursday 2026-11-26, 10:00 in Shanghai
let app: TestApp;
let judge: ReturnType<typeof client>;
let clerk: ReturnType<typeof client>;
let president: ReturnType<typeof client>;

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 30 } });
  judge = client(app, await login(app, 'judge'));
  clerk = client(app, await login(app, 'clerk'));
  president = client(app, await login(app, 'president'));
});
afterAll(() => app?.close());
beforeEach(() => clock.set(TEST_NOW));

let seq = 300;
const idOf = (birth: string) => makeResidentId('440703', localDate(birth), seq++);
const person = () => ({ kind: 'person', name: '梁国强', idNumber: idOf('1980-05-05') });
const firm = () => ({ kind: 'organization', name: '江门市恒泰建材有限公司', creditCode: newCreditCode(), legalRepresentative: '梁国强' });

async function caseAgainst(debtor: Record<string, unknown>): Promise<{ caseId: string; partyId: string }> {
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [debtor] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const caseId = filed.json().id as string;
  const debtors = (await judge.get(`/api/v1/cases/${caseId}`)).json().debtors as { id: string }[];
  return { caseId, partyId: debtors[0]!.id };
}

type Restriction = Record<string, unknown> & { documentId: string; persons: { idNumber: string | null }[]; spendingRequests: unknown[] };
const order = (caseId: string, body: Record<string, unknown>) => judge.post(`/api/v1/cases/${caseId}/consumption-restrictions`, body);
const restrictions = async (caseId: string) =>
  (await judge.get(`/api/v1/cases/${caseId}/consumption-restrictions`)).json().items as Restriction[];
const approve = async (approvalId: string) => {
  const res = await president.post(`/api/v1/approvals/${approvalId}/approve`, { opinion: '同意' });
  expect(res.statusCode, res.body).toBe(200);
};
const counts = async () =>
  (
    await sql<Record<string, string>>`select (select count(*) from consumption_restrictions) as restrictions,
      (select count(*) from restriction_persons) as persons, (select count(*) from restriction_spending_requests) as spending,
      (select count(*) from events) as events, (select count(*) from approval_requests) as approvals`.execute(app.db)
  ).rows[0]!;
const eventsOf = async (caseId: string) =>
  (
    await sql<{ action: string; changes: Record<string, unknown> }>`select action, changes from events
      where case_id = ${caseId} and action like 'credit.%' order by seq`.execute(app.db)
  ).rows;
const documentText = async (id: string) => {
  const file = await judge.get(`/api/v1/documents/${id}/file`);
  expect(file.statusCode).toBe(200);
  return strFromU8(unzipSync(new Uint8Array(file.rawPayload))['word/document.xml']!).replace(/<[^>]+>/g, '');
};

/** An ordered restriction against a unit, with its legal representative and actual controller named. */
async function orderedAgainstFirm() {
  const { caseId, partyId } = await caseAgainst(firm());
  const res = await order(caseId, {
    debtorPartyId: partyId,
    orderedOn: '2026-11-26',
    persons: [
      { role: 'legal-representative', name: '梁国强', idNumber: idOf('1975-01-01') },
      { role: 'actual-controller', name: '王志明' },
    ],
  });
  expect(res.statusCode, res.body).toBe(201);
  await approve(res.json().approvalId);
  return { caseId, partyId, id: res.json().id as string };
}

describe('ordering a consumption restriction', () => {
  it('orders a unit and its persons: pending for the 院长, ordered on approval with a 限制消费令 of the nine items, then served', async () => {
    const { caseId, partyId } = await caseAgainst(firm());
    const res = await order(caseId, {
      debtorPartyId: partyId,
      orderedOn: '2026-11-26',
      persons: [
        { role: 'legal-representative', name: '梁国强', idNumber: idOf('1975-01-01') },
        { role: 'actual-controller', name: '王志明' },
      ],
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'pending', statusName: '待院长签发', byListing: false, documentId: null });
    expect(res.json().persons.map((p: { role: string }) => p.role)).toEqual(['legal-representative', 'actual-controller']);
    expect(res.json().persons[0].idNumber).toMatch(/^440703\*{8}\d{3}[\dX]$/);

    await approve(res.json().approvalId);
    const [r] = await restrictions(caseId);
    expect(r).toMatchObject({ status: 'ordered', approvedOn: '2026-11-26' });
    const events = await eventsOf(caseId);
    expect(events.map((e) => e.action)).toEqual(['credit.restriction-requested', 'credit.restriction-imposed', 'credit.level-changed']);
    expect(events[1]!.changes).toMatchObject({
      debtorPartyId: partyId,
      debtor: '江门市恒泰建材有限公司',
      orderedOn: '2026-11-26',
      persons: 2,
    });
    expect(events[1]!.changes.byListing).toBe(false);

    const text = await documentText(r!.documentId);
    expect(text).toContain('限制消费令');
    expect(text).toContain('法定代表人梁国强、实际控制人王志明');
    expect(text).toContain('（九）乘坐G字头动车组列车全部座位');
    expect(text).toContain('因私消费以个人财产实施');
    const served = await clerk.post(`/api/v1/documents/${r!.documentId}/services`, {
      method: 'direct',
      servedOn: '2026-11-26',
      recipient: '梁国强',
    });
    expect(served.statusCode, served.body).toBe(201);
    const doc = (await judge.get(`/api/v1/documents/${r!.documentId}`)).json();
    expect(doc).toMatchObject({ kind: 'consumption-restriction-order', kindName: '限制消费令' });
    expect(doc.services).toHaveLength(1);
  });

  it('restricts a natural person himself, with his ID number from the case', async () => {
    const { caseId, partyId } = await caseAgainst(person());
    const res = await order(caseId, { debtorPartyId: partyId, orderedOn: '2026-11-26' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().persons).toMatchObject([{ role: 'debtor', roleName: '被执行人本人', name: '梁国强' }]);
    expect(res.json().persons[0].idNumber).not.toBeNull();
  });

  it('refuses, writing nothing: a unit without its legal representative, a bad ID number, persons of a person, a second order', async () => {
    const { caseId, partyId } = await caseAgainst(firm());
    const other = await caseAgainst(person());
    const before = await counts();
    expectProblem(
      await order(caseId, { debtorPartyId: partyId, orderedOn: '2026-11-26', persons: [{ role: 'actual-controller', name: '王志明' }] }),
      422,
      'legal-representative-required',
    );
    const id = idOf('1975-01-01');
    const wrong = id.slice(0, 17) + (residentIdCheckChar(id.slice(0, 17)) === '1' ? '2' : '1');
    expectProblem(
      await order(caseId, {
        debtorPartyId: partyId,
        orderedOn: '2026-11-26',
        persons: [{ role: 'legal-representative', name: '梁国强', idNumber: wrong }],
      }),
      422,
      'restricted-person-id-invalid',
    );
    expectProblem(
      await order(other.caseId, { debtorPartyId: other.partyId, orderedOn: '2026-11-26', persons: [{ role: 'principal', name: '李四' }] }),
      422,
      'persons-of-a-person',
    );
    expectProblem(await order(caseId, { debtorPartyId: other.partyId, orderedOn: '2026-11-26' }), 404, 'debtor-party-not-found');
    expectProblem(await order(other.caseId, { debtorPartyId: other.partyId, orderedOn: '2026-11-27' }), 422, 'date-in-future');
    expect(await counts()).toEqual(before);

    expect((await order(other.caseId, { debtorPartyId: other.partyId, orderedOn: '2026-11-26' })).statusCode).toBe(201);
    const after = await counts();
    expectProblem(await order(other.caseId, { debtorPartyId: other.partyId, orderedOn: '2026-11-26' }), 409, 'already-restricted');
    expect(await counts()).toEqual(after);
  });
});

describe('restriction by a 失信 listing', () => {
  it('publishing a listing restricts the debtor at once (byListing), once, and 执行完毕 closure lifts it as performed', async () => {
    const { caseId, partyId } = await caseAgainst(firm());
    const listed = await judge.post(`/api/v1/cases/${caseId}/dishonest-listings`, {
      debtorPartyId: partyId,
      ground: 1,
      decidedOn: '2026-11-26',
      graceMonths: 0,
    });
    expect(listed.statusCode, listed.body).toBe(201);
    await approve(listed.json().approvalId);
    const [r] = await restrictions(caseId);
    expect(r).toMatchObject({ status: 'ordered', byListing: true, listingId: listed.json().id, orderedOn: '2026-11-26' });
    expect(r!.persons).toMatchObject([{ role: 'legal-representative', name: '梁国强', idNumber: null }]);
    expect(await documentText(r!.documentId)).toContain('已被本院纳入失信被执行人名单');
    const imposed = (await eventsOf(caseId)).find((e) => e.action === 'credit.restriction-imposed')!;
    expect(imposed.changes).toMatchObject({ byListing: true, debtorPartyId: partyId, persons: 1, orderedOn: '2026-11-26' });
    expectProblem(
      await order(caseId, { debtorPartyId: partyId, orderedOn: '2026-11-26', persons: [{ role: 'legal-representative', name: '梁国强' }] }),
      409,
      'already-restricted',
    );

    clock.set('2026-11-27T02:00:00.000Z');
    const closed = await judge.post(`/api/v1/cases/${caseId}/close`, {
      mode: 'fully-enforced',
      closedOn: '2026-11-27',
      reason: '已全部履行',
    });
    expect(closed.statusCode, closed.body).toBe(200);
    expect(await restrictions(caseId)).toMatchObject([{ status: 'lifted', liftGround: 'performed', liftedOn: '2026-11-27' }]);
    const lifted = (await eventsOf(caseId)).filter((e) => e.action === 'credit.restriction-lifted');
    expect(lifted).toHaveLength(1);
    expect(lifted[0]!.changes).toMatchObject({ ground: 'performed', debtorPartyId: partyId });
  });
});

describe('lifting and spending requests', () => {
  it('lifts by the applicant’s consent with the facts written; refusals write nothing', async () => {
    const { caseId, id } = await orderedAgainstFirm();
    const before = await counts();
    const lift = (body: Record<string, unknown>) => judge.post(`/api/v1/consumption-restrictions/${id}/lifting`, body);
    expectProblem(await lift({ ground: 'consent', liftedOn: '2026-11-26' }), 422, 'lift-reason-required');
    expectProblem(await lift({ ground: 'performed', liftedOn: '2026-11-26' }), 409, 'lift-ground-not-established');
    expectProblem(await lift({ ground: 'consent', liftedOn: '2026-11-25', reason: '同意' }), 422, 'lifted-before-ordered');
    expectProblem(
      await judge.post(`/api/v1/consumption-restrictions/00000000-0000-4000-8000-000000000000/lifting`, {
        ground: 'consent',
        liftedOn: '2026-11-26',
        reason: '同意',
      }),
      404,
      'consumption-restriction-not-found',
    );
    expect(await counts()).toEqual(before);

    const done = await lift({ ground: 'consent', liftedOn: '2026-11-26', reason: '申请执行人书面同意解除' });
    expect(done.statusCode, done.body).toBe(200);
    expect(done.json()).toMatchObject({
      status: 'lifted',
      liftGround: 'consent',
      liftGroundName: '经申请执行人同意',
      liftedBy: '张明（执行法官）',
    });
    const lifted = (await eventsOf(caseId)).find((e) => e.action === 'credit.restriction-lifted')!;
    expect(lifted.changes).toMatchObject({ ground: 'consent', groundArticle: '第9条第1款' });
    expectProblem(await lift({ ground: 'consent', liftedOn: '2026-11-26', reason: '再次' }), 409, 'restriction-not-in-force');
  });

  it('a legal representative asks to fly on his own money; the court grants it once and records why', async () => {
    const { caseId, id } = await orderedAgainstFirm();
    const ask = (body: Record<string, unknown>) => judge.post(`/api/v1/consumption-restrictions/${id}/spending-requests`, body);
    const before = await counts();
    expectProblem(await ask({ personName: '张三', item: 'travel', reason: '旅游', amount: '100.00' }), 422, 'restricted-person-not-found');
    expectProblem(await ask({ personName: '梁国强', item: 'travel', reason: '旅游', amount: '0' }), 422, 'invalid-amount');
    expect(await counts()).toEqual(before);

    const res = await ask({ personName: '梁国强', item: 'air-sleeper-cabin', reason: '以个人工资支付，探望住院的母亲', amount: '1280.50' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'pending', basis: 'personal-money', amount: '1280.50' });
    const decide = (body: Record<string, unknown>) => judge.post(`/api/v1/spending-requests/${res.json().id}/decision`, body);
    expectProblem(await decide({ granted: false }), 422, 'spending-decision-reason-required');
    const granted = await decide({ granted: true, reason: '经审查属实，以个人财产支付' });
    expect(granted.statusCode, granted.body).toBe(200);
    expect(granted.json()).toMatchObject({
      status: 'granted',
      statusName: '已准许',
      decidedOn: '2026-11-26',
      decidedBy: '张明（执行法官）',
    });
    expectProblem(await decide({ granted: false, reason: '改变主意' }), 409, 'spending-already-decided');

    const [r] = await restrictions(caseId);
    expect(r!.spendingRequests).toMatchObject([{ personName: '梁国强', itemName: expect.stringContaining('飞机'), status: 'granted' }]);
    const actions = (await eventsOf(caseId)).map((e) => e.action);
    expect(actions.slice(-2)).toEqual(['credit.spending-requested', 'credit.spending-decided']);
    const rows = await sql<{ amount_fen: string; court_id: number }>`select amount_fen, court_id from restriction_spending_requests
      where id = ${res.json().id}`.execute(app.db);
    expect(BigInt(rows.rows[0]!.amount_fen)).toBe(128050n);
  });
});
