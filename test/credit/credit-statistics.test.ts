import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, login, TEST_NOW, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, filingBody, movableClock } from '../api/fixtures.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { appendEvent } from '../../src/audit/append-events.ts';
import { transact } from '../../src/db/transaction.ts';
import { success } from '../../src/shared/result.ts';
import { expireListingsSweep } from '../../src/credit/credit-sweeps.ts';

// The credit statistics (ADR 0207) over a fixture made through the real use cases: listings decided,
// approved by each court's 院长, published, deleted on several grounds and expired by the sweep, in
// 蓬江 (粤0703) and 台山 (粤0781) under 江门中院 (粤07), across 2026 Q4 and 2027 Q1; and restriction
// and restoration events appended through the audit trail. Each figure is counted by hand below:
// restrictions are the appended events plus one per publication (a published listing restricts its
// debtor at once, ADR 0206), so a court's restrictions are its appended ones plus its newListings.

const clock = movableClock(TEST_NOW); // Thursday 2026-11-26, 10:00 in Shanghai
let app: TestApp;
let judge: ReturnType<typeof client>; // 蓬江
let president: ReturnType<typeof client>; // 蓬江
let taishan: ReturnType<typeof client>; // 台山's judge
let taishanPresident: ReturnType<typeof client>;
let coordinator: ReturnType<typeof client>; // 江门中院, its whole tree

let seq = 700;
const person = (name: string) => ({ kind: 'person', name, idNumber: makeResidentId('440703', localDate('1980-05-05'), seq++) });

type Officer = { officer: ReturnType<typeof client>; head: ReturnType<typeof client>; court: string };
const penjiang = (): Officer => ({ officer: judge, head: president, court: '粤0703' });
const taishanCourt = (): Officer => ({ officer: taishan, head: taishanPresident, court: '粤0781' });

/** Files a case against one debtor and decides to list them; approved by the 院长 unless `approve` is false. */
async function listing(o: Officer, name: string, decision: Record<string, unknown>, approve = true): Promise<string> {
  const filed = await o.officer.post('/api/v1/cases', filingBody({ courtCode: o.court, debtors: [person(name)] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const caseId = filed.json().id as string;
  const debtors = (await o.officer.get(`/api/v1/cases/${caseId}`)).json().debtors as { id: string }[];
  const res = await o.officer.post(`/api/v1/cases/${caseId}/dishonest-listings`, {
    debtorPartyId: debtors[0]!.id,
    decidedOn: clock.today(),
    graceMonths: 0,
    ...decision,
  });
  expect(res.statusCode, res.body).toBe(201);
  if (approve) expect((await o.head.post(`/api/v1/approvals/${res.json().approvalId}/approve`, {})).statusCode).toBe(200);
  return res.json().id as string;
}

async function deleteOn(o: Officer, id: string, ground: string) {
  const res = await o.officer.post(`/api/v1/dishonest-listings/${id}/deletion`, {
    ground,
    deletedOn: clock.today(),
    reason: `删除：${ground}`,
  });
  expect(res.statusCode, res.body).toBe(200);
}

/** An event of another engineer's context (consumption restriction, restoration), appended as they will. */
async function event(courtCode: string, action: string, at: string) {
  const court = app.courts.byCode(courtCode)!;
  const r = await transact(app, async (tx) => {
    await appendEvent(tx, { id: null, name: '测试' }, new Date(at), {
      courtId: court.id,
      caseId: null,
      action,
      entityType: action.includes('restriction') ? 'consumption-restriction' : 'credit-restoration',
      entityId: crypto.randomUUID(),
      changes: {},
    });
    return success(null);
  });
  expect(r.ok).toBe(true);
}

const evidence = { ground: 2, evidence: '以暴力方法抗拒执行人员查封财产' };

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 365 * 4 } });
  const made = await createUser(app, systemPrincipal(app, '系统'), {
    username: 'taishan-president',
    displayName: '梁振华（台山法院院长）',
    password: 'taishan-test-password',
    role: 'president',
    courtCode: '粤0781',
    scope: 'court',
  });
  expect(made.ok).toBe(true);
  const as = async (username: string) => client(app, await login(app, username));
  judge = await as('judge');
  president = await as('president');
  taishan = await as('taishan');
  coordinator = await as('coordinator');
  taishanPresident = client(app, await login(app, 'taishan-president', 'taishan-test-password'));

  // 2026 Q4 — Thursday 2026-11-26.
  const a1 = await listing(penjiang(), '蓬江甲', { ground: 1 }); // published 11-26, deleted (终结执行) in Q1
  await listing(penjiang(), '蓬江乙', evidence); // published 11-26
  const a3 = await listing(penjiang(), '蓬江丙', { ground: 1 }); // published 11-26, deleted on request 12-01
  const a4 = await listing(penjiang(), '蓬江丁', { ground: 1, graceMonths: 1 }); // in its grace: never published
  await listing(penjiang(), '蓬江戊', { ground: 1 }, false); // pending: never published
  const b1 = await listing(taishanCourt(), '台山甲', { ground: 1 }); // published 11-26, deleted (中止执行) in Q1
  await listing(taishanCourt(), '台山乙', evidence); // published 11-26
  // Decided on 2025-01-10 (two years from then), approved and published today; the term ends 2027-01-10.
  await listing(taishanCourt(), '台山丙', { ...evidence, decidedOn: '2025-01-10' });
  clock.set('2026-11-30T02:00:00.000Z');
  await deleteOn(penjiang(), a4, 'settlement-performed'); // deleted in its grace: not a deletion from the public list
  clock.set('2026-12-01T02:00:00.000Z');
  await deleteOn(penjiang(), a3, 'applicant-request');
  await event('粤0703', 'credit.restriction-imposed', '2026-12-31T15:59:59.000Z'); // 12-31 23:59:59 in Shanghai: Q4
  await event('粤0703', 'credit.restoration-approved', '2026-12-01T02:00:00.000Z');
  await event('粤0703', 'credit.listing-published', '2026-12-01T02:00:00.000Z'); // not an action counted as such

  // 2027 Q1 — the first second of 2027 in Shanghai is still 2026 in UTC.
  await event('粤0703', 'credit.restriction-imposed', '2026-12-31T16:00:00.000Z');
  await event('粤07', 'credit.restriction-imposed', '2027-01-04T02:00:00.000Z'); // 江门中院's own case
  await event('粤01', 'credit.restriction-imposed', '2027-01-04T02:00:00.000Z'); // 广州中院: outside 粤07
  await event('粤0781', 'credit.restoration-approved', '2027-02-01T02:00:00.000Z');
  clock.set('2027-01-05T02:00:00.000Z');
  await deleteOn(penjiang(), a1, 'terminated');
  await deleteOn(taishanCourt(), b1, 'suspended');
  await listing(penjiang(), '蓬江己', { ground: 1 }); // published 2027-01-05
  clock.set('2027-01-11T02:00:00.000Z');
  expect((await expireListingsSweep.run(app, { asOf: localDate('2027-01-11'), dryRun: false })).changed).toBe(1);
});
afterAll(() => app?.close());

type Row = {
  courtCode: string | null;
  kind: string;
  newListings: number;
  restrictions: number;
  restorations: number;
  deletionsTotal: number;
};
type Deletions = { deletions: { ground: string; count: number }[] };
const deletionsOf = (r: Deletions) => Object.fromEntries(r.deletions.filter((d) => d.count > 0).map((d) => [d.ground, d.count]));
const figures = (r: Row & Deletions) => ({
  newListings: r.newListings,
  restrictions: r.restrictions,
  restorations: r.restorations,
  deletions: deletionsOf(r),
  deletionsTotal: r.deletionsTotal,
});
const zero = { newListings: 0, restrictions: 0, restorations: 0, deletions: {}, deletionsTotal: 0 };

async function stats(who: ReturnType<typeof client>, query: string) {
  const res = await who.get(`/api/v1/credit/statistics?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { court: { code: string }; periods: { quarter: number; from: string; to: string; rows: (Row & Deletions)[] }[] };
}

describe('the credit statistics of a base court', () => {
  it('counts 蓬江’s 2026 Q4: three published (not the one in its grace, not the pending one), one deletion on request, the restriction of 12-31 23:59:59 and one restoration', async () => {
    const s = await stats(judge, 'year=2026&quarter=4');
    expect(s.periods).toHaveLength(1);
    expect(s.periods[0]).toMatchObject({ quarter: 4, from: '2026-10-01', to: '2026-12-31' });
    const rows = s.periods[0]!.rows;
    expect(rows.map((r) => [r.courtCode, r.kind])).toEqual([
      ['粤0703', 'own'],
      [null, 'total'],
    ]);
    const q4 = { newListings: 3, restrictions: 4, restorations: 1, deletions: { 'applicant-request': 1 }, deletionsTotal: 1 };
    expect(figures(rows[0]!)).toEqual(q4);
    expect(figures(rows[1]!)).toEqual(q4);
    expect(rows[0]!.deletions.map((d) => d.ground)).toEqual([
      'performed',
      'settlement-performed',
      'applicant-request',
      'no-property-after-termination',
      'suspended',
      'not-enforced',
      'terminated',
      'term-expired',
      'corrected', // deleted on a correction request or 复议 (ADR 0211)
      'credit-restored',
    ]);
  });

  it('counts 蓬江’s 2027 Q1: one published, one deletion on 终结执行, the restriction of 2027-01-01 00:00 in Shanghai; a year without a quarter lists its four', async () => {
    const s = await stats(judge, 'year=2027');
    expect(s.periods.map((p) => p.quarter)).toEqual([1, 2, 3, 4]);
    expect(figures(s.periods[0]!.rows[0]!)).toEqual({
      newListings: 1,
      restrictions: 2,
      restorations: 0,
      deletions: { terminated: 1 },
      deletionsTotal: 1,
    });
    for (const p of s.periods.slice(1)) expect(figures(p.rows[0]!)).toEqual(zero);
  });

  it('refuses another court’s statistics to a base court’s judge, and an unknown court', async () => {
    expectProblem(await taishan.get('/api/v1/credit/statistics?year=2026&court=粤0703'), 403, 'court-out-of-scope');
    expectProblem(await judge.get('/api/v1/credit/statistics?year=2026&court=粤07'), 403, 'court-out-of-scope');
    expectProblem(await judge.get('/api/v1/credit/statistics?year=2026&court=粤9999'), 422, 'unknown-court');
    expectProblem(await judge.get('/api/v1/credit/statistics?year=2026&quarter=5'), 422, 'validation-failed');
  });
});

describe('the statistics rolled up to 江门中院', () => {
  it('2026 Q4: its own row, a row for each basic court of 江门 (蓬江 and 台山 with figures), and the total', async () => {
    const rows = (await stats(coordinator, 'court=粤07&year=2026&quarter=4')).periods[0]!.rows;
    expect(rows[0]).toMatchObject({ courtCode: '粤07', kind: 'own' });
    expect(rows.at(-1)).toMatchObject({ courtCode: null, courtName: '合计', kind: 'total' });
    const lower = rows.slice(1, -1);
    expect(lower.length).toBeGreaterThanOrEqual(7);
    expect(lower.every((r) => r.kind === 'lower' && r.courtCode!.startsWith('粤07'))).toBe(true);
    const by = (code: string) => figures(rows.find((r) => r.courtCode === code)!);
    expect(by('粤07')).toEqual(zero);
    expect(by('粤0703')).toEqual({
      newListings: 3,
      restrictions: 4,
      restorations: 1,
      deletions: { 'applicant-request': 1 },
      deletionsTotal: 1,
    });
    expect(by('粤0781')).toEqual({ newListings: 3, restrictions: 3, restorations: 0, deletions: {}, deletionsTotal: 0 });
    for (const r of lower.filter((x) => x.courtCode !== '粤0703' && x.courtCode !== '粤0781')) expect(figures(r)).toEqual(zero);
    expect(figures(rows.at(-1)!)).toEqual({
      newListings: 6,
      restrictions: 7,
      restorations: 1,
      deletions: { 'applicant-request': 1 },
      deletionsTotal: 1,
    });
  });

  it('2027 Q1: 江门中院’s own restriction, 台山’s deletion on 中止执行 and its expiry by the sweep, and not 广州中院’s restriction', async () => {
    const rows = (await stats(coordinator, 'court=粤07&year=2027&quarter=1')).periods[0]!.rows;
    const by = (code: string | null) => figures(rows.find((r) => r.courtCode === code)!);
    expect(by('粤07')).toEqual({ ...zero, restrictions: 1 });
    expect(by('粤0703')).toEqual({ newListings: 1, restrictions: 2, restorations: 0, deletions: { terminated: 1 }, deletionsTotal: 1 });
    expect(by('粤0781')).toEqual({
      newListings: 0,
      restrictions: 0,
      restorations: 1,
      deletions: { suspended: 1, 'term-expired': 1 },
      deletionsTotal: 2,
    });
    expect(by(null)).toEqual({
      newListings: 1,
      restrictions: 3,
      restorations: 1,
      deletions: { terminated: 1, suspended: 1, 'term-expired': 1 },
      deletionsTotal: 3,
    });
  });

  it('gives a higher court’s coordinator a lower court’s own figures on asking for it', async () => {
    const rows = (await stats(coordinator, 'court=粤0781&year=2027&quarter=1')).periods[0]!.rows;
    expect(rows.map((r) => r.kind)).toEqual(['own', 'total']);
    expect(figures(rows[0]!).deletions).toEqual({ suspended: 1, 'term-expired': 1 });
  });
});
