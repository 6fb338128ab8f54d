import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  announced,
  caseNumberIn,
  caseRows,
  choose,
  detailValue,
  pickDate,
  shot,
  signIn,
  timelineEntries,
  useBrowserApp,
} from './browser-app.ts';

// 暂缓执行 and 终结执行 with the bureau head's approval (审批), on a desktop and on a phone: the
// judge files the request from the case, the bureau head (陈建华) approves it from 待审批, and
// the case then shows the deferral's end, or the closure with its approver and date.

const openPage = useBrowserApp();

const screens = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, row: 0 },
  { name: 'phone', viewport: { width: 390, height: 844 }, row: 1 },
] as const;

async function signOut(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /退\s*出/ })
    .click();
  await page.waitForURL('**/login');
}

/** The bureau head approves, from 待审批, the request of this case, with an opinion. */
async function approveFromInbox(page: Page, caseNumber: string, summary: RegExp, opinion: string, shotName: string) {
  await signIn(page, 'head');
  await page.goto('/approvals');
  const item = page.getByRole('region', { name: summary }).filter({ has: page.getByRole('link', { name: caseNumber }) });
  await item.waitFor();
  await shot(page, shotName, true);
  await item.getByRole('button', { name: /^同\s*意$/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('审批意见（选填）').fill(opinion);
  await dialog.getByRole('button', { name: '确认同意' }).click();
  await announced(page, '已批准并执行').waitFor();
  await item.waitFor({ state: 'detached' });
  await signOut(page);
}

describe('approvals in the browser', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: a judge defers a case with a period and requests 终结执行; the bureau head approves both`, async () => {
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge');
      await page.goto('/cases?status=in-progress&filedTo=2026-10-31');
      const row = caseRows(page).nth(screen.row);
      await row.waitFor();
      const caseNumber = await caseNumberIn(row);
      await row.getByRole('link', { name: caseNumber }).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      const caseUrl = page.url();

      // 暂缓执行: a period and a reason, submitted for approval; the case stays 执行中.
      await page.getByRole('button', { name: '暂缓执行' }).click();
      const dialog = page.getByRole('dialog');
      await pickDate(page, '#until', '2027-03-31');
      await dialog.getByLabel('暂缓执行的理由').fill('被执行人提供房产担保，申请执行人同意暂缓执行。');
      await shot(page, `approvals-defer-dialog-${screen.name}`);
      await dialog.getByRole('button', { name: '提交审批' }).click();
      await announced(page, '已提交审批：暂缓执行至 2027-03-31').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      const card = page.getByRole('region', { name: '审批', exact: true });
      await card.getByText('待执行局长审批').first().waitFor();
      await expect(page.getByTestId('case-status').innerText()).resolves.toContain('执行中');
      await page.getByRole('button', { name: '暂缓执行' }).waitFor({ state: 'detached' });
      await shot(page, `approvals-defer-pending-${screen.name}`, screen.name === 'desktop');
      await signOut(page);

      await approveFromInbox(page, caseNumber, /暂缓执行至 2027-03-31/, '担保有效，同意暂缓。', `approvals-inbox-${screen.name}`);

      // The case is deferred until its last day.
      await signIn(page, 'judge');
      await page.goto(caseUrl);
      await page.getByTestId('case-status').getByText('暂缓执行').waitFor();
      await detailValue(page, '暂缓期限').getByText('至 2027-03-31', { exact: false }).waitFor();
      await timelineEntries(page).filter({ hasText: '暂缓至 2027-03-31' }).getByText('经 陈建华（执行局长） 审批').waitFor();
      await shot(page, `approvals-deferred-${screen.name}`, screen.name === 'desktop');

      // 终结执行: only the modes a deferred case allows are offered; this one goes for approval.
      await page.getByRole('button', { name: /结\s*案/ }).click();
      const closing = page.getByRole('dialog');
      await closing.getByRole('combobox').first().press('ArrowDown');
      await expect(page.getByTitle('执行完毕', { exact: true }).and(page.locator('[aria-selected]')).count()).resolves.toBe(0);
      await closing.getByRole('combobox').first().press('Escape');
      await choose(page, 'mode', '终结执行（须经执行局长审批）');
      await pickDate(page, '#closedOn', '2026-11-26');
      await closing.getByLabel('结案理由').fill('申请执行人撤回执行申请（民事诉讼法第268条第一项）。');
      await shot(page, `approvals-close-dialog-${screen.name}`);
      await closing.getByRole('button', { name: '提交审批' }).click();
      await announced(page, '已提交审批：终结执行（结案日期 2026-11-26）').waitFor();
      await signOut(page);

      await approveFromInbox(page, caseNumber, /终结执行/, '同意终结执行。', `approvals-inbox-close-${screen.name}`);

      // Closed, with the approver and the date on the case.
      await signIn(page, 'judge');
      await page.goto(caseUrl);
      await page.getByTestId('case-status').getByText('已结案').waitFor();
      await expect(page.getByTestId('case-status').innerText()).resolves.toContain('终结执行');
      await detailValue(page, '结案审批').getByText('陈建华（执行局长），审批日期 2026-11-26').waitFor();
      await page.getByRole('rowheader', { name: '暂缓期限', exact: true }).waitFor({ state: 'detached' });
      await page
        .getByRole('region', { name: '审批事项：终结执行（结案日期 2026-11-26）' })
        .getByText('同意：陈建华（执行局长），审批日期 2026-11-26；意见：同意终结执行。')
        .waitFor();
      await shot(page, `approvals-closed-${screen.name}`, screen.name === 'desktop');
      await detailValue(page, '结案审批').scrollIntoViewIfNeeded();
      await shot(page, `approvals-closed-info-${screen.name}`);
      await timelineEntries(page).last().scrollIntoViewIfNeeded();
      await shot(page, `approvals-closed-timeline-${screen.name}`);
      await page.context().close();
    });
  }
});
