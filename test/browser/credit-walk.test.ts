import { expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { sql } from 'kysely';
import { announced, choose, openTab, pickDate, shot, signIn, useBrowserApp } from './browser-app.ts';
import { jumpingClock, onPhone } from './disposal-steps.ts';
import { login } from '../support/test-app.ts';
import { client, filingBody } from '../api/fixtures.ts';
import { testPolicy } from '../outbox/outbox-fixtures.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';
import { deliverDue } from '../../src/outbox/deliver.ts';
import { connectorRegistry } from '../../src/outbox/registry.ts';
import { runSweep } from '../../src/scheduler/run-sweep.ts';
import { publishListingsSweep } from '../../src/credit/publish-listing.ts';
import { sandboxCreditRecipients } from '../../src/institutions/sandbox/credit-recipients.ts';

// A listing's whole life through the screens: the officer decides with a month's grace, the 院长
// signs it, the grace ends unperformed and the nightly sweep publishes it — which restricts the
// debtor's spending at once and tells the five recipients; finance books the debtor's payment in
// full, the officer closes the case as 执行完毕, the listing is deleted and the restriction lifted by
// that closure alone, and the deletion's three-working-day deadline is met when the last recipient
// acknowledges.

const clock = jumpingClock('2026-11-26T02:00:00.000Z');
const openPage = useBrowserApp({ seedCases: 0, clock });
const registry = connectorRegistry(sandboxCreditRecipients().map((r) => r.connector));
const deliver = () => deliverDue(openPage.app(), registry, { worker: 'browser', limit: 200, policy: testPolicy() });

async function signOut(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /退\s*出/ })
    .click();
  await page.waitForURL('**/login');
}

const deletionDeadline = async (listingId: string) =>
  (
    await sql<{ state: string; due_on: string }>`select state, due_on::text from deadlines
      where node = 'dishonest-deletion' and subject = ${listingId}`.execute(openPage.app().db)
  ).rows;

it('decision, grace, publication, restriction, payment, deletion by closure and every acknowledgement', async () => {
  const judgeApi = client(openPage.app(), await login(openPage.app(), 'judge'));
  const debtor = { kind: 'person', name: '梁国强', idNumber: makeResidentId('440703', localDate('1980-05-05'), 900) };
  const filed = await judgeApi.post('/api/v1/cases', filingBody({ debtors: [debtor] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const c = filed.json() as { id: string; caseNumber: string };

  // 2026-11-26: decided with the default grace of one month, signed by the 院长.
  let page = await openPage();
  await signIn(page, 'judge');
  await page.goto(`/cases/${c.id}`);
  await openTab(page, '信用惩戒', 'credit');
  await page.getByRole('button', { name: '纳入失信名单' }).click();
  const dialog = page.getByRole('dialog', { name: '纳入失信被执行人名单' });
  await expect(dialog.getByLabel(/宽限期/).inputValue()).resolves.toBe('1');
  await dialog.getByRole('button', { name: '提交院长审批' }).click();
  await announced(page, '纳入决定已提交院长审核签发').waitFor();
  await signOut(page);
  await signIn(page, 'president');
  await page.goto('/approvals');
  const item = page.getByRole('region', { name: /失信/ }).filter({ has: page.getByRole('link', { name: c.caseNumber }) });
  await item.getByRole('button', { name: /^同\s*意$/ }).click();
  await page.getByRole('dialog').getByRole('button', { name: '确认同意' }).click();
  await announced(page, '已批准并执行').waitFor();
  await signOut(page);
  await signIn(page, 'judge');
  await page.goto(`/cases/${c.id}?tab=credit`);
  const row = () => page.getByRole('row').filter({ hasText: '梁国强' });
  await row().getByText('宽限期内').waitFor();
  await row().getByText('2026-12-26').first().waitFor();
  await shot(page, 'credit-walk-grace', true);
  const listingId = ((await judgeApi.get(`/api/v1/cases/${c.id}/dishonest-listings`)).json().items[0] as { id: string }).id;
  await page.context().close();

  // 2026-12-28: the grace ended on the 26th unperformed; the night's sweep publishes and restricts.
  clock.set('2026-12-28T01:00:00.000Z');
  const run = await runSweep(openPage.app(), publishListingsSweep, { asOf: localDate('2026-12-28'), dryRun: false, trigger: 'test' });
  expect(run.changed).toBe(1);
  expect((await deliver()).answered).toBe(5);
  page = await openPage();
  await signIn(page, 'judge');
  await page.goto(`/cases/${c.id}?tab=credit`);
  await row().getByText('已公布').waitFor();
  const restriction = page.getByLabel('限制消费令 梁国强');
  await restriction.getByText('限制中').waitFor();
  await restriction.getByText('因纳入失信名单').waitFor();
  await shot(page, 'credit-walk-published', true);
  await onPhone(page, 'credit-walk-published', true);
  await signOut(page);

  // Finance books the debtor's payment in full; the officer closes the case as 执行完毕.
  await signIn(page, 'finance');
  await page.goto(`/cases/${c.id}?tab=funds`);
  await page.getByLabel('到账金额（元）').fill('120000.00');
  await page.getByLabel('到账日期').fill('2026-12-28');
  await page.getByLabel('付款人').fill('梁国强');
  await page.getByLabel('银行流水号').fill('ICBC20261228001');
  await page.getByRole('button', { name: /入\s*账/ }).click();
  await announced(page, '已入账').waitFor();
  await signOut(page);
  await signIn(page, 'judge');
  await page.goto(`/cases/${c.id}`);
  await page.getByRole('button', { name: /结\s*案/ }).click();
  const closing = page.getByRole('dialog');
  await choose(page, 'mode', '执行完毕');
  await pickDate(page, '#closedOn', '2026-12-28');
  await closing.getByLabel('结案理由').fill('被执行人已全部履行，执行款已到账。');
  await closing.getByRole('button', { name: '确认结案' }).click();
  await announced(page, '已结案').waitFor();

  // Deleted and lifted by the closure; the recipients are told, and the deadline waits for them.
  await openTab(page, '信用惩戒', 'credit');
  await row().getByText('已删除').waitFor();
  await row()
    .getByRole('button', { name: /展开行|Expand row/ })
    .click();
  await page.getByText('尚有接收方未确认，系统持续重试').waitFor();
  await page.getByLabel('限制消费令 梁国强').getByText('已解除').waitFor();
  expect(await deletionDeadline(listingId)).toEqual([{ state: 'open', due_on: '2026-12-31' }]);
  clock.set('2026-12-28T03:00:00.000Z');
  expect((await deliver()).answered).toBe(5);
  await page.reload();
  await row().getByText('已删除').waitFor();
  await row()
    .getByRole('button', { name: /展开行|Expand row/ })
    .click();
  await page.getByText('各接收方均已确认收到').waitFor();
  expect(await deletionDeadline(listingId)).toEqual([{ state: 'met', due_on: '2026-12-31' }]);
  await shot(page, 'credit-walk-deleted', true);
  await onPhone(page, 'credit-walk-deleted', true);
}, 240_000);
