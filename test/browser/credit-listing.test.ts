import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { announced, choose, openTab, shot, signIn, useBrowserApp } from './browser-app.ts';
import { login } from '../support/test-app.ts';
import { client, filingBody } from '../api/fixtures.ts';
import { testPolicy } from '../outbox/outbox-fixtures.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';
import { deliverDue } from '../../src/outbox/deliver.ts';
import { connectorRegistry } from '../../src/outbox/registry.ts';
import { sandboxCreditRecipients } from '../../src/institutions/sandbox/credit-recipients.ts';

// The 信用惩戒 tab, on a desktop and a phone: the officer decides to list a debtor (ground 1, no
// grace), the 院长 approves it from 待审批, the listing is published and its addition reaches the
// five recipients; the officer deletes it at the applicant's request, and the deletion's notices
// are acknowledged by every recipient.

const openPage = useBrowserApp({ seedCases: 0 });
const registry = connectorRegistry(sandboxCreditRecipients().map((r) => r.connector));
const deliver = () => deliverDue(openPage.app(), registry, { worker: 'browser', limit: 200, policy: testPolicy() });

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

let n = 500;
async function fileCase(): Promise<{ id: string; caseNumber: string }> {
  const judge = client(openPage.app(), await login(openPage.app(), 'judge'));
  const debtor = { kind: 'person', name: '梁国强', idNumber: makeResidentId('440703', localDate('1980-05-05'), n++) };
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [debtor] }));
  expect(filed.statusCode, filed.body).toBe(201);
  return filed.json();
}

describe('the 信用惩戒 tab', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: decide, approve, publish, tell the recipients, delete and see every acknowledgement`, async () => {
      const c = await fileCase();
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge');
      await page.goto(`/cases/${c.id}`);
      await openTab(page, '信用惩戒', 'credit');
      await page.getByText('本案尚未纳入失信被执行人名单').waitFor();
      await page.getByRole('button', { name: '纳入失信名单' }).click();
      const dialog = page.getByRole('dialog', { name: '纳入失信被执行人名单' });
      await dialog.getByLabel(/宽限期/).fill('0');
      await shot(page, `credit-decide-${screen.name}`);
      await dialog.getByRole('button', { name: '提交院长审批' }).click();
      await announced(page, '纳入决定已提交院长审核签发').waitFor();
      await page.getByRole('main').getByText('待院长审批').first().waitFor();
      await signOut(page);

      await signIn(page, 'president');
      await page.goto('/approvals');
      const item = page.getByRole('region', { name: /失信/ }).filter({ has: page.getByRole('link', { name: c.caseNumber }) });
      await item.getByRole('button', { name: /^同\s*意$/ }).click();
      await page.getByRole('dialog').getByRole('button', { name: '确认同意' }).click();
      await announced(page, '已批准并执行').waitFor();
      await signOut(page);

      expect((await deliver()).answered).toBeGreaterThanOrEqual(5);
      await signIn(page, 'judge');
      await page.goto(`/cases/${c.id}?tab=credit`);
      const row = page.getByRole('row').filter({ hasText: '梁国强' });
      await row.getByText('已公布').waitFor();
      await row.getByRole('button', { name: /展开行|Expand row/ }).click();
      await page.getByText('各接收方均已确认收到').waitFor();
      expect(
        await page
          .getByRole('row', { name: /^民航订座系统/ })
          .getByText('已确认收到', { exact: true })
          .count(),
      ).toBe(1);
      await shot(page, `credit-published-${screen.name}`, true);

      await row.getByRole('button', { name: '删除失信信息' }).click();
      const del = page.getByRole('dialog', { name: /删除失信信息/ });
      await choose(page, 'delete-listing_ground', '第3项 申请执行人书面申请删除，经审查同意');
      await del.getByLabel('事实和理由').fill('申请执行人提交书面申请，请求删除失信信息');
      await del.getByRole('button', { name: '确认删除' }).click();
      await announced(page, '失信信息已删除，正在通知各接收方').waitFor();
      await row.getByText('已删除').waitFor();
      await page.getByText('尚有接收方未确认，系统持续重试').waitFor();

      await deliver();
      await page.reload();
      await row.getByText('已删除').waitFor();
      await row.getByRole('button', { name: /展开行|Expand row/ }).click();
      await page.getByText('各接收方均已确认收到').waitFor();
      expect(
        await page
          .getByRole('row', { name: /^铁路客票系统/ })
          .getByText('已确认收到', { exact: true })
          .count(),
      ).toBe(2);
      await shot(page, `credit-deleted-${screen.name}`, true);
    }, 180_000);
  }
});
