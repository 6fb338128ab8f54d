import { describe, expect, it } from 'vitest';
import { announced, caseNumberIn, caseRows, pickDate, shot, signIn, timelineEntries, useBrowserApp, openTab } from './browser-app.ts';

// The 财产 tab and the seizure register, on a desktop and on a phone: the judge records a bank
// account on a case, freezes part of it, records the bank's deduction, and opens the register.

const openPage = useBrowserApp();

const screens = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, row: 2, account: '6222 0210 0100 7777 001' },
  { name: 'phone', viewport: { width: 390, height: 844 }, row: 3, account: '6222 0210 0100 7777 002' },
] as const;

describe('assets in the browser', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: records an account, freezes it, deducts, and opens the register`, async () => {
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge');
      await page.goto('/cases?status=in-progress&filedTo=2026-10-31');
      const row = caseRows(page).nth(screen.row);
      await row.waitFor();
      const caseNumber = await caseNumberIn(row);
      await row.getByRole('link', { name: caseNumber }).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      await openTab(page, '财产');
      const tab = page.getByRole('region', { name: '财产', exact: true });
      await tab.getByText('尚未登记财产').waitFor();

      // 登记财产: a bank account with its balance.
      await tab.getByRole('button', { name: '登记财产' }).click();
      let dialog = page.getByRole('dialog');
      await dialog.getByLabel('银行账号').fill(screen.account);
      await dialog.getByLabel('开户行').fill('中国工商银行江门分行');
      await dialog.getByLabel('余额（元）').fill('86000.00');
      await shot(page, `assets-add-${screen.name}`);
      await dialog
        .getByRole('button', { name: '登 记' })
        .or(dialog.getByRole('button', { name: '登记' }))
        .click();
      await announced(page, `已登记财产：银行存款 ${screen.account}`).waitFor();
      await dialog.waitFor({ state: 'hidden' });

      // 冻结: the amount is required; the term is a year from the notice.
      const card = page.getByRole('region', { name: `银行存款 ${screen.account}` });
      await card.getByRole('button', { name: '查封、扣押、冻结' }).click();
      dialog = page.getByRole('dialog');
      await dialog
        .getByRole('button', { name: '确 认' })
        .or(dialog.getByRole('button', { name: '确认' }))
        .click();
      await dialog.getByText('冻结存款等款项须写明冻结金额').waitFor();
      await dialog.getByLabel('冻结金额（元）').fill('60000.00');
      await pickDate(page, '#expiresOn', '2026-12-20'); // a short term the ruling states: 24 days left, orange
      await shot(page, `assets-freeze-dialog-${screen.name}`);
      await dialog
        .getByRole('button', { name: '确 认' })
        .or(dialog.getByRole('button', { name: '确认' }))
        .click();
      await announced(page, '已冻结，期限至 2026-12-20').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await card.getByText('生效中').waitFor();

      // 扣划 more than is frozen is refused in Chinese; then the bank's confirmed deduction.
      await card
        .getByRole('button', { name: '扣 划' })
        .or(card.getByRole('button', { name: '扣划' }))
        .click();
      dialog = page.getByRole('dialog');
      await dialog.getByLabel('扣划金额（元）').fill('70000.00');
      await dialog
        .getByRole('button', { name: '确 认' })
        .or(dialog.getByRole('button', { name: '确认' }))
        .click();
      await dialog.getByRole('alert').filter({ hasText: '扣划金额超过尚冻结的金额' }).waitFor();
      await shot(page, `assets-deduct-refused-${screen.name}`);
      await dialog.getByLabel('扣划金额（元）').fill('50000.00');
      await dialog.getByLabel('银行回执编号').fill('ICBC-JM-0001');
      await dialog
        .getByRole('button', { name: '确 认' })
        .or(dialog.getByRole('button', { name: '确认' }))
        .click();
      await announced(page, '已扣划 50000.00 元，尚冻结 10000.00 元').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await tab.getByText('扣划等已到账 50000.00 元').waitFor();
      await shot(page, `assets-tab-${screen.name}`, true);

      // The case's timeline tells it in Chinese.
      await openTab(page, '概况');
      await timelineEntries(page).filter({ hasText: '扣划到账' }).filter({ hasText: '扣划 ¥50,000.00，尚冻结 ¥10,000.00' }).waitFor();
      await timelineEntries(page).filter({ hasText: '查封、扣押、冻结' }).filter({ hasText: '期限至 2026-12-20' }).waitFor();

      // The register: the freeze with its case, filterable to those expiring within 30 days.
      await page.goto('/seizures');
      const register = page.getByRole('region', { name: '查封、扣押、冻结' });
      await register.getByText(caseNumber).first().waitFor();
      await expect(register.getByText(`银行存款 ${screen.account}`).count()).resolves.toBeGreaterThan(0);
      await page.getByRole('checkbox', { name: '30日内到期' }).click(); // the URL holds the filter: the box is ticked once it changes
      await page.waitForURL(/expiring=30/);
      await expect.poll(() => page.getByRole('checkbox', { name: '30日内到期' }).isChecked()).toBe(true);
      // Orange: within 30 days of the last day (red within 7).
      await register.locator('[data-expiry="warning"]').filter({ hasText: '2026-12-20（还剩 24 天）' }).first().waitFor();
      await shot(page, `seizure-register-${screen.name}`, true);
    });
  }
});
