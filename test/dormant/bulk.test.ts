import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, movableClock } from '../api/fixtures.ts';
import { aCompany, aPerson, buildCase } from '../support/builders/cases.builder.ts';
import { dormantCase } from './dormant-fixtures.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { exportDormantCases, MAX_POOL_EXPORT_ROWS } from '../../src/dormant/export-pool.ts';

// Bulk actions on the 终本案件库 (ADR 0216): one officer for many pool cases with an outcome per
// case — assigned, unchanged, not found (another court's, or not in the pool), refused (an officer
// who cannot handle that case) — and the pool exported as XLSX, all rows the filters match or the
// rows selected.

const clock = movableClock('2029-06-01T02:00:00.000Z');
let app: TestApp;
let auth: { authorization: string };
let judge: ReturnType<typeof client>;
const ids: Record<string, string> = {};
const officers: Record<string, string> = {};

beforeAll(async () => {
  app = await createTestApp({ clock, seedCases: 0, config: { sessionHours: 24 * 365 * 4 } });
  auth = await login(app, 'judge');
  judge = client(app, auth);
  const pool = (closedOn: string, debtor: ReturnType<typeof aPerson>, claimAmount: string) =>
    dormantCase(app, { filedOn: '2026-10-20', closedOn, debtor, claimAmount }).then((c) => c.id);
  ids.a = await pool('2026-11-01', aPerson('梁国强'), '80000.00');
  ids.b = await pool('2027-06-15', aCompany('江门市联兴五金有限公司'), '500000.00');
  ids.c = await pool('2028-12-20', aPerson('李四'), '12000.00');
  ids.elsewhere = (await dormantCase(app, { court: '粤0781', filedOn: '2026-10-20', closedOn: '2028-01-05', claimAmount: '30000.00' })).id;
  ids.open = (await buildCase(app, { filedOn: '2026-10-20', status: 'in-progress' })).id; // not in the pool
  const list = (await judge.get('/api/v1/users/officers')).json<{ items: { id: string; name: string; courtCode: string }[] }>();
  for (const o of list.items) officers[o.name] = o.id;
  const users = await sql<{ id: string; username: string }>`select id, username from users`.execute(app.db);
  for (const u of users.rows) officers[u.username] = u.id;
});
afterAll(() => app?.close());

type Outcome = { caseId: string; outcome: string; code?: string; title?: string };
type Assignment = { items: Outcome[]; assigned: number; unchanged: number; failed: number };

const assign = (caseIds: string[], officerId: string, key?: string) =>
  app.server.inject({
    method: 'POST',
    url: '/api/v1/dormant-cases/assign-officer',
    headers: { ...auth, ...(key ? { 'idempotency-key': key } : {}) },
    payload: { caseIds, officerId },
  });
const officerOf = async (caseId: string) =>
  (await sql<{ officer_id: string | null }>`select officer_id from cases where id = ${caseId}`.execute(app.db)).rows[0]!.officer_id;
const assignedEvents = async (caseId: string) =>
  Number(
    (
      await sql<{ n: string }>`select count(*) as n from events where case_id = ${caseId} and action = 'case.officer-assigned'`.execute(
        app.db,
      )
    ).rows[0]!.n,
  );

describe('批量指派承办人', () => {
  it('assigns exactly the requested pool cases and says, per case, what became of each', async () => {
    const res = await assign([ids.a!, ids.b!, ids.elsewhere!, ids.open!], officers.enforcer!);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json<Assignment>();
    expect(body.items).toEqual([
      { caseId: ids.a, outcome: 'assigned' },
      { caseId: ids.b, outcome: 'assigned' },
      { caseId: ids.elsewhere, outcome: 'not-found' }, // 台山's case: outside the reader's court
      { caseId: ids.open, outcome: 'not-found' }, // not in the 终本案件库
    ]);
    expect([body.assigned, body.unchanged, body.failed]).toEqual([2, 0, 2]);
    expect([await officerOf(ids.a!), await officerOf(ids.b!)]).toEqual([officers.enforcer, officers.enforcer]);
    expect([await officerOf(ids.c!), await officerOf(ids.elsewhere!), await officerOf(ids.open!)]).toEqual([null, null, null]);
    expect([await assignedEvents(ids.a!), await assignedEvents(ids.b!), await assignedEvents(ids.c!)]).toEqual([1, 1, 0]);
  });

  it('leaves a case that already has the officer unchanged, without a second event', async () => {
    const body = (await assign([ids.a!, ids.c!], officers.enforcer!)).json<Assignment>();
    expect(body.items.map((i) => i.outcome)).toEqual(['unchanged', 'assigned']);
    expect([body.assigned, body.unchanged, body.failed]).toEqual([1, 1, 0]);
    expect(await assignedEvents(ids.a!)).toBe(1);
  });

  it('refuses, per case, an officer who is not an enforcement officer of the case’s court, and writes nothing', async () => {
    const eventsBefore = Number((await sql<{ n: string }>`select count(*) as n from events`.execute(app.db)).rows[0]!.n);
    for (const bad of [officers.clerk!, officers.taishan!, '00000000-0000-4000-8000-000000000000']) {
      const body = (await assign([ids.a!, ids.b!], bad)).json<Assignment>();
      expect(body.items).toEqual([
        { caseId: ids.a, outcome: 'refused', code: 'officer-invalid', title: expect.stringMatching(/承办人/) as unknown },
        { caseId: ids.b, outcome: 'refused', code: 'officer-invalid', title: expect.stringMatching(/承办人/) as unknown },
      ]);
      expect(body.failed).toBe(2);
    }
    expect([await officerOf(ids.a!), await officerOf(ids.b!)]).toEqual([officers.enforcer, officers.enforcer]);
    expect(Number((await sql<{ n: string }>`select count(*) as n from events`.execute(app.db)).rows[0]!.n)).toBe(eventsBefore);
  });

  it('does not undo the others when one is refused: 台山’s judge assigns in his court and is refused in ours', async () => {
    const taishan = await login(app, 'taishan');
    const res = await app.server.inject({
      method: 'POST',
      url: '/api/v1/dormant-cases/assign-officer',
      headers: taishan,
      payload: { caseIds: [ids.elsewhere, ids.a], officerId: officers.taishan },
    });
    expect(res.json<Assignment>().items).toEqual([
      { caseId: ids.elsewhere, outcome: 'assigned' },
      { caseId: ids.a, outcome: 'not-found' },
    ]);
    expect(await officerOf(ids.elsewhere!)).toBe(officers.taishan);
  });

  it('shows the officer in the pool, the case list and the case', async () => {
    const pool = (await judge.get('/api/v1/dormant-cases')).json<{ items: { caseId: string; officer: unknown }[] }>();
    const officer = { id: officers.enforcer, name: '李强（执行员）' };
    expect(pool.items.find((i) => i.caseId === ids.b)?.officer).toEqual(officer);
    expect((await judge.get(`/api/v1/cases/${ids.b}`)).json<{ officer: { id: string } }>().officer).toMatchObject(officer);
    const cases = (await judge.get(`/api/v1/cases?officer=${officers.enforcer}&status=closed`)).json<{ items: { id: string }[] }>();
    expect(cases.items.map((c) => c.id).sort()).toEqual([ids.a, ids.b, ids.c].sort());
  });

  it('answers a retried request under the same Idempotency-Key with the first answer, acting once', async () => {
    const first = await assign([ids.c!], officers.judge!, 'bulk-assign-1');
    expect(first.json<Assignment>().items).toEqual([{ caseId: ids.c, outcome: 'assigned' }]);
    const again = await assign([ids.c!], officers.judge!, 'bulk-assign-1');
    expect(again.headers['idempotent-replayed']).toBe('true');
    expect(again.json()).toEqual(first.json());
    expect(await assignedEvents(ids.c!)).toBe(2); // the enforcer's, then the judge's once
    expectProblem(await assign([ids.a!], officers.judge!, 'bulk-assign-1'), 409, 'idempotency-key-reused');
  });

  it('takes 1 to 200 cases, and needs case.assign', async () => {
    const many = Array.from({ length: 201 }, (_, i) => `00000000-0000-4000-8000-${String(i).padStart(12, '0')}`);
    expectProblem(await assign(many, officers.enforcer!), 422, 'validation-failed');
    expectProblem(await assign([], officers.enforcer!), 422, 'validation-failed');
    const clerk = await login(app, 'clerk');
    const res = await app.server.inject({
      method: 'POST',
      url: '/api/v1/dormant-cases/assign-officer',
      headers: clerk,
      payload: { caseIds: [ids.a], officerId: officers.enforcer },
    });
    expect(res.statusCode).toBe(403);
  });
});

async function sheet(url: string): Promise<unknown[][]> {
  const r = await judge.get(url);
  expect(r.statusCode, r.body).toBe(200);
  expect(r.headers['content-type']).toContain('spreadsheetml');
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

describe('导出终本案件库', () => {
  const header = [
    '案号',
    '法院',
    '终本日期',
    '入库日期',
    '未履行金额(元)',
    '被执行人',
    '在库时长',
    '措施',
    '已查次数',
    '上次查询',
    '下次应查',
    '状态',
  ];
  const numberOf = async (id: string) =>
    (await sql<{ case_number: string }>`select case_number from cases where id = ${id}`.execute(app.db)).rows[0]!.case_number;

  it('exports every row the filters match, in the pool’s order, with its header', async () => {
    const rows = await sheet('/api/v1/dormant-cases/export.xlsx');
    expect(rows[0]).toEqual(header);
    expect(rows.slice(1).map((r) => r[0])).toEqual([await numberOf(ids.c!), await numberOf(ids.b!), await numberOf(ids.a!)]);
    // An empty cell reads back as a hole: 措施 (none in force) and 上次查询 (never searched).
    expect(Array.from({ length: 12 }, (_, i) => rows[3]![i] ?? null)).toEqual([
      await numberOf(ids.a!),
      '广东省江门市蓬江区人民法院',
      '2026-11-01',
      '2026-11-08',
      80000,
      '梁国强',
      '2年6个月',
      null,
      0,
      null,
      '2027-05-01',
      '在库',
    ]);
    const old = await sheet('/api/v1/dormant-cases/export.xlsx?ageMin=12&debtorKind=organization');
    expect(old.slice(1).map((r) => [r[0], r[5]])).toEqual([[await numberOf(ids.b!), '江门市联兴五金有限公司（单位）']]);
    const events = await sql<{
      changes: { rows: number };
    }>`select changes from events where action = 'dormant.pool-exported' order by seq`.execute(app.db);
    expect(events.rows.map((e) => e.changes.rows)).toEqual([3, 1]);
  });

  it('exports only the selected rows when caseIds are given, and never another court’s', async () => {
    const rows = await sheet(`/api/v1/dormant-cases/export.xlsx?caseIds=${ids.a},${ids.elsewhere}`);
    expect(rows.slice(1).map((r) => r[0])).toEqual([await numberOf(ids.a!)]);
  });

  it('refuses, with export-too-large, more rows than the cap (50,000; a cap of 2 here), and exports up to it', async () => {
    const who = { ...systemPrincipal(app, '测试数据', '粤0703'), role: 'judge' as const };
    const over = await exportDormantCases(app, who, {}, 2);
    expect(over).toMatchObject({
      ok: false,
      code: 'export-too-large',
      detail: '符合条件的终本案件有 3 件，多于 2 件，请缩小筛选范围后再导出',
    });
    expect(await exportDormantCases(app, who, { ageMin: 12 }, 2)).toMatchObject({ ok: true, value: { rows: 2 } });
    expect(MAX_POOL_EXPORT_ROWS).toBe(50_000);
  });

  it('refuses a filter whose bounds are crossed', async () => {
    expectProblem(await judge.get('/api/v1/dormant-cases/export.xlsx?amountMin=100&amountMax=10'), 422, 'dormant-filter-invalid');
  });
});
