import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { login } from '../support/test-app.ts';
import { caller, signInStaff } from '../funds/funds-fixtures.ts';
import { enterpriseDebtor, fileAgainst, key, leadCase } from '../distribution/distribution-fixtures.ts';
import { announced, openTab, shot, signIn, useBrowserApp } from './browser-app.ts';
import { jumpingClock, settled } from './disposal-steps.ts';

// 参与分配 paid in the browser: three creditors share ¥100,000 held by an enterprise debtor's case —
// a mortgagee (no case here), this case's applicant and the applicant of another case of the court
// against the same debtor. After the 15 days the judge pays what no one disputes: the applicant's
// share as a payout, the other case's as a transfer into its account; the 承办人, the 执行局长 and
// finance sign each on the 案款 tab, and the other case's account shows the money arrive. The
// mortgagee's line is left for a separate instruction. Desktop, then the result on a phone.

const clock = jumpingClock('2026-11-26T02:00:00.000Z');
const openPage = useBrowserApp({ clock });

async function openFunds(page: Page, caseId: string) {
  await page.goto(`/cases/${caseId}`);
  await openTab(page, '案款', 'funds');
  await page.getByRole('region', { name: '分配' }).waitFor();
}

async function signOut(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /退\s*出/ })
    .click();
  await page.waitForURL('**/login');
}

it('pays three creditors of a plan: a payout, a transfer to the other case, and the mortgagee left out', async () => {
  const app = openPage.app();
  const staff = await signInStaff(app);
  const judge = caller(app, staff.judge);
  const debtor = enterpriseDebtor();
  const lead = await leadCase(app, staff, debtor, '100000.00');
  const other = await fileAgainst(judge, debtor, '李明');
  const opened = await judge(
    'POST',
    `/api/v1/cases/${lead.caseId}/distributions`,
    { debtorPartyId: lead.debtorPartyId, debtorKind: 'enterprise', proceeds: '100000.00', costs: '1000.00' },
    key(),
  );
  expect(opened.statusCode, opened.body).toBe(201);
  const id = opened.json().id as string;
  const claims = [
    { creditorName: '中国建设银行江门分行', amount: '30000.00', priority: true, priorityBasis: '抵押权' },
    { caseId: lead.caseId, amount: '50000.00', seizureRank: 1 },
    { caseId: other.caseId, amount: '40000.00', seizureRank: 2 },
  ];
  for (const claim of claims) {
    const joined = await judge('POST', `/api/v1/distributions/${id}/claims`, claim, key());
    expect(joined.statusCode, joined.body).toBe(201);
  }
  expect((await judge('POST', `/api/v1/distributions/${id}/plan`)).statusCode).toBe(201);
  const planned = (await judge('GET', `/api/v1/cases/${lead.caseId}/distributions`)).json().items[0];
  for (const c of planned.claims as { id: string }[]) {
    const served = await judge(
      'POST',
      `/api/v1/distributions/${id}/services`,
      { claimId: c.id, method: 'direct', servedOn: '2026-11-26', recipient: '债权人' },
      key(),
    );
    expect(served.statusCode, served.body).toBe(201);
  }

  clock.set('2026-12-12T02:00:00.000Z'); // every creditor's 15 days have passed (第509条)
  const page = await openPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await signIn(page, 'judge');
  await openFunds(page, lead.caseId);
  const section = page.getByRole('region', { name: '分配' });
  // 100000 − 1000 costs: the mortgagee's 30000, 陈小红's 50000, then 李明 takes the 19000 left.
  await section.getByRole('cell', { name: '19000.00' }).first().waitFor();
  await section.getByRole('button', { name: '发放无争议款项' }).click();
  await announced(
    page,
    '已提交发放审批：陈小红 50000.00 元发放，李明 19000.00 元划入其执行案件；中国建设银行江门分行 30000.00 元另行支付',
  ).waitFor();
  await settled(page);
  await shot(page, 'distribution-paid-desktop', true);
  await signOut(page);

  for (const [user, step] of [
    ['enforcer', '承办人审核'],
    ['head', '执行局长审批'],
    ['finance', '财务人员核发'],
  ] as const) {
    await signIn(page, user);
    await openFunds(page, lead.caseId);
    for (let i = 0; i < 2; i++) {
      await page
        .getByRole('button', { name: `同意（${step}）` })
        .first()
        .click();
      await announced(page, '已同意').last().waitFor();
      await settled(page);
    }
    await expect.poll(() => page.getByRole('button', { name: `同意（${step}）` }).count()).toBe(0);
    if (user !== 'finance') await signOut(page);
  }
  await page.getByText('已划转').first().waitFor();
  await shot(page, 'distribution-approved-desktop', true);

  await openFunds(page, other.caseId);
  await page
    .getByText(/划转：由.+划至/)
    .first()
    .waitFor();
  const account = (await caller(app, await login(app, 'finance'))('GET', `/api/v1/cases/${other.caseId}/account`)).json();
  expect(account).toMatchObject({ balance: '19000.00' });
  await page.setViewportSize({ width: 390, height: 844 });
  await openFunds(page, lead.caseId);
  await shot(page, 'distribution-approved-phone', true);
}, 240_000);
