import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, type TestApp } from '../support/test-app.ts';
import { expectProblem, movableClock, type MovableClock } from '../api/fixtures.ts';
import { caller, signInStaff, type Staff } from './funds-fixtures.ts';
import { reconcileScenario, type Scenario } from './reconcile-fixtures.ts';

// GET /funds/reconciliation and …/reconciliation.xlsx: the court account's statement against the
// ledger as of a date, for finance and the bureau head, one of each difference kind.

let app: TestApp;
let clock: MovableClock;
let staff: Staff;
let s: Scenario;

beforeAll(async () => {
  clock = movableClock('2026-11-20T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  s = await reconcileScenario(app, clock);
  staff = await signInStaff(app);
}, 120_000);
afterAll(() => app?.close());

const url = (q: string) => `/api/v1/funds/reconciliation?${q}`;

describe('对账 over the API', () => {
  it('lists every difference with both sides, and the totals', async () => {
    const r = await caller(app, staff.finance)('GET', url(`court=${encodeURIComponent('粤0703')}&asOf=2026-11-30`));
    expect(r.statusCode, r.body).toBe(200);
    const body = r.json();
    expect(body).toMatchObject({
      court: { code: '粤0703' },
      asOf: '2026-11-30',
      clean: false,
      matched: 1,
      statementLines: 3,
      ledgerMovements: 3,
      statementTotal: '320.00',
      ledgerTotal: '270.00',
      difference: '50.00',
    });
    expect(body.differences).toEqual([
      {
        kind: 'extra',
        kindName: '账上有、流水无',
        statement: null,
        ledger: expect.objectContaining({ reference: s.refs.extra, postedOn: '2026-11-25', amount: '50.00', caseNumber: s.caseNumber }),
        difference: '-50.00',
      },
      {
        kind: 'amount-differs',
        kindName: '金额不符',
        statement: { bankReference: s.refs.differs, receivedOn: '2026-11-26', amount: '120.00', payerName: '江门市恒泰建材有限公司' },
        ledger: expect.objectContaining({ reference: s.refs.differs, postedOn: '2026-11-26', amount: '100.00' }),
        difference: '20.00',
      },
      {
        kind: 'missing',
        kindName: '流水有、账上无',
        statement: { bankReference: s.refs.missing, receivedOn: '2026-11-29', amount: '80.00', payerName: '梁国强' },
        ledger: null,
        difference: '80.00',
      },
    ]);
  });

  it('is clean before the differences, and for the bureau head too', async () => {
    const r = await caller(app, staff.head)('GET', url('asOf=2026-11-24'));
    expect(r.statusCode, r.body).toBe(200);
    expect(r.json()).toMatchObject({
      clean: true,
      matched: 1,
      statementTotal: '120.00',
      ledgerTotal: '120.00',
      difference: '0.00',
      differences: [],
    });
  });

  it('exports the same report as XLSX, read back with exceljs', async () => {
    const r = await caller(app, staff.finance)(
      'GET',
      `/api/v1/funds/reconciliation.xlsx?court=${encodeURIComponent('粤0703')}&asOf=2026-11-30`,
    );
    expect(r.statusCode, r.body).toBe(200);
    expect(r.headers['content-type']).toContain('spreadsheetml');
    expect(decodeURIComponent(String(r.headers['content-disposition']))).toContain('对账-粤0703-2026-11-30.xlsx');
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(r.rawPayload as unknown as ArrayBuffer);
    const sheet = book.worksheets[0]!;
    const rows: unknown[][] = [];
    sheet.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
    expect(rows[0]?.slice(0, 5)).toEqual(['差异类型', '流水号', '到账日期', '付款人', '流水金额（元）']);
    expect(rows.slice(1, 4).map((x) => [x[0], x[1] ?? null, x[4] ?? null, x[9] ?? null, x[10]])).toEqual([
      ['账上有、流水无', null, null, 50, -50],
      ['金额不符', s.refs.differs, 120, 100, 20],
      ['流水有、账上无', s.refs.missing, 80, null, 80],
    ]);
    expect(rows[4]?.[0]).toContain('合计');
    expect([rows[4]?.[4], rows[4]?.[9], rows[4]?.[10]]).toEqual([320, 270, 50]);
  });

  it('refuses who may not see it, an unknown court, a court out of scope and a bad date', async () => {
    expectProblem(await caller(app, staff.judge)('GET', url('asOf=2026-11-30')), 403, 'forbidden');
    expectProblem(await caller(app, staff.finance)('GET', url('court=XX9999')), 422, 'unknown-court');
    expectProblem(await caller(app, staff.finance)('GET', url(`court=${encodeURIComponent('粤0704')}`)), 403, 'forbidden');
    expectProblem(await caller(app, staff.finance)('GET', url('asOf=2026-13-01')), 422, 'validation-failed');
    expectProblem(await caller(app, staff.judge)('GET', '/api/v1/funds/reconciliation.xlsx'), 403, 'forbidden');
  });
});
