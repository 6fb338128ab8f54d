import { readFileSync } from 'node:fs';
import ExcelJS from 'exceljs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { runningClock } from '../../src/platform/clock.ts';
import { aCompany, aPerson, buildCase } from '../support/builders/cases.builder.ts';
import { closeAsDormant } from '../dormant/dormant-fixtures.ts';
import { choose, shot, signIn, useBrowserApp } from './browser-app.ts';

// Bulk actions on the 终本案件库 (ADR 0216): on a desktop 蓬江's judge ticks two rows, assigns them
// to 李强 and reads the summary and the officer in the rows, then downloads the filtered pool and the
// selected rows as XLSX; on a phone the select mode ticks the whole page, where two cases already
// have 李强 (未变) and two get him.

const openPage = useBrowserApp({ seedCases: 0, clock: runningClock('2028-01-10T02:00:00.000Z') });

beforeAll(async () => {
  const app = openPage.app();
  const make = async (closedOn: string, debtor: ReturnType<typeof aPerson>, claimAmount: string) => {
    const c = await buildCase(app, { filedOn: '2026-10-20', status: 'in-progress', debtor, claimAmount });
    await closeAsDormant(app, c.id, closedOn);
  };
  await make('2026-11-02', aPerson('梁国强'), '86000.00');
  await make('2026-11-03', aPerson('何美玲'), '24500.00');
  await make('2027-03-15', aCompany('江门市联兴五金有限公司'), '312000.00');
  await make('2027-12-20', aPerson('罗建国'), '9800.00');
}, 180_000);

async function sheetRows(download: Promise<import('playwright-core').Download>): Promise<unknown[][]> {
  const d = await download;
  expect(d.suggestedFilename()).toMatch(/^终本案件库-\d{4}-\d{2}-\d{2}\.xlsx$/);
  const book = new ExcelJS.Workbook();
  await book.xlsx.load(readFileSync((await d.path())!) as unknown as ArrayBuffer);
  const rows: unknown[][] = [];
  book.worksheets[0]!.eachRow((row) => rows.push((row.values as unknown[]).slice(1)));
  return rows;
}

async function openPool(page: Page) {
  await signIn(page, 'judge');
  await page.goto('/dormant');
  await page.getByRole('heading', { name: '终本案件库' }).waitFor();
}

async function assignTo(page: Page, count: number, officer: string, summary: string) {
  await page.getByRole('button', { name: `指派承办人（${count}）` }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByText(`指派承办人（${count} 件）`).waitFor();
  await choose(page, 'poolOfficerId', officer);
  await dialog.getByRole('button', { name: '确认指派' }).click();
  await dialog.getByText(summary).waitFor();
}

describe('终本案件库的批量操作', () => {
  it('on a desktop: selects two rows, assigns them an officer, sees the summary and the officer, and exports', async () => {
    const page = await openPage();
    await page.setViewportSize({ width: 1280, height: 800 });
    await openPool(page);
    const rows = page.getByRole('table').first().locator('tbody tr.ant-table-row');
    await expect.poll(() => rows.count()).toBe(4);
    await expect(page.getByRole('button', { name: /指派承办人/ }).count()).resolves.toBe(0); // no bar before a selection
    await rows.nth(0).getByRole('checkbox').check();
    await rows.nth(1).getByRole('checkbox').check();
    await page.getByText('已选 2 件').waitFor();
    await shot(page, 'dormant-bulk-selected-desktop');

    await assignTo(page, 2, '李强（执行员）（执行员）', '已指派 2 件、未变 0 件、失败 0 件');
    await shot(page, 'dormant-bulk-summary-desktop');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^完\s*成$/ })
      .click();
    await expect.poll(() => rows.filter({ hasText: '李强（执行员）' }).count()).toBe(2);
    await expect(rows.nth(2).innerText()).resolves.toContain('未指派');
    await expect(page.getByText('已选 2 件').count()).resolves.toBe(0); // the selection is cleared once done
    await shot(page, 'dormant-bulk-assigned-desktop', true);

    // 导出全部筛选结果: the four cases (the filters' rows, not one page); 导出所选: only the one ticked.
    const all = await sheetRows(
      Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出全部筛选结果' }).click()]).then(([d]) => d),
    );
    expect(all[0]).toEqual([
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
    ]);
    expect(all.slice(1).map((r) => r[5])).toEqual(['罗建国', '江门市联兴五金有限公司（单位）', '何美玲', '梁国强']);
    await rows.nth(1).getByRole('checkbox').check();
    const picked = await sheetRows(
      Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出所选' }).click()]).then(([d]) => d),
    );
    expect(picked.slice(1).map((r) => r[5])).toEqual(['江门市联兴五金有限公司（单位）']);
    await page.close();
  });

  it('on a phone: the select mode ticks the page, and the summary counts the unchanged', async () => {
    const page = await openPage();
    await page.setViewportSize({ width: 390, height: 844 });
    await openPool(page);
    const cards = page.getByRole('list', { name: '终本案件' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBe(4);
    await expect(page.getByRole('checkbox').count()).resolves.toBe(0);
    await page.getByRole('button', { name: /^选\s*择$/ }).click();
    await page.getByRole('checkbox', { name: '本页全选' }).check();
    await page.getByText('已选 4 件').waitFor();
    await page
      .getByRole('checkbox', { name: /^选择 / })
      .first()
      .uncheck();
    await page.getByText('已选 3 件').waitFor();
    await page.getByRole('checkbox', { name: '本页全选' }).check();
    await shot(page, 'dormant-bulk-select-mode-phone', true);
    await assignTo(page, 4, '李强（执行员）（执行员）', '已指派 2 件、未变 2 件、失败 0 件');
    await shot(page, 'dormant-bulk-summary-phone');
    await page
      .getByRole('dialog')
      .getByRole('button', { name: /^完\s*成$/ })
      .click();
    await expect.poll(() => cards.filter({ hasText: '李强（执行员）' }).count()).toBe(4);
    await shot(page, 'dormant-bulk-assigned-phone', true);
    await page.close();
  });
});
