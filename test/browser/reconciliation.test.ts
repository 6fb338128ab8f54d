import { describe, expect, it } from 'vitest';
import ExcelJS from 'exceljs';
import { login } from '../support/test-app.ts';
import { receipt } from '../funds/funds-fixtures.ts';
import { pickDate, shot, signIn, useBrowserApp } from './browser-app.ts';

// The 对账 page for finance, on a desktop and on a phone: from the menu, a court and a date, the
// differences coloured by kind with the totals the API states, and the same as an XLSX download.

const openPage = useBrowserApp();

const screens = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

describe('对账 in the browser', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: the differences, the totals and the XLSX`, async () => {
      // Money finance registered by hand that no imported statement shows: at least one difference.
      const app = openPage.app();
      const finance = await login(app, 'finance');
      const cases = await app.server.inject({ method: 'GET', url: '/api/v1/cases?status=in-progress&limit=1', headers: finance });
      const caseId = cases.json().items[0].id as string;
      const posted = await app.server.inject({
        method: 'POST',
        url: `/api/v1/cases/${caseId}/receipts`,
        payload: receipt('66.60', { receivedOn: '2026-11-25', reference: `XJ-BROWSER-${screen.name}` }),
        headers: { ...finance, 'idempotency-key': `reconcile-browser-${screen.name}` },
      });
      expect(posted.statusCode, posted.body).toBe(201);

      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'finance');
      if (screen.name === 'phone') await page.getByRole('button', { name: '打开菜单' }).click();
      await page.getByRole('link', { name: '对账' }).click();
      await expect.poll(() => page.url()).toMatch(/\/funds\/reconciliation/);
      // The date defaults to today (the test clock's 2026-11-26); an earlier one, then back.
      await pickDate(page, '#reconcile-as-of', '2026-11-20');
      await expect.poll(() => page.url()).toMatch(/asOf=2026-11-20/);
      await pickDate(page, '#reconcile-as-of', '2026-11-26');
      await expect.poll(() => page.url()).toMatch(/asOf=2026-11-26/);

      const api = await page.request.get('/api/v1/funds/reconciliation?asOf=2026-11-26');
      expect(api.status()).toBe(200);
      const r = await api.json();
      expect(r.clean).toBe(false);
      const totals = page.getByLabel('对账合计');
      await totals.getByText(`${r.statementTotal} 元（${r.statementLines} 笔）`).waitFor();
      await totals.getByText(`${r.ledgerTotal} 元（${r.ledgerMovements} 笔）`).waitFor();
      await totals.getByText(`${r.difference} 元`).waitFor();
      const table = page.getByRole('table');
      const row = table.getByRole('row').filter({ hasText: `XJ-BROWSER-${screen.name}` });
      await row.waitFor();
      await expect.poll(() => row.innerText()).toMatch(/账上有、流水无[\s\S]*66\.60[\s\S]*-66\.60/);
      expect(await page.locator('tr.ant-table-row').count()).toBe(r.differences.length);
      await shot(page, `reconciliation-${screen.name}`, true);

      const href = await page.getByRole('link', { name: /导出 XLSX/ }).getAttribute('href');
      expect(href).toContain('asOf=2026-11-26');
      const file = await page.request.get(href!);
      expect(file.status()).toBe(200);
      const book = new ExcelJS.Workbook();
      await book.xlsx.load((await file.body()) as unknown as ArrayBuffer);
      expect(book.worksheets[0]!.rowCount).toBe(r.differences.length + 2);
    }, 180_000);
  }
});
