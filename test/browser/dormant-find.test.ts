import { sql } from 'kysely';
import { expect, it } from 'vitest';
import { createUser } from '../../src/access/create-user.ts';
import { systemPrincipal } from '../../src/access/system-principal.ts';
import { assignOfficer } from '../../src/cases/change-case.ts';
import { researchDormantSweep } from '../../src/dormant/research-sweep.ts';
import { runningClock } from '../../src/platform/clock.ts';
import { localDate } from '../../src/shared/dates.ts';
import { newIdNumber } from '../api/fixtures.ts';
import { aDebtor, closeAsDormant } from '../dormant/dormant-fixtures.ts';
import { deliver, network } from '../searches/search-fixtures.ts';
import { buildCase } from '../support/builders/cases.builder.ts';
import { announced, openTab, PASSWORD, SCREENS, shot, signIn, useBrowserApp } from './browser-app.ts';

// A 终本 case whose six-monthly re-search finds property (ADR 0215): the officer sees the find in
// 待办, opens the case at its 查控 tab and decides, with a reason, not to resume (desktop); the
// applicant reads the re-search notices on its case in the portal (desktop and phone).

const openPage = useBrowserApp({ seedCases: 0, clock: runningClock('2027-06-01T02:00:00.000Z') });

it('the officer reviews a find from 待办 and declines resumption; the applicant sees the notices', async () => {
  const app = openPage.app();
  const applicantId = newIdNumber();
  const k = await buildCase(app, {
    filedOn: '2026-10-20',
    status: 'in-progress',
    debtor: aDebtor(true),
    applicant: { kind: 'person', name: '陈小红', idNumber: applicantId },
  });
  const judgeId = (await sql<{ id: string }>`select id from users where username = 'judge'`.execute(app.db)).rows[0]!.id;
  const assigned = await assignOfficer(app, { ...systemPrincipal(app, '测试数据', '粤0703'), role: 'judge' }, k.id, judgeId);
  if (!assigned.ok) throw new Error(assigned.code);
  await closeAsDormant(app, k.id, '2026-11-05');
  const u = await createUser(app, systemPrincipal(app, '测试数据'), {
    username: 'party-find',
    displayName: '陈小红（申请执行人）',
    role: 'party',
    courtCode: '粤0703',
    scope: 'court',
    partyIdentity: applicantId,
    password: PASSWORD,
  });
  if (!u.ok) throw new Error(u.code);
  // Cycle 1 (due 2027-05-05) is sent and answered: the sandbox network holds the debtor's property.
  await researchDormantSweep.run(app, { asOf: localDate('2027-06-01'), dryRun: false });
  const { registry } = network();
  for (let i = 0; i < 20; i++) if ((await deliver(app, registry)).claimed === 0) break;

  const page = await openPage();
  await page.setViewportSize(SCREENS[0].viewport);
  await signIn(page, 'judge', '**/todo');
  const todo = page.getByRole('region', { name: '待办期限' });
  const item = todo.getByRole('row').filter({ hasText: '审查终本再查发现的财产' });
  await item.getByRole('link', { name: k.caseNumber }).waitFor();
  await shot(page, 'dormant-find-todo-desktop');
  await item.getByRole('link', { name: k.caseNumber }).click();
  await page.waitForURL(/tab=searches/);
  const history = page.getByRole('table', { name: '终本复查记录' }).or(page.getByLabel('终本复查记录')).first();
  await history.getByText('待审查是否恢复执行').waitFor();
  await page.getByRole('button', { name: '第1次复查不恢复执行' }).click();
  const dialog = page.getByRole('dialog', { name: /不恢复执行/ });
  await dialog.getByLabel('不恢复执行的理由').fill('查询到的存款余额不足以支付执行费用，暂不恢复执行');
  await shot(page, 'dormant-find-decline-desktop');
  await dialog.getByRole('button', { name: '确认不恢复执行' }).click();
  await announced(page, '已决定第1次复查发现的财产不恢复执行').waitFor();
  await history.getByText('查询到的存款余额不足以支付执行费用，暂不恢复执行').waitFor();
  expect(await page.getByRole('button', { name: '第1次复查不恢复执行' }).count()).toBe(0);
  await shot(page, 'dormant-find-declined-desktop', true);
  await page.goto('/todo');
  await page.getByRole('heading', { name: '我的待办' }).waitFor();
  await todo.waitFor();
  expect(await todo.getByText('审查终本再查发现的财产').count()).toBe(0);

  const portal = await openPage();
  await signIn(portal, 'party-find');
  for (const screen of SCREENS) {
    await portal.setViewportSize(screen.viewport);
    await portal.goto(`/cases/${k.id}`);
    await openTab(portal, '执行款发放', 'payouts');
    const card = portal.getByRole('region', { name: '终本案件再次查询' });
    await card.getByText('第1次查询').waitFor();
    await card.getByText('法院决定暂不恢复执行').waitFor();
    await card.getByText(/查询到被执行人财产 \d+ 项/).waitFor();
    expect(await card.getByText('查询到的存款余额不足以支付执行费用').count()).toBe(0); // the court's reason stays inside
    await card.scrollIntoViewIfNeeded();
    await shot(portal, `dormant-find-portal-${screen.name}`, true);
  }
}, 240_000);
