import { expect, it } from 'vitest';
import { login } from '../support/test-app.ts';
import { openRunningCase, openTab, SCREENS, shot, signIn, useBrowserApp } from './browser-app.ts';

// 执行款发放 in the party portal: the demo applicant opens its case and sees the payout the court
// made to it, paid with the bank's reference, and one still in approval. Desktop and phone.

const openPage = useBrowserApp();

it('the applicant sees the payouts made to it, where each stands and the account', async () => {
  const page = await openPage();
  await page.setViewportSize(SCREENS[0].viewport);
  await signIn(page, 'party');
  const { caseUrl, caseId } = await openRunningCase(page);

  // The court's side, through the API: money in, the applicant's account confirmed, two payouts.
  const app = openPage.app();
  const judge = await login(app, 'judge');
  const enforcer = await login(app, 'enforcer');
  const head = await login(app, 'head');
  const finance = await login(app, 'finance');
  const call = async (auth: { authorization: string }, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) => {
    const r = await app.server.inject({ method, url, payload, headers: { ...auth, 'idempotency-key': crypto.randomUUID() } });
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.json();
  };
  await call(finance, 'POST', `/api/v1/cases/${caseId}/receipts`, { amount: '8000.00', receivedOn: '2026-11-20', payerName: '被执行人' });
  const applicant = (await call(judge, 'GET', `/api/v1/cases/${caseId}`)).applicants[0] as { id: string; name: string };
  const partyId = applicant.id;
  const payee = { accountName: applicant.name, accountNumber: '6222021001005566778', bankName: '中国工商银行江门分行' };
  await call(judge, 'PUT', `/api/v1/cases/${caseId}/parties/${partyId}/payee-account`, payee);
  const paid = await call(judge, 'POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: '5000.00' });
  for (const who of [enforcer, head, finance]) await call(who, 'POST', `/api/v1/payouts/${paid.id}/approve`, {});
  await call(finance, 'POST', `/api/v1/payouts/${paid.id}/bank-result`, { outcome: 'paid', bankReference: 'ICBC-OUT-0001' });
  await call(judge, 'POST', `/api/v1/cases/${caseId}/payouts`, { partyId, amount: '2000.00' });

  for (const screen of SCREENS) {
    await page.setViewportSize(screen.viewport);
    await page.goto(caseUrl);
    await openTab(page, '执行款发放', 'payouts');
    const card = page.locator('.ant-card').filter({ hasText: '向我发放的执行款' }).first();
    await card.getByText('ICBC-OUT-0001').waitFor();
    await card.getByText('5000.00').waitFor();
    await card.getByText('2000.00').waitFor();
    await expect(card.locator('.ant-table-tbody tr.ant-table-row').count()).resolves.toBe(2);
    await shot(page, `party-payouts-${screen.name}`, true);
  }
}, 180_000);
