import { expect, it } from 'vitest';
import { login } from '../support/test-app.ts';
import { openRunningCase, openTab, SCREENS, shot, signIn, useBrowserApp } from './browser-app.ts';

// 迟延履行利息 in the browser: the card on the 案款 tab for the officer, and the parties' tab in the
// portal, after two collections into the case account. Screenshots on a desktop and on a phone.

const openPage = useBrowserApp();

it('the officer and the party see the doubled interest to date, the outstanding principal and the segments', async () => {
  const page = await openPage();
  await page.setViewportSize(SCREENS[0].viewport);
  await signIn(page, 'party');
  // Money is received only on a case not yet closed.
  const { caseUrl, caseId } = await openRunningCase(page);

  const app = openPage.app();
  const finance = await login(app, 'finance');
  for (const [amount, receivedOn] of [
    ['3000.00', '2026-11-10'],
    ['2000.00', '2026-11-20'],
  ] as const) {
    const r = await app.server.inject({
      method: 'POST',
      url: `/api/v1/cases/${caseId}/receipts`,
      payload: { amount, receivedOn, payerName: '被执行人' },
      headers: { ...finance, 'idempotency-key': crypto.randomUUID() },
    });
    expect(r.statusCode, r.body).toBe(201);
  }
  const judge = await login(app, 'judge');
  const expected = (await app.server.inject({ method: 'GET', url: `/api/v1/cases/${caseId}/delay-interest`, headers: judge })).json();

  for (const screen of SCREENS) {
    await page.setViewportSize(screen.viewport);
    await page.goto(caseUrl);
    await openTab(page, '迟延履行利息', 'interest');
    const card = page.locator('.ant-card').filter({ hasText: '迟延履行利息' }).first();
    await card.getByText(`${expected.doubledInterest} 元`).first().waitFor();
    await card.getByText(`${expected.outstandingPrincipal} 元`).first().waitFor();
    await expect(card.locator('.ant-table-tbody tr.ant-table-row').count()).resolves.toBe(expected.segments.length);
    await shot(page, `delay-interest-party-${screen.name}`, true);
  }

  await page
    .getByRole('banner')
    .getByRole('button', { name: /退\s*出/ })
    .click();
  await page.waitForURL('**/login');
  await signIn(page, 'judge');
  for (const screen of SCREENS) {
    await page.setViewportSize(screen.viewport);
    await page.goto(caseUrl);
    await openTab(page, '案款', 'funds');
    const card = page.locator('.ant-card').filter({ hasText: '迟延履行利息' }).first();
    await card.getByText(`${expected.doubledInterest} 元`).first().waitFor();
    await card.getByText('（已清偿）').first().waitFor();
    await card.scrollIntoViewIfNeeded();
    await shot(page, `delay-interest-funds-${screen.name}`);
  }
}, 180_000);
