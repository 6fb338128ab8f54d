import { describe, expect, it } from 'vitest';
import { sql } from 'kysely';
import { openTab, shot, signIn, useBrowserApp } from './browser-app.ts';

// The demo on first start, as the judge sees it: 待办 with work in it, a handled case's 文书与报告,
// 财产, 查控, 线索, 现场 and 期限 tabs filled, and the court's 查封登记簿, on a desktop and a phone.

const openPage = useBrowserApp({ seedHandling: true });

const screens = [
  { name: 'desktop', viewport: { width: 1440, height: 900 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

const TABS = [
  { name: '文书与报告', key: 'measures', text: /执行通知书/ },
  { name: '财产', key: 'assets', text: /冻结|查封|扣押/ },
  { name: '查控', key: 'searches', text: /已答复/ },
  { name: '线索', key: 'leads', text: /被执行人(近期驾驶|在新会区|在农商银行|持有)/ },
  { name: '现场', key: 'onsite', text: /现场执行笔录/ },
  { name: '期限', key: 'deadlines', text: /发出执行通知/ },
] as const;

describe('the demo on first start', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: 待办, a handled case's tabs and the register of seizures are full`, async () => {
      // A case of the home court with an on-site record, a lead and seizures: every tab has something.
      const row = await sql<{ id: string }>`select c.id from cases c join courts k on k.id = c.court_id
        where k.code = '粤0703' and exists (select 1 from onsite_records o where o.case_id = c.id)
        and exists (select 1 from seizures s where s.case_id = c.id) order by c.case_number limit 1`.execute(openPage.app().db);
      const caseId = row.rows[0]?.id;
      expect(caseId).toBeTruthy();
      // The leads tab of a case that has leads.
      const withLead = await sql<{ id: string }>`select case_id as id from asset_leads order by submitted_at limit 1`.execute(
        openPage.app().db,
      );
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge', '**/todo');
      await page.getByRole('heading', { name: '我的待办' }).waitFor();
      await page
        .getByText(/（\d{4}）粤0703执\d+号/)
        .first()
        .waitFor();
      await shot(page, `demo-stages-todo-${screen.name}`, true);
      for (const tab of TABS) {
        await page.goto(`/cases/${tab.key === 'leads' ? withLead.rows[0]!.id : caseId}`);
        await openTab(page, tab.name, tab.key);
        await page.getByRole('tabpanel').getByText(tab.text).first().waitFor();
        // The 财产 tab names each institution, never the directory's code (sandbox-jmrcb).
        if (tab.key === 'assets') expect(await page.getByRole('tabpanel').innerText()).not.toMatch(/sandbox-/);
        await shot(page, `demo-stages-${tab.key}-${screen.name}`, true);
      }
      await page.goto('/seizures');
      await page.getByRole('heading', { name: '查封登记簿' }).waitFor();
      await page
        .getByText(/不动产 粤|银行存款 \d|车辆 粤/)
        .first()
        .waitFor();
      await shot(page, `demo-stages-seizures-${screen.name}`, true);
    });
  }
});
