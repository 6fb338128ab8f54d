import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { movableClock } from '../api/fixtures.ts';
import { caller, caseWithPayee, receipt, signInStaff, type Staff } from './funds-fixtures.ts';

// GET /cases/{id}/account/entries.xlsx: the case account's statement (案款明细) as a workbook, every
// movement oldest first with the balance after it (issue 11, item 7).

let app: TestApp;
let staff: Staff;

beforeAll(async () => {
  app = await createTestApp({ clock: movableClock('2026-11-26T02:00:00.000Z'), seedCases: 0 });
  staff = await signInStaff(app);
});
afterAll(() => app?.close());

describe('the statement of a case account as XLSX', () => {
  it('lists every entry, oldest first, income and outgo apart, with the balance after each; read back with exceljs', async () => {
    const finance = caller(app, staff.finance);
    const { caseId, partyId } = await caseWithPayee(app, staff);
    expect((await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('5000.00'), 'sx-r1')).statusCode).toBe(201);
    expect((await finance('POST', `/api/v1/cases/${caseId}/receipts`, receipt('1000.50'), 'sx-r2')).statusCode).toBe(201);
    const asked = await caller(app, staff.judge)('POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: '2000.00' }, 'sx-p1');
    expect(asked.statusCode, asked.body).toBe(201);
    for (const who of [staff.enforcer, staff.head, staff.finance])
      expect((await caller(app, who)('POST', `/api/v1/payouts/${asked.json().id}/approve`, {})).statusCode).toBe(200);

    const r = await caller(app, staff.judge)('GET', `/api/v1/cases/${caseId}/account/entries.xlsx`);
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    const account = (await caller(app, staff.judge)('GET', `/api/v1/cases/${caseId}/account`)).json();
    expect(decodeURIComponent(String(r.headers['content-disposition']))).toContain(`案款明细-${account.accountNumber}.xlsx`);
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const rows: unknown[][] = [];
    book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]?.slice(0, 6)).toEqual(['记账日期', '类别', '摘要', '收入（元）', '支出（元）', '余额（元）']);
    expect(rows.slice(1).map((x) => [x[1], x[3] ?? null, x[4] ?? null, x[5]])).toEqual([
      ['到账', 5000, null, 5000],
      ['到账', 1000.5, null, 6000.5],
      ['发放', null, 2000, 4000.5],
    ]);
  }, 120_000);

  it('is refused for a case the caller cannot read', async () => {
    const r = await caller(app, staff.judge)('GET', '/api/v1/cases/00000000-0000-4000-8000-000000000000/account/entries.xlsx');
    expect(r.statusCode).toBe(404);
    expect(r.json().code).toBe('case-not-found');
  });
});
