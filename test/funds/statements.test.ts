import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { createTestApp, login, type TestApp } from '../support/test-app.ts';
import { client, expectProblem, movableClock, type MovableClock } from '../api/fixtures.ts';
import { depositBody, recordAsset, seize } from '../assets/asset-fixtures.ts';
import { caller, caseWithPayee, expectLedgerSound, fundsCounts, signInStaff, type Staff } from './funds-fixtures.ts';

// Money arriving from the bank: statements as CSV and XLSX with a column mapping, lines pushed by
// the bank through the institution API, 暂存款 waiting with suggestions and a claim deadline, and
// deductions from a freeze posting to the ledger.

let app: TestApp;
let clock: MovableClock;
let staff: Staff;

beforeAll(async () => {
  clock = movableClock('2026-11-26T02:00:00.000Z');
  app = await createTestApp({ clock, seedCases: 0 });
  staff = await signInStaff(app);
});
afterAll(() => app?.close());

const mapping = {
  amount: '贷方金额',
  receivedOn: '交易日期',
  payerName: '对方户名',
  bankReference: '流水号',
  accountNumber: '收款子账号',
  remark: '附言',
};
const account = async (caseId: string) => (await caller(app, staff.judge)('GET', `/api/v1/cases/${caseId}/account`)).json();
const caseNumber = async (caseId: string) => (await caller(app, staff.judge)('GET', `/api/v1/cases/${caseId}`)).json().caseNumber as string;

describe('bank statements', () => {
  it('posts a CSV line naming a case account, keeps the others as 暂存款 with suggestions, and imports each line once', async () => {
    let finance = caller(app, staff.finance);
    const a = await caseWithPayee(app, staff);
    const b = await caseWithPayee(app, staff);
    const number = (await account(a.caseId)).accountNumber;
    const csv = [
      '交易日期,流水号,对方户名,贷方金额,收款子账号,附言',
      `2026/11/25,S-001,江门市恒泰建材有限公司,"1,200.00",${number},执行款`,
      `2026-11-25,S-002,梁国强,300.50,,${await caseNumber(b.caseId)}案款`,
      '2026-11-25,S-003,某某,,,支出',
    ].join('\r\n');
    const first = await finance('POST', '/api/v1/funds/statements', { format: 'csv', content: csv, mapping });
    expect(first.statusCode, first.body).toBe(200);
    expect(first.json()).toMatchObject({ posted: 1, unmatched: 1, duplicates: 0, skipped: 1 });
    expect(await account(a.caseId)).toMatchObject({ balance: '1200.00' });
    const before = await fundsCounts(app);
    const again = await finance('POST', '/api/v1/funds/statements', { format: 'csv', content: csv, mapping });
    expect(again.json()).toMatchObject({ posted: 0, unmatched: 0, duplicates: 2 });
    expect(await fundsCounts(app)).toEqual(before);

    const queue = (await finance('GET', '/api/v1/funds/unmatched')).json().items;
    const waiting = queue.find((u: { bankReference: string }) => u.bankReference === 'S-002');
    // 3 days from 11-25 end on Saturday 11-28: the claim deadline moves on to Monday (民诉法 第85条).
    expect(waiting).toMatchObject({ amount: '300.50', claimBy: '2026-11-30', overdue: false });
    expect(waiting.suggestions[0]).toMatchObject({ caseId: b.caseId, reasons: ['附言载明案号'] });

    // Overdue after the 3 days; claimed once, into the suggested case.
    clock.set('2026-12-01T02:00:00.000Z');
    staff = await signInStaff(app); // the sessions of three days ago have expired
    finance = caller(app, staff.finance);
    expect((await finance('GET', '/api/v1/funds/unmatched')).json().items.find((u: { id: string }) => u.id === waiting.id).overdue).toBe(
      true,
    );
    const claimed = await finance('POST', `/api/v1/funds/unmatched/${waiting.id}/claim`, { caseId: b.caseId }, 'claim-1');
    expect(claimed.statusCode, claimed.body).toBe(201);
    expect(claimed.json()).toMatchObject({ source: 'claim', amount: '300.50', balance: '300.50' });
    expectProblem(
      await finance('POST', `/api/v1/funds/unmatched/${waiting.id}/claim`, { caseId: a.caseId }, 'claim-2'),
      409,
      'unmatched-claimed',
    );
    clock.set('2026-11-26T02:00:00.000Z');
    staff = await signInStaff(app);
    await expectLedgerSound(app);
  });

  it('reads the XLSX a bank exports, with its own column titles', async () => {
    const a = await caseWithPayee(app, staff);
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('明细');
    sheet.addRow(['记账日期', '交易流水号', '付款人名称', '收入金额', '子账号']);
    sheet.addRow(['20261124', 'X-001', '江门市恒泰建材有限公司', 8000.5, (await account(a.caseId)).accountNumber]);
    const content = Buffer.from(await book.xlsx.writeBuffer()).toString('base64');
    const res = await caller(app, staff.finance)('POST', '/api/v1/funds/statements', {
      format: 'xlsx',
      content,
      mapping: {
        amount: '收入金额',
        receivedOn: '记账日期',
        payerName: '付款人名称',
        bankReference: '交易流水号',
        accountNumber: '子账号',
      },
    });
    expect(res.json()).toMatchObject({ posted: 1 });
    expect(await account(a.caseId)).toMatchObject({ balance: '8000.50' });
  });

  it('refuses a mapping that names a missing column, and a file that is not XLSX, writing nothing', async () => {
    const finance = caller(app, staff.finance);
    const before = await fundsCounts(app);
    expectProblem(
      await finance('POST', '/api/v1/funds/statements', { format: 'csv', content: '日期,金额\n2026-11-25,1.00', mapping }),
      422,
      'statement-column-missing',
    );
    expectProblem(
      await finance('POST', '/api/v1/funds/statements', { format: 'xlsx', content: 'bm90IGEgZmlsZQ==', mapping }),
      422,
      'statement-invalid',
    );
    expect(await fundsCounts(app)).toEqual(before);
  });

  it('takes lines pushed by the bank under the institution role', async () => {
    const a = await caseWithPayee(app, staff);
    const icbc = await login(app, 'icbc');
    const res = await app.server.inject({
      method: 'POST',
      url: '/api/v1/institution/statement-lines',
      headers: icbc,
      payload: {
        lines: [
          {
            amount: '66.00',
            receivedOn: '2026-11-25',
            payerName: '梁国强',
            bankReference: 'API-1',
            accountNumber: (await account(a.caseId)).accountNumber,
          },
        ],
      },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ posted: 1 });
    expect((await account(a.caseId)).receipts[0]).toMatchObject({ amount: '66.00', source: 'institution' });
    expectProblem(await caller(app, staff.judge)('POST', '/api/v1/institution/statement-lines', { lines: [] }), 403, 'forbidden');
  });
});

describe('deductions', () => {
  it('a deduction from a freeze arrives in the case account in the same transaction', async () => {
    const judge = client(app, staff.judge);
    const a = await caseWithPayee(app, staff);
    const acct = await recordAsset(judge, a.caseId, depositBody('6217 0000 7777 8888'));
    const s = await seize(judge, a.caseId, {
      assetId: acct.assetId,
      measure: 'freeze',
      ruledOn: '2026-11-24',
      effectiveOn: '2026-11-24',
      amount: '900.00',
    });
    const res = await judge.post(`/api/v1/seizures/${s.id}/deductions`, {
      amount: '700.00',
      deductedOn: '2026-11-25',
      confirmation: 'ICBC-D1',
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(await account(a.caseId)).toMatchObject({ balance: '700.00', received: '700.00' });
    expect((await account(a.caseId)).receipts[0]).toMatchObject({ source: 'deduction', reference: 'ICBC-D1' });
    await expectLedgerSound(app);
  });
});
