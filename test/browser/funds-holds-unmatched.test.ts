import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { announced, choose, openTab, shot, signIn, useBrowserApp } from './browser-app.ts';
import { caller, caseWithPayee, receipt, signInStaff } from '../funds/funds-fixtures.ts';

// The court's 暂存款 in the browser: finance imports a statement (CSV, columns mapped), sees what
// became of each line, and claims the waiting money into the suggested case; an overdue claim
// shows red. On the 案款 tab the officer asks to hold money (暂缓发放), the bureau head approves,
// the officer releases it; a paid-out payout offers its 执行款发放审批表. Desktop and phone.

const openPage = useBrowserApp();

async function signOut(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /退\s*出/ })
    .click();
  await page.waitForURL('**/login');
}

it('imports a statement, shows each line’s outcome, and claims 暂存款 into the suggested case', async () => {
  const app = openPage.app();
  const staff = await signInStaff(app);
  const { caseId } = await caseWithPayee(app, staff);
  const caseNumber = (await caller(app, staff.judge)('GET', `/api/v1/cases/${caseId}`)).json().caseNumber as string;
  const csv = [
    '交易日期,流水号,对方户名,贷方金额,附言',
    `2026-11-25,BR-001,梁国强,300.50,${caseNumber}案款`,
    '2026-11-20,BR-002,某某商贸有限公司,1200.00,货款',
  ].join('\n');

  const page = await openPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'finance');
  await page.getByRole('link', { name: '暂存款' }).click();
  await page.getByRole('heading', { name: '暂存款' }).waitFor();
  await page.locator('input[type=file]').setInputFiles({ name: '流水.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await page.getByText('已选择：流水.csv').waitFor();
  for (const [label, column] of [
    ['金额列', '贷方金额'],
    ['日期列', '交易日期'],
    ['付款人列', '对方户名'],
    ['流水号列', '流水号'],
    ['附言列', '附言'],
  ] as const)
    await page.getByLabel(label).fill(column);
  await page.getByRole('button', { name: /导\s*入/ }).click();
  await announced(page, '已导入：入账 0 笔，暂存款 2 笔，重复 0 笔').waitFor();
  await page.getByRole('cell', { name: 'BR-001' }).first().waitFor();
  const queue = page.getByRole('table').last();
  await queue.getByRole('cell', { name: '某某商贸有限公司' }).waitFor();
  // The line of 11-20 had 3 days (to Monday 11-23): overdue, in red.
  const late = queue.getByText('2026-11-23 已超期');
  await late.waitFor();
  expect(await late.evaluate((el) => el.closest('.ant-tag')?.className ?? '')).toContain('ant-tag-error');
  await shot(page, 'funds-unmatched-desktop', true);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'funds-unmatched-phone', true);
  await page.setViewportSize({ width: 1280, height: 800 });

  await queue
    .getByRole('button', { name: /认\s*领/ })
    .first()
    .click();
  await announced(page, '已认领入案').waitFor();
  await queue.getByRole('cell', { name: '梁国强' }).waitFor({ state: 'detached' });
  const account = (await caller(app, staff.judge)('GET', `/api/v1/cases/${caseId}/account`)).json();
  expect(account).toMatchObject({ balance: '300.50' });
}, 240_000);

it('holds money for a lawful reason once the bureau head approves, and releases it; the payout form downloads', async () => {
  const app = openPage.app();
  const staff = await signInStaff(app);
  const { caseId, partyId } = await caseWithPayee(app, staff);
  await caller(app, staff.finance)('POST', `/api/v1/cases/${caseId}/receipts`, receipt('5000.00'), 'bh-r1');
  const asked = (await caller(app, staff.judge)('POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: '1000.00' }, 'bh-p1')).json();
  for (const who of [staff.enforcer, staff.head, staff.finance]) await caller(app, who)('POST', `/api/v1/payouts/${asked.id}/approve`, {});

  const page = await openPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'judge');
  await page.goto(`/cases/${caseId}`);
  await openTab(page, '案款', 'funds');
  await page.getByText('没有暂缓发放的款项').waitFor();
  await choose(page, 'hold_kind', '执行异议审查中');
  await page.getByLabel('暂缓金额（元）').fill('2000.00');
  await page.getByLabel('具体情况').fill('案外人对该笔款项提出执行异议，正在审查');
  await page.getByRole('button', { name: '申请暂缓发放' }).click();
  await announced(page, '已提交执行局长审批，批准后暂缓发放').waitFor();
  const download = page.getByRole('link', { name: '下载执行款发放审批表（陈小红）' });
  expect(await download.getAttribute('href')).toMatch(/^\/api\/v1\/documents\/[0-9a-f-]{36}\/file$/);

  const approvals = (await caller(app, staff.head)('GET', '/api/v1/approvals')).json().items as { id: string; caseId: string }[];
  const approval = approvals.find((a) => a.caseId === caseId)!;
  expect((await caller(app, staff.head)('POST', `/api/v1/approvals/${approval.id}/approve`, {})).statusCode).toBe(200);
  await page.reload();
  await openTab(page, '案款', 'funds');
  await page.getByText('执行异议审查中').first().waitFor();
  await page.getByText(/依据：.*民事诉讼法\(2023\) 第236条/).waitFor();
  await shot(page, 'funds-hold-desktop', true);
  await page.setViewportSize({ width: 390, height: 844 });
  await shot(page, 'funds-hold-phone', true);

  await page.getByRole('button', { name: /解\s*除/ }).click();
  await announced(page, '已解除暂缓发放，发放期限继续计算').waitFor();
  await page.getByText('没有暂缓发放的款项').waitFor();
  await signOut(page);
}, 240_000);
