import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { announced, choose, openTab, PASSWORD, shot, signIn, useBrowserApp } from './browser-app.ts';
import { login } from '../support/test-app.ts';
import { client, filingBody, newIdNumber } from '../api/fixtures.ts';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';

// The 纠正申请 section of a listing in the 信用惩戒 tab, on a desktop and a phone: the officer
// records the debtor's request that the listing be deleted, rejects it, records the 复议 to 江门中院;
// a judge of 江门中院 revokes the rejection and the listing is deleted. On the phone nothing is wider
// than the screen.

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

async function publishedListing(): Promise<{ id: string }> {
  const app = openPage.app();
  const judge = client(app, await login(app, 'judge'));
  const president = client(app, await login(app, 'president'));
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [{ kind: 'person', name: '梁国强', idNumber: newIdNumber() }] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const c = filed.json() as { id: string };
  const partyId = ((await judge.get(`/api/v1/cases/${c.id}`)).json().debtors as { id: string }[])[0]!.id;
  const today = app.clock.today();
  const listed = await judge.post(`/api/v1/cases/${c.id}/dishonest-listings`, {
    debtorPartyId: partyId,
    ground: 1,
    decidedOn: today,
    graceMonths: 0,
  });
  expect(listed.statusCode, listed.body).toBe(201);
  expect((await president.post(`/api/v1/approvals/${listed.json().approvalId}/approve`, {})).statusCode).toBe(200);
  const made = await createUser(app, systemPrincipal(app, '系统'), {
    username: 'zhongyuan',
    displayName: '何立新（江门中院执行法官）',
    password: PASSWORD,
    role: 'judge',
    courtCode: '粤07',
    scope: 'subtree',
  });
  if (!made.ok && made.code !== 'duplicate-username') throw new Error(made.code);
  return c;
}

const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the 纠正申请 section of a listing', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: record a request, reject it, 复议 at the higher court, revoked and deleted`, async () => {
      const c = await publishedListing();
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge');
      await page.goto(`/cases/${c.id}`);
      await openTab(page, '信用惩戒', 'credit');
      const row = page.getByRole('row').filter({ hasText: '梁国强' }).first();
      await row.getByText('已公布').waitFor();
      await row.getByRole('button', { name: /展开行|Expand row/ }).click();
      const section = page.getByRole('region', { name: '纠正申请' });
      await section.getByText('被执行人尚未申请纠正').waitFor();

      await section.getByRole('button', { name: '登记纠正申请' }).click();
      const ask = page.getByRole('dialog', { name: /登记纠正申请/ });
      await choose(page, 'record-correction_ground', '失信信息应予删除（第11条第3项）');
      await ask.getByLabel('申请的事实和理由').fill('已与申请执行人达成和解并履行完毕，应予删除');
      await shot(page, `correction-request-${screen.name}`);
      await ask.getByRole('button', { name: /^登\s*记$/ }).click();
      await announced(page, '纠正申请已登记，十五日内审查').waitFor();
      await section.getByText('待审查', { exact: true }).waitFor();

      await section.getByRole('button', { name: '作出决定' }).click();
      const decide = page.getByRole('dialog', { name: '对纠正申请作出决定' });
      await decide.getByLabel('理由不成立，决定驳回').check();
      await decide.getByLabel('理由', { exact: true }).fill('和解协议尚未履行完毕');
      await decide.getByRole('button', { name: '作出决定' }).click();
      await announced(page, '已决定驳回纠正申请').waitFor();
      await section.getByText('理由不成立，决定驳回').waitFor();

      await section.getByRole('button', { name: '登记复议申请' }).click();
      await page
        .getByRole('dialog', { name: '登记复议申请' })
        .getByRole('button', { name: /^登\s*记$/ })
        .click();
      await announced(page, '复议申请已登记，由上一级法院十五日内决定').waitFor();
      await section.getByText(/向广东省江门市中级人民法院申请/).waitFor();
      await row.getByText('已公布').waitFor();
      expect(await section.getByRole('button', { name: '复议决定' }).count()).toBe(0); // only the higher court decides
      expect(await fitsTheScreen(page)).toBe(true);
      await shot(page, `correction-reconsideration-${screen.name}`, true);
      await signOut(page);

      await signIn(page, 'zhongyuan', '**/todo');
      await page.goto(`/cases/${c.id}?tab=credit`);
      const hRow = page.getByRole('row').filter({ hasText: '梁国强' }).first();
      await hRow.getByRole('button', { name: /展开行|Expand row/ }).click();
      await section.getByRole('button', { name: '复议决定' }).click();
      const review = page.getByRole('dialog', { name: /复议决定/ });
      await review.getByLabel('撤销驳回决定，删除失信信息').check();
      await review.getByLabel('理由', { exact: true }).fill('和解协议已履行完毕，应予删除');
      await review.getByRole('button', { name: '作出复议决定' }).click();
      await announced(page, '复议撤销驳回决定，失信信息已删除').waitFor();
      await hRow.getByText('已删除').waitFor();
      await section.getByText('复议撤销驳回决定，已删除失信信息').waitFor();
      expect(await fitsTheScreen(page)).toBe(true);
      await shot(page, `correction-revoked-${screen.name}`, true);
    }, 180_000);
  }
});
