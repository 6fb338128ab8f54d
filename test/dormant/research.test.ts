import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, movableClock, newIdNumber } from '../api/fixtures.ts';
import { buildCase } from '../support/builders/cases.builder.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import { researchDormantSweep } from '../../src/dormant/research-sweep.ts';
import { claimDue } from '../../src/outbox/deliver.ts';
import { connectorRegistry } from '../../src/outbox/registry.ts';
import { sandboxConnector } from '../../src/outbox/sandbox-connector.ts';
import { sandboxNetworkInstitutions } from '../../src/institutions/sandbox/network.ts';
import { institutions } from '../../src/institutions/directory.ts';
import { localDate } from '../../src/shared/dates.ts';
import { deliver, network, searchPolicy } from '../searches/search-fixtures.ts';
import { aDebtor, closeAsDormant } from './dormant-fixtures.ts';

// The six-monthly re-search of the 终本案件库 (终本规定 第9条): the sweep sends each due case's search
// through the outbox once per cycle, the outbox keeps each institution within its cap, the answers
// become the cycle's result told to the applicant, a find is reported to the officer, and two empty
// cycles in a row establish the deletion ground of 失信名单规定 第10条第1款第4项.

const clock = movableClock(TEST_NOW);
let app: TestApp;
let judge: ReturnType<typeof client>;
let president: ReturnType<typeof client>;
const c: Record<string, { id: string; listingId?: string }> = {};
const applicantId = newIdNumber();

async function listed(caseId: string): Promise<string> {
  const partyId = ((await judge.get(`/api/v1/cases/${caseId}`)).json().debtors as { id: string }[])[0]!.id;
  const res = await judge.post(`/api/v1/cases/${caseId}/dishonest-listings`, {
    debtorPartyId: partyId,
    ground: 1,
    decidedOn: '2026-11-02',
    graceMonths: 0,
  });
  expect(res.statusCode, res.body).toBe(201);
  expect((await president.post(`/api/v1/approvals/${res.json().approvalId}/approve`, {})).statusCode).toBe(200);
  return res.json().id as string;
}

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 365 * 4 } });
  judge = client(app, await login(app, 'judge'));
  president = client(app, await login(app, 'president'));
  const applicant = { kind: 'person' as const, name: '陈小红', idNumber: applicantId };
  for (const [name, holding] of [
    ['found', true],
    ['empty', false],
  ] as const) {
    const k = await buildCase(app, { filedOn: '2026-10-20', status: 'in-progress', debtor: aDebtor(holding), applicant });
    c[name] = { id: k.id, listingId: await listed(k.id) };
    await closeAsDormant(app, k.id, '2026-11-05');
  }
  const recent = await buildCase(app, { filedOn: '2026-10-20', status: 'in-progress', debtor: aDebtor(false) });
  await closeAsDormant(app, recent.id, '2026-12-20'); // its first cycle is due on 2027-06-20
  c.recent = { id: recent.id };
  const r = await createUser(app, systemPrincipal(app, '测试数据'), {
    username: 'party-research',
    displayName: '陈小红（申请执行人）',
    role: 'party',
    courtCode: '粤0703',
    scope: 'court',
    partyIdentity: applicantId,
    password: DEMO_PASSWORD,
  });
  if (!r.ok) throw new Error(r.code);
});
afterAll(() => app?.close());

const sweep = (asOf: string) =>
  researchDormantSweep.run(app, { asOf: localDate(asOf), dryRun: false, onProgress: (p) => progress.push(p) });
const progress: { examined: number; changed: number }[] = [];
const requestsOf = async (caseId: string) =>
  Number(
    (
      await sql<{ n: string }>`select count(*) as n from outbound_requests where case_id = ${caseId} and kind = 'asset-search'`.execute(
        app.db,
      )
    ).rows[0]!.n,
  );
const researches = async (id: string) => (await judge.get(`/api/v1/cases/${id}/researches`)).json();
const actions = async (id: string) =>
  (
    await sql<{ action: string }>`select action from events where case_id = ${id} and action like 'dormant.%' order by seq`.execute(app.db)
  ).rows.map((r) => r.action);
async function deliverAll() {
  const { registry } = network();
  for (let i = 0; i < 20; i++) if ((await deliver(app, registry)).claimed === 0) return;
}

describe('the re-search sweep', () => {
  it('sends cycle 1 of each case due by asOf, once: every debtor to every institution, the cycle advanced, its deadline met', async () => {
    clock.set('2027-06-01T02:00:00.000Z');
    expect(await researchDormantSweep.run(app, { asOf: localDate('2027-06-01'), dryRun: true })).toMatchObject({ changed: 2 });
    expect(await sweep('2027-06-01')).toEqual({ examined: 2, changed: 2, done: true });
    expect(progress.at(-1)).toEqual({ examined: 2, changed: 2 });
    expect(await sweep('2027-06-01')).toEqual({ examined: 0, changed: 0, done: true });
    for (const k of [c.found!, c.empty!]) {
      expect(await requestsOf(k.id)).toBe(institutions.length);
      const r = await researches(k.id);
      expect(r).toMatchObject({ inPool: true, nextSearchDue: '2027-11-05' });
      expect(r.items).toEqual([
        expect.objectContaining({
          cycle: 1,
          dueOn: '2027-05-05',
          sentOn: '2027-06-01',
          requests: institutions.length,
          answered: 0,
          answeredOn: null,
        }),
      ]);
      const d =
        await sql`select subject, state from deadlines where case_id = ${k.id} and node = 'dormant-research' order by subject`.execute(
          app.db,
        );
      expect(d.rows).toEqual([
        { subject: '1', state: 'met' },
        { subject: '2', state: 'open' },
      ]);
    }
    expect(await requestsOf(c.recent!.id)).toBe(0);
  });

  it('leaves each institution within its cap: the outbox claims no more than its concurrency per institution', async () => {
    const members = sandboxNetworkInstitutions({ latencyMs: 0, faultRate: 0 });
    const tight = connectorRegistry(members.map((m) => sandboxConnector(m.sandbox, { kinds: ['asset-search'], concurrency: 1 })));
    const opts = { worker: 'cap-test', limit: 500, policy: searchPolicy({ leaseMs: 1_000 }) };
    const claims = await claimDue(app, tight, opts);
    const per = new Map<string, number>();
    for (const cl of claims) per.set(cl.institution, (per.get(cl.institution) ?? 0) + 1);
    expect(claims.length).toBeGreaterThan(0);
    for (const n of per.values()) expect(n).toBe(1); // two cases' requests are waiting at each institution
    expect(await claimDue(app, tight, opts)).toEqual([]); // in flight: nothing more until they settle
    clock.advance(2_000); // the leases run out (the claims were never sent): delivered below as usual
  });

  it('records the answers as the cycle’s result, tells the applicant, and reports a find to the officer', async () => {
    await deliverAll();
    const found = (await researches(c.found!.id)).items[0];
    expect(found).toMatchObject({ cycle: 1, answered: institutions.length, answeredOn: '2027-06-01', findings: expect.any(Number) });
    expect(found.findings).toBeGreaterThan(0);
    expect(found.notice).toContain('查询到被执行人财产');
    expect(await actions(c.found!.id)).toEqual([
      'dormant.entered',
      'dormant.research-sent',
      'dormant.research-answered',
      'dormant.find-reported',
    ]);
    const empty = (await researches(c.empty!.id)).items[0];
    expect(empty).toMatchObject({ findings: 0, value: '0.00', answeredOn: '2027-06-01' });
    expect(empty.notice).toContain('未发现被执行人有可供执行的财产');
    const party = client(app, await login(app, 'party-research'));
    const told = await party.get(`/api/v1/party/cases/${c.empty!.id}/researches`);
    expect(told.statusCode, told.body).toBe(200);
    expect(told.json().items.map((i: { notice: string }) => i.notice)).toEqual([empty.notice]);
    expectProblem(await party.get(`/api/v1/party/cases/${c.recent!.id}/researches`), 404, 'case-not-found');
  });

  it('two empty cycles in a row establish the deletion ground of 第10条第1款第4项; a find does not', async () => {
    const deletion = (id: string) =>
      judge.post(`/api/v1/dishonest-listings/${id}/deletion`, {
        ground: 'no-property-after-termination',
        deletedOn: '2027-06-01',
        reason: '终本后两次网络查询未发现财产，申请执行人未提供有效线索',
      });
    expectProblem(await deletion(c.empty!.listingId!), 409, 'deletion-ground-not-established'); // one empty cycle only
    clock.set('2027-11-06T02:00:00.000Z');
    expect(await sweep('2027-11-06')).toMatchObject({ changed: 3 }); // and the recent case's first cycle
    await deliverAll();
    expect((await actions(c.empty!.id)).slice(-3)).toEqual([
      'dormant.research-sent',
      'dormant.research-answered',
      'dormant.two-empty-researches',
    ]);
    expect(await actions(c.found!.id)).not.toContain('dormant.two-empty-researches');
    const ok = await deletion(c.empty!.listingId!);
    expect(ok.statusCode, ok.body).toBe(200);
    expectProblem(await deletion(c.found!.listingId!), 409, 'deletion-ground-not-established');
    expect((await researches(c.empty!.id)).items.map((i: { cycle: number }) => i.cycle)).toEqual([1, 2]);
  });
});
