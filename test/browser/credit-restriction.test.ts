import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { announced, choose, openTab, shot, signIn, useBrowserApp } from './browser-app.ts';
import { login } from '../support/test-app.ts';
import { client, filingBody, newCreditCode } from '../api/fixtures.ts';

// The 限制消费 panel of the 信用惩戒 tab, on a desktop and a phone: the officer orders a unit and its
// legal representative and actual controller restricted, the 院长 signs it from 待审批, the officer
// records the legal representative's request to fly on his own money and grants it, then lifts the
// order with the applicant's consent. On the phone nothing is wider than the screen.

const openPage = useBrowserApp({ seedCases: 0 });

const screens = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

async function signOut(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /退\s*出/ })
    .click();
  await page.waitForURL('**/login');
}

async function fileCase(): Promise<{ id: string; caseNumber: string }> {
  const judge = client(openPage.app(), await login(openPage.app(), 'judge'));
  const debtor = { kind: 'organization', name: '江门市恒泰建材有限公司', creditCode: newCreditCode(), legalRepresentative: '梁国强' };
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [debtor] }));
  expect(filed.statusCode, filed.body).toBe(201);
  return filed.json();
}

const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the 限制消费 panel', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: order, sign, request to spend, grant, and lift by consent`, async () => {
      const c = await fileCase();
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge');
      await page.goto(`/cases/${c.id}`);
      await openTab(page, '信用惩戒', 'credit');
      await page.getByText('本案尚未限制消费').waitFor();
      await page.getByRole('button', { name: '限制消费', exact: true }).click();
      const dialog = page.getByRole('dialog', { name: '限制消费' });
      await expect.poll(() => dialog.getByLabel('姓名').first().inputValue()).toBe('梁国强');
      await dialog.getByRole('button', { name: '添加被限制人员' }).click();
      await dialog.getByLabel('姓名').nth(1).fill('王志明');
      await shot(page, `restriction-order-${screen.name}`);
      await dialog.getByRole('button', { name: '提交院长签发' }).click();
      await announced(page, '限制消费令已提交院长签发').waitFor();
      await page.getByRole('main').getByText('待院长签发').first().waitFor();
      await signOut(page);

      await signIn(page, 'president');
      await page.goto('/approvals');
      const item = page.getByRole('region', { name: /限制消费/ }).filter({ has: page.getByRole('link', { name: c.caseNumber }) });
      await item.getByRole('button', { name: /^同\s*意$/ }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认同意' }).click();
      await announced(page, '已批准并执行').waitFor();
      await signOut(page);

      await signIn(page, 'judge');
      await page.goto(`/cases/${c.id}?tab=credit`);
      const card = page.getByLabel('限制消费令 江门市恒泰建材有限公司');
      await card.getByText('限制中').waitFor();
      await card.getByText('梁国强（法定代表人）').waitFor();
      await card.getByText('王志明（实际控制人）').waitFor();
      await card.getByRole('link', { name: '下载限制消费令' }).waitFor();

      await card.getByRole('button', { name: '登记消费申请' }).click();
      const ask = page.getByRole('dialog', { name: '登记消费申请' });
      await choose(page, 'spending-request_item', '1. 乘坐交通工具时，选择飞机、列车软卧、轮船二等以上舱位');
      await ask.getByLabel('金额（元）').fill('1280.50');
      await ask.getByLabel('申请事由').fill('以个人工资支付，探望住院的母亲');
      await ask.getByRole('button', { name: /^登\s*记$/ }).click();
      await announced(page, '消费申请已登记，待审查决定').waitFor();
      const request = card.getByLabel('消费申请 梁国强');
      await request.getByText('待审查').waitFor();
      await request.getByRole('button', { name: /^准\s*许$/ }).click();
      const decide = page.getByRole('dialog', { name: '准许消费申请' });
      await decide.getByLabel('理由').fill('经审查属实，以个人财产支付');
      await decide.getByRole('button', { name: /^确\s*认$/ }).click();
      await announced(page, '已准许该消费申请').waitFor();
      await request.getByText('已准许').waitFor();
      expect(await fitsTheScreen(page)).toBe(true);
      await shot(page, `restriction-ordered-${screen.name}`, true);

      await card.getByRole('button', { name: /^解\s*除$/ }).click();
      const lift = page.getByRole('dialog', { name: /解除限制消费令/ });
      await choose(page, 'lift-restriction_ground', '经申请执行人同意（第9条第1款）');
      await lift.getByLabel('事实和理由').fill('申请执行人书面同意解除');
      await lift.getByRole('button', { name: '确认解除' }).click();
      await announced(page, '限制消费令已解除').waitFor();
      await card.getByText('已解除').waitFor();
      await card.getByText(/经申请执行人同意：申请执行人书面同意解除/).waitFor();
      expect(await fitsTheScreen(page)).toBe(true);
      await shot(page, `restriction-lifted-${screen.name}`, true);
    }, 180_000);
  }
});
