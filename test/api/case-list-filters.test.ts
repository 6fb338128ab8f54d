import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { strFromU8, unzipSync } from 'fflate';
import { buildStaff } from '../support/builders/access.builder.ts';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, enc, expectProblem, filingBody, newCreditCode } from './fixtures.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import type { LocalDate } from '../../src/shared/dates.ts';

// The list as a clerk uses it: a fragment of an ID number or credit code, the 执行依据 number,
// 结案方式, 立案年度, amount range (typed with separators), 承办人, the 执行期限 (overdue, due soon)
// with each row marked; sorting, page numbers, the total, and the filtered list as XLSX.
// The server's today is 2026-11-26 (TEST_NOW).

let app: TestApp;
let judge: ReturnType<typeof client>;
let staff: Record<string, string>;
const made: Record<string, { id: string; caseNumber: string }> = {};
// A number no other party of the test shares a fragment with (other parties are born 1960–1999 in 440703).
const personId = makeResidentId('440704', '1955-12-27' as LocalDate, 913);
const firmCode = newCreditCode();

type Item = { id: string; caseNumber: string; claimAmount: string; term: { dueOn: string; state: string } | null };

async function file(name: string, body: Record<string, unknown>) {
  const res = await judge.post('/api/v1/cases', filingBody(body));
  expect(res.statusCode, res.body).toBe(201);
  made[name] = res.json();
}

beforeAll(async () => {
  app = await createTestApp();
  staff = await buildStaff(app);
  judge = client(app, await login(app, 'judge'));
  const title = (documentNumber: string) => ({
    documentNumber,
    issuer: '广东省江门市蓬江区人民法院',
    effectiveOn: '2025-10-09',
    obligations: [{ kind: 'money', amount: '1.00', description: '给付' }],
  });
  // 执行期限 six months from filing: past on 2025-12-01 → overdue; 2026-06-10 → 2026-12-10, due soon.
  await file('overdue', { filedOn: '2026-03-02', claimAmount: '3000000.00', title: title('（2025）粤0703民初77号') });
  await file('soon', { filedOn: '2026-06-10', claimAmount: '450.00', title: title('（2025）粤0703民初78号') });
  await file('person', {
    filedOn: '2026-11-20',
    claimAmount: '120000.00',
    officerId: staff.enforcer,
    debtors: [{ kind: 'person', name: '何志强', idNumber: personId }],
    title: title('（2026）粤0703民初5521号'),
  });
  await file('firm', {
    filedOn: '2025-12-30',
    claimAmount: '88000.00',
    debtors: [{ kind: 'organization', name: '江门市新创科技有限公司', creditCode: firmCode }],
    title: title('（2025）粤0703民初77号之一'),
  });
  // One closed as 执行完毕 (taken directly; 终结执行 and 不予执行 go through the bureau head's approval).
  const closed = await judge.post(`/api/v1/cases/${made.firm!.id}/close`, {
    mode: 'fully-enforced',
    closedOn: '2026-01-05',
    reason: '被执行人已全部履行',
  });
  expect(closed.statusCode, closed.body).toBe(200);
});
afterAll(() => app?.close());

const list = async (query: string) => {
  const res = await judge.get(`/api/v1/cases?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: Item[]; page: number; limit: number; hasMore: boolean; nextCursor: string | null };
};
const idsOf = async (query: string) => (await list(query)).items.map((i) => i.id).sort();
const ids = (...names: string[]) => names.map((n) => made[n]!.id).sort();

describe('finding cases', () => {
  it('by a fragment of a debtor’s ID number or credit code (four characters or more)', async () => {
    expect(await idsOf(`party=${enc(personId.slice(8, 16))}`)).toEqual(ids('person'));
    expect(await idsOf(`party=${enc(firmCode.slice(-6).toLowerCase())}`)).toEqual(ids('firm'));
  });

  it('by the 执行依据 number in any spelling, whole or a fragment', async () => {
    expect(await idsOf(`titleNumber=${enc('(2026)粤0703民初５５２１号')}`)).toEqual(ids('person'));
    expect(await idsOf(`titleNumber=${enc('民初77')}`)).toEqual(ids('overdue', 'firm'));
  });

  it('by 结案方式, 立案年度, 承办人 and an amount range typed with thousands separators', async () => {
    expect(await idsOf('closureMode=fully-enforced')).toEqual(ids('firm'));
    expect(await idsOf('year=2025')).toEqual(ids('firm'));
    expect(await idsOf(`officer=${staff.enforcer}`)).toEqual(ids('person'));
    expect(await idsOf(`amountFrom=${enc('10,000')}&amountTo=${enc('1,000,000.00')}`)).toEqual(ids('person', 'firm'));
  });

  it('by the 执行期限: overdue, and due within 30 days; each row carries its mark', async () => {
    expect(await idsOf('deadline=overdue')).toEqual(ids('overdue'));
    expect(await idsOf('deadline=due-soon')).toEqual(ids('soon'));
    const byId = new Map((await list('limit=50')).items.map((i) => [i.id, i.term]));
    expect(byId.get(made.overdue!.id)).toEqual({ dueOn: '2026-09-02', state: 'overdue' });
    expect(byId.get(made.soon!.id)).toEqual({ dueOn: '2026-12-10', state: 'due-soon' });
    expect(byId.get(made.person!.id)).toMatchObject({ state: 'running' });
    expect(byId.get(made.firm!.id)).toMatchObject({ state: 'met' });
  });

  it('refuses bad filters with a Chinese message', async () => {
    expectProblem(await judge.get(`/api/v1/cases?amountFrom=${enc('十万')}`), 422, 'validation-failed');
    expectProblem(await judge.get('/api/v1/cases?amountFrom=500&amountTo=100'), 422, 'validation-failed');
    expectProblem(await judge.get('/api/v1/cases?closureMode=lost'), 422, 'validation-failed');
  });
});

describe('sorting, pages and the total', () => {
  it('sorts by amount either way and by case number', async () => {
    const asc = (await list('sort=claimAmount&order=asc')).items.map((i) => i.claimAmount);
    expect(asc).toEqual(['450.00', '88000.00', '120000.00', '3000000.00']);
    const desc = (await list('sort=claimAmount')).items.map((i) => i.claimAmount);
    expect(desc).toEqual([...asc].reverse());
    const byNumber = (await list('sort=caseNumber&order=asc')).items.map((i) => i.caseNumber);
    expect(byNumber[0]).toMatch(/^（2025）/);
  });

  it('walks page numbers without growing the URL, and counts the whole result', async () => {
    const p1 = await list('limit=3&page=1&sort=claimAmount&order=asc');
    const p2 = await list('limit=3&page=2&sort=claimAmount&order=asc');
    expect(p1).toMatchObject({ page: 1, limit: 3, hasMore: true, nextCursor: null });
    expect(p2.items.map((i) => i.claimAmount)).toEqual(['3000000.00']);
    expect(p2.hasMore).toBe(false);
    const count = await judge.get('/api/v1/cases/count?year=2026');
    expect(count.json()).toEqual({ total: 3, capped: false });
  });

  it('refuses a page past the first 10,000 rows, and a cursor under another order', async () => {
    expectProblem(await judge.get('/api/v1/cases?page=501&limit=20'), 422, 'page-too-deep');
    const first = await list('limit=1');
    expectProblem(await judge.get(`/api/v1/cases?sort=claimAmount&cursor=${first.nextCursor}`), 422, 'validation-failed');
  });
});

describe('export of the filtered list', () => {
  it('gives an XLSX of the rows in the list’s order, amounts as numbers, and records the export', async () => {
    const res = await judge.get('/api/v1/cases/export.xlsx?sort=claimAmount&order=desc&year=2026');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet');
    expect(String(res.headers['content-disposition'])).toContain(enc('案件列表-2026-11-26.xlsx'));
    const files = unzipSync(new Uint8Array(res.rawPayload));
    expect(Object.keys(files)).toEqual(expect.arrayContaining(['xl/workbook.xml', 'xl/worksheets/sheet1.xml', '[Content_Types].xml']));
    const sheet = strFromU8(files['xl/worksheets/sheet1.xml']!);
    const rows = [...sheet.matchAll(/<row r="(\d+)">(.*?)<\/row>/g)].map((m) => m[2]!);
    expect(rows).toHaveLength(4);
    expect(rows[0]).toContain('案号');
    expect(rows[1]).toContain(made.overdue!.caseNumber);
    expect(rows[1]).toContain('<v>3000000</v>');
    expect(rows[1]).toContain('已超期');
    expect(rows[3]).toContain(made.soon!.caseNumber);
    const event = await app.db
      .selectFrom('events')
      .select(['changes'])
      .where('action', '=', 'case.list-exported')
      .executeTakeFirstOrThrow();
    expect(event.changes).toMatchObject({ rows: 3, format: 'xlsx', filters: { year: 2026, sort: 'claimAmount' } });
  });
});
