import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { announced, openTab, shot, signIn, useBrowserApp } from './browser-app.ts';

// A 罚款 or 拘留 waits for the 院长 (民事诉讼法 第119条), on a desktop and a phone: the demo's latest
// sanction shows 待院长审批 on its case; the 院长 (郑国栋) approves it from 待审批, and the case then
// shows it approved with the day.

const openPage = useBrowserApp({ seedHandling: true });

// The phone looks first; the desktop then approves (one request waits in the demo).
const screens = [
  { name: 'phone', viewport: { width: 390, height: 844 }, approves: false },
  { name: 'desktop', viewport: { width: 1280, height: 800 }, approves: true },
] as const;

describe('the 院长 approves sanctions', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: the case shows 待院长审批 and the 院长's 待审批 lists it${screen.approves ? '; approved, the case shows it' : ''}`, async () => {
      const waiting = await sql<{ id: string; case_id: string; case_number: string }>`select a.id, a.case_id, c.case_number
        from approval_requests a join cases c on c.id = a.case_id
        where a.kind = 'case.sanction' and a.state = 'pending' and a.court_id = (select id from courts where code = '粤0703')
        order by a.requested_at limit 1`.execute(openPage.app().db);
      const request = waiting.rows[0];
      expect(request, 'the demo leaves its latest sanction waiting').toBeTruthy();
      const page = await openPage();
      await page.setViewportSize(screen.viewport);

      await signIn(page, 'judge');
      await page.goto(`/cases/${request!.case_id}`);
      await openTab(page, '文书与报告', 'measures');
      const card = page.getByRole('region', { name: '罚款、拘留' });
      await card.getByText('待院长审批').first().waitFor();
      await shot(page, `sanction-pending-${screen.name}`, true);
      await page
        .getByRole('banner')
        .getByRole('button', { name: /退\s*出/ })
        .click();
      await page.waitForURL('**/login');

      await signIn(page, 'president');
      await page.goto('/approvals');
      const item = page.getByRole('region', { name: /罚款|拘留/ }).filter({ has: page.getByRole('link', { name: request!.case_number }) });
      await item.waitFor();
      await shot(page, `sanction-inbox-${screen.name}`, true);
      if (!screen.approves) return;
      await item.getByRole('button', { name: /^同\s*意$/ }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByLabel('审批意见（选填）').fill('同意');
      await dialog.getByRole('button', { name: '确认同意' }).click();
      await announced(page, '已批准并执行').waitFor();
      await item.waitFor({ state: 'detached' });

      await page.goto(`/cases/${request!.case_id}`);
      await openTab(page, '文书与报告', 'measures');
      await page.getByRole('region', { name: '罚款、拘留' }).getByText('院长已批准').first().waitFor();
      await shot(page, `sanction-approved-${screen.name}`, true);
    }, 180_000);
  }
});
