import { it } from 'vitest';
import type { Page } from 'playwright-core';
import { login } from '../support/test-app.ts';
import { caller } from '../funds/funds-fixtures.ts';
import { enterpriseDebtor, fileAgainst, key } from '../distribution/distribution-fixtures.ts';
import { announced, choose, openTab, shot, signIn, useBrowserApp } from './browser-app.ts';

// 参与分配 in the browser, on the case's 案款 tab: the judge opens a distribution on the money an
// enterprise debtor's case holds, this case's applicant and a mortgagee join, the plan is drawn up
// by the rules (costs, the mortgagee first, then seizure order) and served. Desktop and phone.

const openPage = useBrowserApp();

async function openFunds(page: Page, caseId: string) {
  await page.goto(`/cases/${caseId}`);
  await openTab(page, '案款', 'funds');
  await page.getByRole('region', { name: '分配' }).waitFor();
}

it('opens a distribution, takes two creditors, draws up and serves the plan', async () => {
  const app = openPage.app();
  const judgeApi = caller(app, await login(app, 'judge'));
  const lead = await fileAgainst(judgeApi, enterpriseDebtor(), '陈小红');
  const receipt = { amount: '80000.00', receivedOn: '2026-11-25', payerName: '江门市公共资源交易中心' };
  await caller(app, await login(app, 'finance'))('POST', `/api/v1/cases/${lead.caseId}/receipts`, receipt, key());

  const page = await openPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'judge');
  await openFunds(page, lead.caseId);
  const section = page.getByRole('region', { name: '分配' });
  await section.getByLabel('可供分配的执行款（元）').fill('80000.00');
  await section.getByLabel('执行费用（元）').fill('800.00');
  await section.getByRole('button', { name: /启\s*动/ }).click();
  await announced(page, '已启动参与分配').waitFor();

  await section.getByLabel('债权数额（元）').fill('60000.00');
  await section.getByLabel('查封顺位').fill('1');
  await section.getByRole('button', { name: '登记申请' }).click();
  await announced(page, '已登记参与分配申请').waitFor();
  await choose(page, 'distribution-join_source', '优先受偿债权人（抵押权等）');
  await section.getByLabel('债权人名称').fill('中国建设银行江门分行');
  await section.getByLabel('债权数额（元）').fill('30000.00');
  await section.getByRole('button', { name: '登记申请' }).click();
  await announced(page, '已登记参与分配申请').last().waitFor();
  await section.getByRole('cell', { name: '中国建设银行江门分行' }).waitFor();

  await section.getByRole('button', { name: '制作分配方案' }).click();
  await announced(page, '已制作分配方案').waitFor();
  // 80000 − 800 costs: the mortgagee's 30000 first, then 陈小红 takes the 49200 left (第514条).
  await section.getByRole('cell', { name: '49200.00' }).waitFor();
  await section.getByRole('cell', { name: '10800.00' }).waitFor();
  await section.getByRole('link', { name: /财产分配方案/ }).waitFor();
  await section.getByRole('button', { name: '直接送达' }).first().click();
  await announced(page, /已向.+送达分配方案/).waitFor();
  await section
    .getByText(/送达，\d{4}-\d{2}-\d{2} 届满/)
    .first()
    .waitFor();
  await section.scrollIntoViewIfNeeded();
  await shot(page, 'distribution-plan-desktop', true);

  await page.setViewportSize({ width: 390, height: 844 });
  await openFunds(page, lead.caseId);
  await page.getByRole('region', { name: '分配' }).getByRole('cell', { name: '49200.00' }).waitFor();
  await shot(page, 'distribution-plan-phone', true);
}, 180_000);
