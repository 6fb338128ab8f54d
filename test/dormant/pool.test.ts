import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, movableClock, newIdNumber } from '../api/fixtures.ts';
import { aCompany, aPerson, buildCase } from '../support/builders/cases.builder.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';
import { closeCase } from '../../src/cases/change-case.ts';
import { enterPoolSweep } from '../../src/dormant/enter-pool.ts';
import { localDate } from '../../src/shared/dates.ts';
import { importCases } from '../../src/cases/import-cases.ts';
import { readImportFile } from '../../src/cases/read-import-file.ts';
import { filingBody } from '../api/fixtures.ts';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { dormantCase } from './dormant-fixtures.ts';

// The 终本案件库 through the API: a case closed as 终本 enters it (7 days, the first re-search six
// months on), cases closed as 终本 by an import enter by the entry sweep, and the pool lists with
// its filters, its paging and the reader's courts.

const clock = movableClock('2029-06-01T02:00:00.000Z');
let app: TestApp;
let judge: ReturnType<typeof client>;
let taishan: ReturnType<typeof client>;
const ids: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 365 * 4 } });
  judge = client(app, await login(app, 'judge'));
  taishan = client(app, await login(app, 'taishan'));
  const applicant = { kind: 'person' as const, name: '陈小红', idNumber: newIdNumber() };
  ids.old = (
    await dormantCase(app, { filedOn: '2026-10-20', closedOn: '2026-11-01', debtor: aPerson('梁国强'), claimAmount: '80000.00', applicant })
  ).id;
  ids.mid = (await dormantCase(app, { filedOn: '2026-10-20', closedOn: '2027-06-15', debtor: aCompany(), claimAmount: '500000.00' })).id;
  ids.recent = (
    await dormantCase(app, { filedOn: '2026-10-20', closedOn: '2028-12-20', debtor: aPerson('李四'), claimAmount: '12000.00' })
  ).id;
  ids.elsewhere = (await dormantCase(app, { court: '粤0781', filedOn: '2026-10-20', closedOn: '2028-01-05', claimAmount: '30000.00' })).id;
  const r = await createUser(app, systemPrincipal(app, '测试数据'), {
    username: 'party-dormant',
    displayName: '陈小红（申请执行人）',
    role: 'party',
    courtCode: '粤0703',
    scope: 'court',
    partyIdentity: applicant.idNumber,
    password: DEMO_PASSWORD,
  });
  if (!r.ok) throw new Error(r.code);
});
afterAll(() => app?.close());

const list = async (q = '') => {
  const res = await judge.get(`/api/v1/dormant-cases${q ? `?${q}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Record<string, unknown>[]; page: number; limit: number; hasMore: boolean };
};
const numbers = async (q = '') => (await list(q)).items.map((i) => i.caseId);

describe('entering the pool', () => {
  it('enters a case closed as 终本 on its closure: 7 days on, the first re-search six months after, five years in all', async () => {
    const row = (
      await sql<Record<string, unknown>>`select closed_on::text, entered_on::text, next_search_due::text, ends_on::text,
      outstanding_fen::text, research_cycle, status from dormant_cases where case_id = ${ids.old}`.execute(app.db)
    ).rows[0];
    expect(row).toEqual({
      closed_on: '2026-11-01',
      entered_on: '2026-11-08',
      next_search_due: '2027-05-01',
      ends_on: '2031-11-01',
      outstanding_fen: '8000000',
      research_cycle: 0,
      status: 'in-pool',
    });
    const events = await sql<{ action: string }>`select action from events where case_id = ${ids.old} and action like 'dormant.%'`.execute(
      app.db,
    );
    expect(events.rows.map((e) => e.action)).toEqual(['dormant.entered']);
    const deadline = await sql<Record<string, unknown>>`select subject, state, due_on::text from deadlines
      where case_id = ${ids.old} and node = 'dormant-research'`.execute(app.db);
    expect(deadline.rows).toEqual([{ subject: '1', state: 'open', due_on: '2027-05-03' }]); // 2027-05-01 is a Saturday: the next working day
  });

  it('leaves out a case closed any other way', async () => {
    const c = await buildCase(app, { filedOn: '2026-10-20', status: 'in-progress' });
    const who = { ...systemPrincipal(app, '测试数据', '粤0703'), role: 'judge' as const };
    const closed = await closeCase(app, who, c.id, { mode: 'fully-enforced', closedOn: '2026-11-20', reason: '已全部履行', version: 2 });
    expect(closed.ok).toBe(true);
    expect(await numbers()).not.toContain(c.id);
  });

  it('enters, by the entry sweep, a case an import closed as 终本, once', async () => {
    const c = await buildCase(app, { filedOn: '2026-10-20', status: 'in-progress' });
    await sql`update cases set status = 'closed', closure_mode = 'current-procedure-terminated', closed_on = '2029-02-01'
      where id = ${c.id}`.execute(app.db);
    const o = { asOf: localDate('2029-06-01'), dryRun: false };
    expect(await enterPoolSweep.run(app, { ...o, dryRun: true })).toMatchObject({ changed: 1 });
    expect(await enterPoolSweep.run(app, o)).toEqual({ examined: 1, changed: 1, done: true });
    expect(await enterPoolSweep.run(app, o)).toEqual({ examined: 0, changed: 0, done: true });
    ids.imported = c.id;
    expect(await numbers()).toContain(c.id);
  });
});

describe('entering the pool by an import', () => {
  it('enters a case an import writes closed as 终本, in the import’s transaction', async () => {
    const file = join(mkdtempSync(join(tmpdir(), 'zhixing-dormant-')), 'cases.jsonl');
    const row = {
      caseNumber: '（2026）粤0703执9101号',
      ...filingBody({ courtCode: '粤0703' }),
      status: 'closed',
      closure: { mode: 'current-procedure-terminated', closedOn: '2026-11-25', reason: '无财产可供执行' },
    };
    writeFileSync(file, `${JSON.stringify(row)}\n`);
    const report = await importCases(app, systemPrincipal(app, '测试导入'), readImportFile(file, 'jsonl'), {});
    expect(report).toMatchObject({ imported: 1, errors: [] });
    const entered = await sql<{ closed_on: string; next: string }>`select d.closed_on::text, d.next_search_due::text as next
      from dormant_cases d join cases c on c.id = d.case_id where c.case_number = '（2026）粤0703执9101号'`.execute(app.db);
    expect(entered.rows).toEqual([{ closed_on: '2026-11-25', next: '2027-05-25' }]);
    const id = (await sql<{ id: string }>`select id from cases where case_number = '（2026）粤0703执9101号'`.execute(app.db)).rows[0]!.id;
    await sql`delete from deadlines where case_id = ${id}`.execute(app.db); // out of the lists below
    await sql`delete from dormant_cases where case_id = ${id}`.execute(app.db);
    await sql`update cases set status = 'in-progress', closure_mode = null, closed_on = null where id = ${id}`.execute(app.db);
  });
});

describe('GET /api/v1/dormant-cases', () => {
  it('lists the pool of the reader’s courts, most recent 终本 first, with what the pool shows of each case', async () => {
    const page = await list();
    expect(page.items.map((i) => i.caseId)).toEqual([ids.imported, ids.recent, ids.mid, ids.old]);
    expect(page).toMatchObject({ page: 1, limit: 20, hasMore: false });
    const old = page.items.find((i) => i.caseId === ids.old)!;
    expect(old).toMatchObject({
      caseNumber: expect.stringMatching(/^（2026）粤0703执\d+号$/),
      courtCode: '粤0703',
      applicants: '陈小红',
      debtors: [{ name: '梁国强', kind: 'person' }],
      debtorKind: 'person',
      closedOn: '2026-11-01',
      enteredOn: '2026-11-08',
      ageMonths: 31,
      outstanding: '80000.00',
      researchCycle: 0,
      lastSearchOn: null,
      nextSearchDue: '2027-05-01',
      lastFindings: null,
      endsOn: '2031-11-01',
      seizuresInForce: 0,
      restrictionsInForce: 0,
      listingsInForce: 0,
      status: 'in-pool',
    });
    expect((await taishan.get('/api/v1/dormant-cases')).json().items.map((i: { caseId: string }) => i.caseId)).toEqual([ids.elsewhere]);
  });

  it('filters by court, age in months, amount owed, debtor type and last search', async () => {
    expect(await numbers('court=粤0781')).toEqual([]); // outside the judge's courts
    expect(await numbers('ageMin=24')).toEqual([ids.old]);
    expect(await numbers('ageMin=23&ageMax=23')).toEqual([ids.mid]);
    expect(await numbers('ageMax=5')).toEqual([ids.imported, ids.recent]);
    expect(await numbers('amountMin=50,000&amountMax=600000')).toEqual([ids.imported, ids.mid, ids.old]);
    expect(await numbers('amountMin=200000')).toEqual([ids.mid]);
    expect(await numbers('amountMax=12000')).toEqual([ids.recent]);
    expect(await numbers('debtorKind=organization')).toEqual([ids.imported, ids.mid]);
    expect(await numbers('debtorKind=person')).toEqual([ids.recent, ids.old]);
    expect(await numbers('lastSearchBefore=2029-01-01')).toHaveLength(4); // never searched
  });

  it('pages, and refuses filters that contradict themselves or are not understood', async () => {
    const first = await list('limit=3');
    expect(first).toMatchObject({ page: 1, limit: 3, hasMore: true });
    const second = await list('limit=3&page=2');
    expect(second).toMatchObject({ page: 2, hasMore: false });
    expect([...first.items, ...second.items].map((i) => i.caseId)).toEqual(await numbers());
    expectProblem(await judge.get('/api/v1/dormant-cases?amountMin=100&amountMax=10'), 422, 'dormant-filter-invalid');
    expectProblem(await judge.get('/api/v1/dormant-cases?ageMin=10&ageMax=2'), 422, 'dormant-filter-invalid');
    expectProblem(await judge.get('/api/v1/dormant-cases?court=不存在'), 422, 'unknown-court');
    expectProblem(await judge.get('/api/v1/dormant-cases?debtorKind=robot'), 422, 'validation-failed');
    expectProblem(await judge.get('/api/v1/dormant-cases?page=10000&limit=200'), 422, 'page-too-deep');
  });

  it('is for the court’s staff: a party is refused, and no one unsigned', async () => {
    const party = client(app, await login(app, 'party-dormant'));
    expectProblem(await party.get('/api/v1/dormant-cases'), 403, 'forbidden');
    expectProblem(await client(app, null).get('/api/v1/dormant-cases'), 401, 'unauthenticated');
  });

  it('GET /cases/{id}/researches: none yet, the next search due; another court’s case is not found', async () => {
    const res = await judge.get(`/api/v1/cases/${ids.old}/researches`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toEqual({ inPool: true, nextSearchDue: '2027-05-01', items: [] });
    expectProblem(await judge.get(`/api/v1/cases/${ids.elsewhere}/researches`), 404, 'case-not-found');
  });
});
