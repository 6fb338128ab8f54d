import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, movableClock, newCreditCode } from '../api/fixtures.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';
import { publishListingsSweep } from '../../src/credit/publish-listing.ts';

// The dishonest list (失信被执行人名单) through the API: the decision checked by the rules library
// against the case's own facts, the 院长's sign-off, the grace period and publication by the
// sweep; and every refusal with its stable code, writing nothing.

const clock = movableClock(TEST_NOW); // Thursday 2026-11-26, 10:00 in Shanghai
let app: TestApp;
let judge: ReturnType<typeof client>;
let clerk: ReturnType<typeof client>;
let president: ReturnType<typeof client>;
let judgeAuth: Awaited<ReturnType<typeof login>>;

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 30 } });
  judgeAuth = await login(app, 'judge');
  judge = client(app, judgeAuth);
  clerk = client(app, await login(app, 'clerk'));
  president = client(app, await login(app, 'president'));
});
afterAll(() => app?.close());
beforeEach(() => clock.set(TEST_NOW));

let seq = 100;
const personBorn = (birth: string) => ({ kind: 'person', name: '梁国强', idNumber: makeResidentId('440703', localDate(birth), seq++) });
const firm = () => ({ kind: 'organization', name: '江门市恒泰建材有限公司', creditCode: newCreditCode(), legalRepresentative: '梁国强' });

/** Files a case against `debtor` and answers the case id and the debtor's party id. */
async function caseAgainst(debtor: Record<string, unknown>): Promise<{ caseId: string; partyId: string }> {
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [debtor] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const caseId = filed.json().id as string;
  const debtors = (await judge.get(`/api/v1/cases/${caseId}`)).json().debtors as { id: string }[];
  return { caseId, partyId: debtors[0]!.id };
}

/** A case whose 报告财产令 was served on 2026-11-26 and not answered by its due date 2026-12-01 (ground 4). */
async function refusedReportCase(debtor: Record<string, unknown> = firm()) {
  const c = await caseAgainst(debtor);
  const docs = (await clerk.post(`/api/v1/cases/${c.caseId}/first-notices`, {})).json().items as { id: string; kind: string }[];
  const orderId = docs.find((d) => d.kind === 'asset-report-order')!.id;
  const served = await clerk.post(`/api/v1/documents/${orderId}/services`, {
    method: 'direct',
    servedOn: '2026-11-26',
    recipient: '梁国强',
  });
  expect(served.json().reportDueOn).toBe('2026-12-01');
  return c;
}

const list = (caseId: string, body: Record<string, unknown>) => judge.post(`/api/v1/cases/${caseId}/dishonest-listings`, body);
const listings = async (caseId: string) =>
  (await judge.get(`/api/v1/cases/${caseId}/dishonest-listings`)).json().items as Record<string, unknown>[];
const counts = async () =>
  (
    await sql<{ listings: string; events: string; approvals: string }>`select (select count(*) from dishonest_listings) as listings,
      (select count(*) from events) as events, (select count(*) from approval_requests) as approvals`.execute(app.db)
  ).rows[0]!;
const actions = async (caseId: string) =>
  (
    await sql<{ action: string }>`select action from events where case_id = ${caseId} and action like 'credit.%' order by seq`.execute(
      app.db,
    )
  ).rows.map((r) => r.action);

describe('deciding a listing', () => {
  it('lists a debtor who refused to report (ground 4): 院长 sign-off, one month of grace, publication by the sweep, a two-year term', async () => {
    const { caseId, partyId } = await refusedReportCase();
    clock.set('2026-12-03T02:00:00.000Z');
    const res = await list(caseId, { debtorPartyId: partyId, ground: 4, decidedOn: '2026-12-03' });
    expect(res.statusCode, res.body).toBe(201);
    const listing = res.json();
    expect(listing).toMatchObject({ status: 'pending', publishOn: '2027-01-03', termYears: 2, endsOn: '2029-01-03', graceMonths: 1 });
    expect(listing.evidence).toContain('deadline:asset-report:2026-12-01');

    const approved = await president.post(`/api/v1/approvals/${listing.approvalId}/approve`, { opinion: '同意纳入' });
    expect(approved.statusCode, approved.body).toBe(200);
    expect(await listings(caseId)).toMatchObject([{ id: listing.id, status: 'decided', approvedOn: '2026-12-03', publishedOn: null }]);

    const early = await publishListingsSweep.run(app, { asOf: localDate('2027-01-02'), dryRun: false });
    expect(early.changed).toBe(0);
    const due = await publishListingsSweep.run(app, { asOf: localDate('2027-01-03'), dryRun: false });
    expect(due.changed).toBe(1);
    expect(await listings(caseId)).toMatchObject([{ status: 'published', publishedOn: '2027-01-03' }]);
    // Publication also restricts the debtor's consumption (限制消费规定 第1条第2款, ADR 0206).
    expect(await actions(caseId)).toEqual([
      'credit.listing-requested',
      'credit.listing-decided',
      'credit.level-changed', // 分级惩戒: reminder in the grace (ADR 0210)
      'credit.listing-published',
      'credit.restriction-imposed',
      'credit.level-changed', // listed
    ]);
    const again = await publishListingsSweep.run(app, { asOf: localDate('2027-01-04'), dryRun: false });
    expect(again.changed).toBe(0);
  });

  it('lists under ground 1 with no grace: published on the 院长’s approval, no fixed term', async () => {
    const { caseId, partyId } = await caseAgainst(personBorn('1980-05-05'));
    const res = await list(caseId, { debtorPartyId: partyId, ground: 1, decidedOn: '2026-11-26', graceMonths: 0 });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ status: 'pending', publishOn: '2026-11-26', termYears: null, endsOn: null });
    expect((await president.post(`/api/v1/approvals/${res.json().approvalId}/approve`, {})).statusCode).toBe(200);
    expect(await listings(caseId)).toMatchObject([{ status: 'published', publishedOn: '2026-11-26' }]);
    // Listed already: a second decision is refused.
    expectProblem(await list(caseId, { debtorPartyId: partyId, ground: 1, decidedOn: '2026-11-26' }), 409, 'already-listed');
  });

  it('extends a ground 2–6 term by one to three years, and a rejected request leaves the debtor free to be listed again', async () => {
    const { caseId, partyId } = await caseAgainst(firm());
    const body = {
      debtorPartyId: partyId,
      ground: 3,
      decidedOn: '2026-11-26',
      graceMonths: 3,
      extensionYears: 3,
      evidence: '转移房产至其关联公司',
    };
    const res = await list(caseId, body);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ publishOn: '2027-02-26', termYears: 5, endsOn: '2032-02-26' });
    expectProblem(await list(caseId, body), 409, 'already-listed');
    expect((await president.post(`/api/v1/approvals/${res.json().approvalId}/reject`, { opinion: '证据不足' })).statusCode).toBe(200);
    expect(await listings(caseId)).toMatchObject([{ status: 'rejected' }]);
    expect((await list(caseId, body)).statusCode).toBe(201);
  });
});

describe('refusals write nothing', () => {
  it('refuses a minor, a debtor whose seized property covers the debt, and every out-of-range input, each with its code', async () => {
    const minor = await caseAgainst(personBorn('2010-03-01'));
    const adult = await caseAgainst(personBorn('1975-01-01'));
    const seizedCase = await caseAgainst(firm());
    const asset = await judge.post(`/api/v1/cases/${seizedCase.caseId}/assets`, {
      kind: 'real-estate',
      identifier: '粤(2023)江门市不动产权第0088888号',
      estimatedValue: '900000.00',
    });
    expect(asset.statusCode, asset.body).toBe(201);
    const sealed = await judge.post(`/api/v1/cases/${seizedCase.caseId}/seizures`, {
      assetId: asset.json().assetId,
      measure: 'seal',
      ruledOn: '2026-11-20',
      effectiveOn: '2026-11-21',
    });
    expect(sealed.statusCode, sealed.body).toBe(201);
    const before = await counts();

    const a = { debtorPartyId: adult.partyId, decidedOn: '2026-11-26' };
    expectProblem(await list(minor.caseId, { debtorPartyId: minor.partyId, ground: 1, decidedOn: '2026-11-26' }), 422, 'minor');
    expectProblem(
      await list(seizedCase.caseId, { debtorPartyId: seizedCase.partyId, ground: 1, decidedOn: '2026-11-26' }),
      422,
      'sufficient-seized-property',
    );
    expectProblem(await list(adult.caseId, { ...a, ground: 1, graceMonths: 4 }), 422, 'grace-out-of-range');
    expectProblem(
      await list(adult.caseId, { ...a, ground: 2, extensionYears: 4, evidence: '暴力抗拒执行' }),
      422,
      'extension-out-of-range',
    );
    expectProblem(await list(adult.caseId, { ...a, ground: 1, extensionYears: 1 }), 422, 'extension-out-of-range');
    expectProblem(await list(adult.caseId, { ...a, ground: 7 }), 422, 'unknown-ground');
    expectProblem(await list(adult.caseId, { ...a, ground: 2 }), 422, 'ground-evidence-required');
    expectProblem(await list(adult.caseId, { ...a, ground: 4 }), 409, 'ground-not-established');
    expectProblem(await list(adult.caseId, { ...a, debtorPartyId: minor.partyId, ground: 1 }), 404, 'debtor-party-not-found');
    expectProblem(await list(adult.caseId, { ...a, ground: 1, decidedOn: '2026-12-30' }), 422, 'date-in-future');
    expectProblem(await clerk.post(`/api/v1/cases/${adult.caseId}/dishonest-listings`, { ...a, ground: 1 }), 403, 'forbidden');

    expect(await counts()).toEqual(before);
    expect(await listings(adult.caseId)).toEqual([]);
  });
});

describe('retries and reads', () => {
  it('answers a retried decision once under its Idempotency-Key, with one approval request', async () => {
    const { caseId, partyId } = await caseAgainst(firm());
    const send = () =>
      app.server.inject({
        method: 'POST',
        url: `/api/v1/cases/${caseId}/dishonest-listings`,
        headers: { ...judgeAuth, 'idempotency-key': `listing-${caseId}` },
        payload: { debtorPartyId: partyId, ground: 6, decidedOn: '2026-11-26', evidence: '和解协议约定分期付款，逾期未付' },
      });
    const first = await send();
    const again = await send();
    expect([first.statusCode, again.statusCode]).toEqual([201, 201]);
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json().id).toBe(first.json().id);
    expect(await listings(caseId)).toHaveLength(1);
  });

  it('answers 404 for a case that does not exist, on both routes', async () => {
    const none = '00000000-0000-4000-8000-000000000000';
    expectProblem(await judge.get(`/api/v1/cases/${none}/dishonest-listings`), 404, 'case-not-found');
    expectProblem(await list(none, { debtorPartyId: none, ground: 1, decidedOn: '2026-11-26' }), 404, 'case-not-found');
  });
});
