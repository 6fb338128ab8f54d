import { expect, it } from 'vitest';
import { login } from '../support/test-app.ts';
import { openRunningCase, openTab, SCREENS, shot, signIn, useBrowserApp } from './browser-app.ts';

// 执行款发放 in the party portal: the demo applicant opens its case and sees the payout the court
// made to it, paid with the bank's reference, and one still in approval; and, on the same tab, the
// 财产分配方案 the court served on it, its own line marked 本人. Desktop and phone.

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

it('the applicant sees the distribution plan served on it, with its own line', async () => {
  const page = await openPage();
  await page.setViewportSize(SCREENS[0].viewport);
  await signIn(page, 'party');
  const { caseUrl, caseId } = await openRunningCase(page);
  const card = page.locator('.ant-card').filter({ hasText: '财产分配方案' }).first();
  await openTab(page, '执行款发放', 'payouts');
  await card.getByText('暂无已送达的分配方案').waitFor();

  // The court's side: money in, a distribution with a mortgagee and this case's applicant, the plan
  // drawn up — still not shown — and served on the applicant.
  const app = openPage.app();
  const judge = await login(app, 'judge');
  const call = async (auth: { authorization: string }, method: 'GET' | 'POST', url: string, payload?: object) => {
    const r = await app.server.inject({ method, url, payload, headers: { ...auth, 'idempotency-key': crypto.randomUUID() } });
    expect(r.statusCode, r.body).toBeLessThan(300);
    return r.json();
  };
  const receipt = { amount: '50000.00', receivedOn: '2026-11-20', payerName: '江门市公共资源交易中心' };
  await call(await login(app, 'finance'), 'POST', `/api/v1/cases/${caseId}/receipts`, receipt);
  const detail = await call(judge, 'GET', `/api/v1/cases/${caseId}`);
  const debtor = detail.debtors[0] as { id: string; kind: string };
  const enterprise = debtor.kind !== 'person';
  const opened = await call(judge, 'POST', `/api/v1/cases/${caseId}/distributions`, {
    debtorPartyId: debtor.id,
    debtorKind: enterprise ? 'enterprise' : 'person',
    proceeds: '50000.00',
    costs: '500.00',
  });
  const claims = `/api/v1/distributions/${opened.id}/claims`;
  await call(judge, 'POST', claims, { creditorName: '中国建设银行江门分行', amount: '20000.00', priority: true, priorityBasis: '抵押权' });
  const own = await call(judge, 'POST', claims, { caseId, amount: '40000.00', ...(enterprise ? { seizureRank: 1 } : {}) });
  await call(judge, 'POST', `/api/v1/distributions/${opened.id}/plan`);
  await page.reload();
  await card.getByText('暂无已送达的分配方案').waitFor();
  const service = { claimId: own.id, method: 'direct', servedOn: '2026-11-26', recipient: detail.applicants[0].name };
  await call(judge, 'POST', `/api/v1/distributions/${opened.id}/services`, service);

  // 50000 − 500 costs: the mortgagee's 20000 first, then the applicant takes the 29500 left.
  for (const screen of SCREENS) {
    await page.setViewportSize(screen.viewport);
    await page.goto(caseUrl);
    await openTab(page, '执行款发放', 'payouts');
    const mine = card.locator('tr.row-own');
    await mine.getByText('本人').waitFor();
    await mine.getByText('29500.00').waitFor();
    await mine.getByText('10500.00').waitFor();
    await expect(card.locator('.ant-table-tbody tr.ant-table-row').count()).resolves.toBe(2);
    await card.getByText('2026-12-11').waitFor(); // the applicant's 15 days (第509条)
    // On a phone the plan's table scrolls inside the card, never the page.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(screen.viewport.width);
    await card.scrollIntoViewIfNeeded();
    await shot(page, `party-distribution-${screen.name}`, true);
  }
}, 180_000);
