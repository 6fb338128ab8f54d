import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { announced, choose, openTab, shot, signIn, useBrowserApp } from './browser-app.ts';
import { login } from '../support/test-app.ts';
import { client, filingBody, newIdNumber } from '../api/fixtures.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { DEMO_PASSWORD } from '../../src/demo/seed.ts';

// 信用修复 (ADR 0209) on a desktop and a phone: the listed debtor asks in the party portal for its
// listing to be deleted early, with its commitment; the 执行法官 and then the 院长 approve in 待审批;
// the case's 信用惩戒 tab shows the listing deleted as 信用修复 with the deletion notices under way.

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

/** A case against a person, listed on ground 1 and published; the person's party account. */
async function listedDebtor(username: string): Promise<{ id: string; caseNumber: string }> {
  const app = openPage.app();
  const judge = client(app, await login(app, 'judge'));
  const president = client(app, await login(app, 'president'));
  const idNumber = newIdNumber();
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [{ kind: 'person', name: '梁国强', idNumber }] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const c = filed.json() as { id: string; caseNumber: string };
  const partyId = ((await judge.get(`/api/v1/cases/${c.id}`)).json().debtors as { id: string }[])[0]!.id;
  const today = (await judge.get(`/api/v1/cases/${c.id}`)).json().filedOn as string;
  const listed = await judge.post(`/api/v1/cases/${c.id}/dishonest-listings`, {
    debtorPartyId: partyId,
    ground: 1,
    decidedOn: today,
    graceMonths: 0,
  });
  expect(listed.statusCode, listed.body).toBe(201);
  expect((await president.post(`/api/v1/approvals/${listed.json().approvalId}/approve`, {})).statusCode).toBe(200);
  const r = await createUser(app, systemPrincipal(app, '测试数据'), {
    username,
    displayName: '梁国强（被执行人）',
    role: 'party',
    courtCode: '粤0703',
    scope: 'court',
    partyIdentity: idNumber,
    password: DEMO_PASSWORD,
  });
  expect(r.ok).toBe(true);
  return c;
}

async function approveInInbox(page: Page, who: string, caseNumber: string, done: string) {
  await signIn(page, who);
  await page.goto('/approvals');
  const item = page.getByRole('region', { name: /信用修复/ }).filter({ has: page.getByRole('link', { name: caseNumber }) });
  await item.getByRole('button', { name: /^同\s*意$/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认同意' }).click();
  await announced(page, new RegExp(done)).waitFor();
  await signOut(page);
}

const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('信用修复', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: the debtor files with a commitment, the judge and the president approve, the listing is deleted`, async () => {
      const username = `debtor-${screen.name}`;
      const c = await listedDebtor(username);
      const page = await openPage();
      await page.setViewportSize(screen.viewport);

      await signIn(page, username);
      await page.goto(`/cases/${c.id}`);
      await openTab(page, '信用修复', 'party-credit');
      await page.getByText('已公布').first().waitFor();
      await page.getByRole('button', { name: '申请信用修复' }).click();
      const dialog = page.getByRole('dialog', { name: /申请信用修复/ });
      await choose(page, 'credit-restoration_ground', '积极履行：已履行部分义务并提出履行计划');
      await dialog.getByLabel('履行或纠正的情况').fill('已履行 50000.00 元，并提交分期履行计划：每月 10000.00 元');
      await dialog.getByLabel('信用承诺').fill('本人承诺按履行计划按期履行剩余义务，如实申报财产，不再实施任何失信行为。');
      await shot(page, `credit-restoration-request-${screen.name}`);
      await dialog.getByRole('button', { name: '提交申请' }).click();
      await announced(page, '信用修复申请已提交，等待执行法官审查、院长审批').waitFor();
      await page.getByText('审批中').waitFor();
      expect(await fitsTheScreen(page)).toBe(true);
      await shot(page, `credit-restoration-party-${screen.name}`, true);
      await signOut(page);

      await approveInInbox(page, 'judge', c.caseNumber, '已同意，转下一步审批');
      await approveInInbox(page, 'president', c.caseNumber, '已批准并执行');

      await signIn(page, 'judge');
      await page.goto(`/cases/${c.id}?tab=credit`);
      await page.getByText('信用修复，提前删除失信信息').first().waitFor();
      await page.getByText('已同意修复，失信信息已删除').waitFor();
      expect(await fitsTheScreen(page)).toBe(true);
      await page
        .getByRole('button', { name: /展开行|Expand row/ })
        .first()
        .click();
      await page.getByText('删除通知').first().waitFor();
      await shot(page, `credit-restoration-tab-${screen.name}`, true);
    }, 120_000);
  }
});
