import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, movableClock, newIdNumber } from '../api/fixtures.ts';
import { buildCase } from '../support/builders/cases.builder.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import { researchDormantSweep } from '../../src/dormant/research-sweep.ts';
import { localDate } from '../../src/shared/dates.ts';
import { deliver, network } from '../searches/search-fixtures.ts';
import { aDebtor, closeAsDormant, countOf } from './dormant-fixtures.ts';

// A re-search's find before the officer (ADR 0215): the find opens the deadline dormant-find-review
// in the officer's 待办; deciding not to resume (with a reason) or resuming the case meets it; the
// researches list says which, and the applicant's portal sees the state without the court's reason.

const clock = movableClock(TEST_NOW);
let app: TestApp;
let judge: ReturnType<typeof client>;
let party: ReturnType<typeof client>;
const c: Record<string, string> = {};
const applicantId = newIdNumber();

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 365 * 4 } });
  judge = client(app, await login(app, 'judge'));
  const judgeId = (await sql<{ id: string }>`select id from users where username = 'judge'`.execute(app.db)).rows[0]!.id;
  const applicant = { kind: 'person' as const, name: '陈小红', idNumber: applicantId };
  for (const [name, holding] of [
    ['declined', true],
    ['resumed', true],
    ['empty', false],
  ] as const) {
    const k = await buildCase(app, { filedOn: '2026-10-20', status: 'in-progress', debtor: aDebtor(holding), applicant });
    expect((await judge.post(`/api/v1/cases/${k.id}/officer`, { officerId: judgeId })).statusCode).toBe(200);
    await closeAsDormant(app, k.id, '2026-11-05');
    c[name] = k.id;
  }
  const r = await createUser(app, systemPrincipal(app, '测试数据'), {
    username: 'party-find',
    displayName: '陈小红（申请执行人）',
    role: 'party',
    courtCode: '粤0703',
    scope: 'court',
    partyIdentity: applicantId,
    password: DEMO_PASSWORD,
  });
  if (!r.ok) throw new Error(r.code);
  party = client(app, await login(app, 'party-find'));
  // Cycle 1 is due on 2027-05-05: the sweep of 2027-06-01 sends it, the sandbox network answers.
  clock.set('2027-06-01T02:00:00.000Z');
  await researchDormantSweep.run(app, { asOf: localDate('2027-06-01'), dryRun: false });
  const { registry } = network();
  for (let i = 0; i < 20; i++) if ((await deliver(app, registry)).claimed === 0) break;
});
afterAll(() => app?.close());

const reviewDeadline = async (caseId: string) =>
  (
    await sql<{ subject: string; state: string; due_on: string; met_on: string | null }>`
      select subject, state, due_on::text, met_on::text from deadlines where case_id = ${caseId} and node = 'dormant-find-review'`.execute(
      app.db,
    )
  ).rows;
const cycle1 = async (caller: ReturnType<typeof client>, path: string) => (await caller.get(path)).json().items[0];
const todo = async () =>
  (
    (await judge.get('/api/v1/me/todo?limit=100')).json().items as { caseId: string; node: string; subject: string; title: string }[]
  ).filter((d) => d.node === 'dormant-find-review');
const events = () => countOf(app, 'select 1 from events');
const decline = (caseId: string, cycle: number, reason: string) =>
  judge.post(`/api/v1/cases/${caseId}/researches/${cycle}/decline-resumption`, { reason });

describe('a find on re-search before the officer', () => {
  it('opens the review deadline in the transaction that reports the find, and it is in the officer’s 待办', async () => {
    for (const id of [c.declined!, c.resumed!]) {
      expect(await reviewDeadline(id)).toEqual([{ subject: '1', state: 'open', due_on: '2027-06-16', met_on: null }]);
      expect(await countOf(app, `select 1 from events where case_id = '${id}' and action = 'dormant.find-reported'`)).toBe(1);
    }
    expect(await reviewDeadline(c.empty!)).toEqual([]);
    const items = await todo();
    expect(items.map((d) => d.caseId).sort()).toEqual([c.declined!, c.resumed!].sort());
    expect(items[0]).toMatchObject({ subject: '1', title: '审查终本再查发现的财产，决定是否恢复执行' });
    expect(await cycle1(judge, `/api/v1/cases/${c.declined}/researches`)).toMatchObject({ findReview: 'open', declineReason: null });
    expect(await cycle1(judge, `/api/v1/cases/${c.empty}/researches`)).toMatchObject({ findings: 0, findReview: null });
  });

  it('refuses a decision without an open find or without a reason, writing nothing', async () => {
    const before = await events();
    expectProblem(await decline(c.empty!, 1, '无可供执行财产'), 409, 'no-find-to-review');
    expectProblem(await decline(c.declined!, 2, '无可供执行财产'), 409, 'no-find-to-review');
    expectProblem(await decline(c.declined!, 1, '   '), 422, 'validation-failed');
    expectProblem(await decline(c.declined!, 1, ''), 422, 'validation-failed');
    expectProblem(await decline('00000000-0000-4000-8000-000000000000', 1, '理由'), 404, 'case-not-found');
    expectProblem(await party.post(`/api/v1/cases/${c.declined}/researches/1/decline-resumption`, { reason: '理由' }), 403, 'forbidden');
    expect(await events()).toBe(before);
    expect(await reviewDeadline(c.declined!)).toMatchObject([{ state: 'open' }]);
  });

  it('a decision not to resume meets the deadline, with its reason, and leaves the 待办', async () => {
    clock.set('2027-06-08T02:00:00.000Z');
    const reason = '查询到的存款余额不足以支付执行费用，暂不恢复执行';
    const res = await decline(c.declined!, 1, reason);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ cycle: 1, declinedOn: '2027-06-08', reason });
    expect(await reviewDeadline(c.declined!)).toEqual([{ subject: '1', state: 'met', due_on: '2027-06-16', met_on: '2027-06-08' }]);
    const e = await sql<{ changes: { reason: string; cycle: number } }>`
      select changes from events where case_id = ${c.declined!} and action = 'dormant.resumption-declined'`.execute(app.db);
    expect(e.rows.map((r) => r.changes)).toEqual([expect.objectContaining({ cycle: 1, reason, decision: '不恢复执行' })]);
    expect(await cycle1(judge, `/api/v1/cases/${c.declined}/researches`)).toMatchObject({ findReview: 'declined', declineReason: reason });
    expect((await todo()).map((d) => d.caseId)).toEqual([c.resumed!]);
    expectProblem(await decline(c.declined!, 1, reason), 409, 'no-find-to-review');
  });

  it('resuming the case meets the deadline; the list says resumed', async () => {
    const res = await judge.post(`/api/v1/cases/${c.resumed}/resume`, {
      filedOn: '2027-06-08',
      claimAmount: '120000.00',
      reason: '终本复查发现被执行人有可供执行的财产',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await reviewDeadline(c.resumed!)).toEqual([{ subject: '1', state: 'met', due_on: '2027-06-16', met_on: '2027-06-08' }]);
    expect(await cycle1(judge, `/api/v1/cases/${c.resumed}/researches`)).toMatchObject({ findReview: 'resumed', declineReason: null });
    expect(await todo()).toEqual([]);
    expectProblem(await decline(c.resumed!, 1, '理由'), 409, 'no-find-to-review');
  });

  it('the applicant’s portal shows the review state, not the court’s reason', async () => {
    const of = (id: string) => cycle1(party, `/api/v1/party/cases/${id}/researches`);
    expect(await of(c.declined!)).toMatchObject({ findReview: 'declined', declineReason: null, notice: expect.stringContaining('查询到') });
    expect(await of(c.resumed!)).toMatchObject({ findReview: 'resumed', declineReason: null });
    expect(await of(c.empty!)).toMatchObject({ findReview: null, declineReason: null });
  });
});
