import { it } from 'vitest';
import type { Page } from 'playwright-core';
import { announced, caseNumberIn, caseRows, openTab, shot, signIn, useBrowserApp } from './browser-app.ts';

// 执行款划转 in the browser (ADR 0185): the judge moves money from one case's account to another's of
// the court through the 划转至他案 dialog on the 案款 tab; the transfer passes the payout's three steps
// and shows on both cases' entries (the target's receipt is of source 他案划入). Screenshots on a desktop and on a phone.

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

async function caseAt(page: Page, index: number): Promise<{ url: string; number: string }> {
  await page.goto('/cases?status=in-progress');
  const row = caseRows(page).nth(index);
  await row.waitFor();
  const number = await caseNumberIn(row);
  await row.getByRole('link', { name: number }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  return { url: page.url(), number };
}

it('a transfer to another case, approved in the payout’s steps, shows on both cases’ entries', async () => {
  const page = await openPage();
  await page.setViewportSize({ width: 1440, height: 900 });
  await signIn(page, 'judge');
  const from = await caseAt(page, 0);
  const to = await caseAt(page, 1);
  await signOut(page);

  await signIn(page, 'finance');
  await openFunds(page, from.url);
  await page.getByLabel('到账金额（元）').fill('7300.00');
  await page.getByLabel('到账日期').fill('2026-11-25');
  await page.getByLabel('付款人').fill('江门市恒泰建材有限公司');
  await page.getByRole('button', { name: /入\s*账/ }).click();
  await announced(page, '已入账').waitFor();
  await signOut(page);

  await signIn(page, 'judge');
  await openFunds(page, from.url);
  await page.getByRole('button', { name: '划转至他案' }).click();
  const dialog = page.getByRole('dialog', { name: '执行款划转' });
  await dialog.getByLabel('目标案件案号').fill(to.number);
  await dialog.getByLabel('划转金额（元）').fill('3000.00');
  await dialog.getByLabel('划转事由').fill('被执行人同一，经申请执行人同意划转至另案清偿');
  await shot(page, 'funds-transfer-dialog-desktop', true);
  await dialog.getByRole('button', { name: '提交审批' }).click();
  await announced(page, '划转申请已提交承办人审核').waitFor();
  await page.getByRole('cell', { name: `划转至${to.number}` }).waitFor();
  await signOut(page);

  for (const [user, step] of [
    ['enforcer', '承办人审核'],
    ['head', '执行局长审批'],
    ['finance', '财务人员核发'],
  ] as const) {
    await signIn(page, user);
    await openFunds(page, from.url);
    await page.getByRole('button', { name: `同意（${step}）` }).click();
    await announced(page, '已同意').waitFor();
    if (user !== 'finance') await signOut(page);
  }
  await page.getByText('已划转').first().waitFor();
  await shot(page, 'funds-transferred-desktop', true);
  await openFunds(page, to.url);
  await page.getByText(`划转：由${from.number}划至${to.number}`, { exact: false }).first().waitFor();
  await page.setViewportSize({ width: 390, height: 844 });
  await openFunds(page, to.url);
  await shot(page, 'funds-transferred-in-phone', true);
  await signOut(page);

  await signIn(page, 'judge');
  await openFunds(page, from.url);
  await page.getByRole('button', { name: '划转至他案' }).click();
  await shot(page, 'funds-transfer-dialog-phone', true);
});
