import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { announced, caseNumberIn, caseRows, choose, openTab, shot, signIn, useBrowserApp } from './browser-app.ts';

// 案款 in the browser: finance registers money that arrived, the judge asks to pay the applicant,
// and the payout passes 承办人审核 (the enforcer), 执行局长审批 and 财务人员核发 in turn; the
// bank's confirmation closes it. Screenshots on a desktop and on a phone.

const openPage = useBrowserApp();

async function signOut(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /退\s*出/ })
    .click();
  await page.waitForURL('**/login');
}

async function openFunds(page: Page, caseUrl: string) {
  await page.goto(caseUrl);
  await openTab(page, '案款', 'funds');
  await page
    .getByRole('cell', { name: /^\d{18}$/ })
    .or(page.getByText(/^\d{18}$/))
    .first()
    .waitFor();
}

it('a receipt, and a payout approved by the officer, the bureau head and finance in turn', async () => {
  const page = await openPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, 'judge');
  await page.goto('/cases?status=in-progress');
  const row = caseRows(page).first();
  await row.waitFor();
  const caseNumber = await caseNumberIn(row);
  await row.getByRole('link', { name: caseNumber }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = page.url();
  await signOut(page);

  await signIn(page, 'finance');
  await openFunds(page, caseUrl);
  await page.getByLabel('到账金额（元）').fill('8600.00');
  await page.getByLabel('到账日期').fill('2026-11-25');
  await page.getByLabel('付款人').fill('江门市恒泰建材有限公司');
  await page.getByLabel('银行流水号').fill('ICBC20261125001');
  await page.getByRole('button', { name: /入\s*账/ }).click();
  await announced(page, '已入账').waitFor();
  await page.getByText('8600.00 元').first().waitFor();
  await signOut(page);

  await signIn(page, 'judge');
  await openFunds(page, caseUrl);
  await choose(page, 'partyId', await firstApplicant(page));
  await page.getByLabel('发放金额（元）').fill('5000.00');
  await page.getByLabel('收款户名').fill('申请执行人');
  await page.getByLabel('收款账号').fill('6222021001005566778');
  await page.getByLabel('开户行').fill('中国工商银行江门分行');
  await page.getByRole('button', { name: '提交审批' }).click();
  await announced(page, '已提交承办人审核').waitFor();
  await shot(page, 'funds-payout-requested-desktop', true);
  await signOut(page);

  for (const [user, step] of [
    ['enforcer', '承办人审核'],
    ['head', '执行局长审批'],
    ['finance', '财务人员核发'],
  ] as const) {
    await signIn(page, user);
    await openFunds(page, caseUrl);
    await page.getByRole('button', { name: `同意（${step}）` }).click();
    await announced(page, '已同意').waitFor();
    if (user !== 'finance') await signOut(page);
  }
  await page.getByRole('button', { name: '银行已付款' }).click();
  await announced(page, '已登记银行付款成功').waitFor();
  await page.getByText('已发放').first().waitFor();
  await shot(page, 'funds-paid-desktop', true);
  // The statement as a workbook, from the 案款明细 card.
  const download = page.waitForEvent('download');
  await page.getByRole('link', { name: /导出 XLSX/ }).click();
  expect((await download).suggestedFilename()).toMatch(/^案款明细-\d{18}\.xlsx$/);
  await page.setViewportSize({ width: 390, height: 844 });
  await openFunds(page, caseUrl);
  await shot(page, 'funds-paid-phone', true);
});

/** The name of the case's first applicant, as the payout form's list offers it. */
async function firstApplicant(page: Page): Promise<string> {
  await page.locator('#partyId').focus();
  await page.locator('#partyId').press('ArrowDown');
  const name = await page.locator('.ant-select-item-option').first().getAttribute('title');
  await page.locator('#partyId').press('Escape');
  return name ?? '';
}
