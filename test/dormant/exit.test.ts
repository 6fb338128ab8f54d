import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, movableClock } from '../api/fixtures.ts';
import { recordTerminationFacts, terminableFiling } from '../support/termination-facts.ts';
import { aCompany, aPerson } from '../support/builders/cases.builder.ts';
import { dormantCase } from './dormant-fixtures.ts';

// 出清 by payment, 执转破 and 终结执行 (POST /cases/{id}/dormant-exit, src/rules/pool-exit.ts): each
// way's conditions on the case's facts, the pool row and its statistics, the re-search stopped, the
// listings ended on the ground the exit establishes and, on payment, the restriction lifted; and
// every refusal leaves the case as it was.

const clock = movableClock(TEST_NOW); // Thursday 2026-11-26
let app: TestApp;
let judge: ReturnType<typeof client>;
let clerk: ReturnType<typeof client>;

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 30 } });
  judge = client(app, await login(app, 'judge'));
  clerk = client(app, await login(app, 'clerk'));
});
afterAll(() => app?.close());
beforeEach(() => clock.set(TEST_NOW));

const exit = (id: string, body: Record<string, unknown>, who = judge) =>
  who.post(`/api/v1/cases/${id}/dormant-exit`, { exitedOn: '2026-11-26', reason: '见卷内材料', ...body });

/** The case's state a refusal must leave untouched: its pool row, its events, its deadlines. */
const state = async (id: string) =>
  (
    await sql<{ status: string; events: string; open: string }>`select d.status,
      (select count(*) from events where case_id = ${id}) as events,
      (select count(*) from deadlines where case_id = ${id} and state = 'open') as open
      from dormant_cases d where d.case_id = ${id}`.execute(app.db)
  ).rows[0]!;

/** A case closed as 终本 through the gate, with its debtor restricted and listed (the facts the gate asks for). */
async function gatedDormantCase(): Promise<string> {
  const filed = await judge.post('/api/v1/cases', filingBody(terminableFiling));
  expect(filed.statusCode, filed.body).toBe(201);
  const id = filed.json().id as string;
  expect((await judge.post(`/api/v1/cases/${id}/start`, {})).statusCode).toBe(200);
  await recordTerminationFacts(app, id);
  const closed = await judge.post(`/api/v1/cases/${id}/close`, {
    mode: 'current-procedure-terminated',
    closedOn: '2026-11-26',
    reason: '经穷尽财产调查措施，未发现可供执行的财产',
    route: 'applicant-confirmed',
  });
  expect(closed.statusCode, closed.body).toBe(200);
  return id;
}

describe('leaving the 终本案件库 by payment, 执转破 or 终结执行', () => {
  it('履行完毕 on the applicant’s written word: out of the pool, re-search waived, listing deleted, restriction lifted', async () => {
    const id = await gatedDormantCase();
    const standing = await judge.get(`/api/v1/cases/${id}/dormant`);
    expect(standing.json()).toMatchObject({ status: 'in-pool', researchCycle: 0, exitKind: null });
    const res = await exit(id, { kind: 'paid', evidence: 'applicant-confirmed', reason: '申请执行人书面确认被执行人已全部履行' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ caseId: id, kind: 'paid', exitedOn: '2026-11-26', listingsEnded: 1, restrictionsLifted: 1 });
    expect((await judge.get(`/api/v1/cases/${id}/dormant`)).json()).toMatchObject({
      status: 'exited',
      exitKind: 'paid',
      exitedOn: '2026-11-26',
    });
    const listings = (await judge.get(`/api/v1/cases/${id}/dishonest-listings`)).json().items as { status: string; endGround?: string }[];
    expect(listings.map((l) => l.status)).toEqual(['deleted']);
    const restrictions = (await judge.get(`/api/v1/cases/${id}/consumption-restrictions`)).json().items as { status: string }[];
    expect(restrictions.map((r) => r.status)).toEqual(['lifted']);
    const deadline = await sql<{ state: string }>`select state from deadlines
      where case_id = ${id} and node = 'dormant-research'`.execute(app.db);
    expect(deadline.rows.map((r) => r.state)).toEqual(['waived']);
    const event = await sql<{ changes: Record<string, unknown> }>`select changes from events
      where case_id = ${id} and action = 'dormant.exited'`.execute(app.db);
    expect(event.rows[0]!.changes).toMatchObject({ kind: 'paid', kindName: '履行完毕', evidence: 'applicant-confirmed' });
    // Counted in the month's exits.
    const stats = (await judge.get('/api/v1/dormant-statistics?court=粤0703&year=2026')).json();
    expect(stats.totals.exits).toMatchObject({ paid: 1, total: 1 });
    // Out is out: a second exit, of any kind, is refused.
    expectProblem(await exit(id, { kind: 'terminated', ground: 'other' }), 409, 'not-in-pool');
  });

  it('履行完毕 on the ledger needs the money: refused while anything is owed', async () => {
    const c = await dormantCase(app, { filedOn: '2026-10-12', closedOn: '2026-11-10' });
    const before = await state(c.id);
    const res = await exit(c.id, { kind: 'paid', evidence: 'funds-received' });
    expectProblem(res, 422, 'exit-not-paid');
    expect(await state(c.id)).toEqual(before);
  });

  it('移送破产审查: an enterprise debtor with a consent and a receiving court leaves; a person cannot', async () => {
    const firm = await dormantCase(app, {
      filedOn: '2026-10-12',
      closedOn: '2026-11-10',
      debtor: aCompany('江门市新会区永兴五金有限公司'),
    });
    const res = await exit(firm.id, {
      kind: 'bankruptcy',
      consentBy: 'applicant',
      receivingCourt: '广东省江门市中级人民法院',
      reason: '被执行人不能清偿到期债务且资产不足以清偿全部债务，申请执行人书面同意移送破产审查',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ kind: 'bankruptcy', listingsEnded: 0, restrictionsLifted: 0 });
    const event = await sql<{ changes: Record<string, unknown> }>`select changes from events
      where case_id = ${firm.id} and action = 'dormant.exited'`.execute(app.db);
    expect(event.rows[0]!.changes).toMatchObject({
      kind: 'bankruptcy',
      consentBy: 'applicant',
      receivingCourt: '广东省江门市中级人民法院',
      debtor: '江门市新会区永兴五金有限公司',
    });

    const person = await dormantCase(app, { filedOn: '2026-10-12', closedOn: '2026-11-10', debtor: aPerson('黎志坚') });
    const before = await state(person.id);
    expectProblem(
      await exit(person.id, { kind: 'bankruptcy', consentBy: 'debtor', receivingCourt: '广东省江门市中级人民法院' }),
      422,
      'exit-debtor-not-enterprise',
    );
    expectProblem(await exit(person.id, { kind: 'bankruptcy', consentBy: 'debtor' }), 422, 'exit-details-missing');
    expect(await state(person.id)).toEqual(before);
  });

  it('终结执行 on a ground of 第268条; a natural person’s ground does not fit a company', async () => {
    const person = await dormantCase(app, { filedOn: '2026-10-12', closedOn: '2026-11-10', debtor: aPerson('冯伟明') });
    const res = await exit(person.id, {
      kind: 'terminated',
      ground: 'debtor-died-no-estate',
      reason: '被执行人已死亡，无遗产可供执行，又无义务承担人',
    });
    expect(res.statusCode, res.body).toBe(200);
    const event = await sql<{ changes: Record<string, unknown> }>`select changes from events
      where case_id = ${person.id} and action = 'dormant.exited'`.execute(app.db);
    expect(event.rows[0]!.changes).toMatchObject({
      kind: 'terminated',
      groundName: '作为被执行人的公民死亡，无遗产可供执行，又无义务承担人',
    });

    const firm = await dormantCase(app, { filedOn: '2026-10-12', closedOn: '2026-11-10', debtor: aCompany() });
    expectProblem(await exit(firm.id, { kind: 'terminated', ground: 'debtor-destitute' }), 422, 'exit-ground-not-applicable');
    expectProblem(await exit(firm.id, { kind: 'terminated' }), 422, 'exit-details-missing');
  });

  it('refuses bad input and the wrong cases, and changes nothing', async () => {
    const c = await dormantCase(app, { filedOn: '2026-10-12', closedOn: '2026-11-10' });
    const before = await state(c.id);
    const paid = { kind: 'paid', evidence: 'applicant-confirmed' };
    expectProblem(await exit(c.id, { ...paid, exitedOn: '2026-11-09' }), 422, 'exit-before-closure');
    expectProblem(await exit(c.id, { ...paid, exitedOn: '2026-11-27' }), 422, 'date-in-future');
    expectProblem(await exit(c.id, { ...paid, reason: '   ' }), 422, 'validation-failed');
    expectProblem(await exit(c.id, { ...paid, kind: 'resumed' }), 422, 'validation-failed');
    expectProblem(await exit(c.id, paid, clerk), 403, 'forbidden');
    expect(await state(c.id)).toEqual(before);
    // A case not closed as 终本 is not in the pool; another court's case does not exist for this judge.
    const running = await judge.post('/api/v1/cases', filingBody());
    expectProblem(await exit(running.json().id as string, paid), 409, 'not-in-pool');
    expectProblem(await judge.get(`/api/v1/cases/${running.json().id as string}/dormant`), 409, 'not-in-pool');
    const elsewhere = await dormantCase(app, { court: '粤0781', filedOn: '2026-10-12', closedOn: '2026-11-10' });
    expectProblem(await exit(elsewhere.id, paid), 404, 'case-not-found');
  });
});
