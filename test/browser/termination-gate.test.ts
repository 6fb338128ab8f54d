import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { announced, choose, pickDate, shot, signIn, useBrowserApp } from './browser-app.ts';
import { login } from '../support/test-app.ts';
import { client, filingBody } from '../api/fixtures.ts';
import { recordTerminationFacts, terminableFiling } from '../support/termination-facts.ts';

// The 终本 gate in the closure dialog, on a desktop and a phone: every fact but the interview is on
// record (through the API), so the checklist shows one unmet row; the judge records the interview
// from that row, the checklist turns all green, and the case closes on the applicant's consent.

const openPage = useBrowserApp({ seedCases: 0 });

const screens = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

async function caseWithoutInterview(): Promise<{ id: string; caseNumber: string }> {
  const app = openPage.app();
  const judge = client(app, await login(app, 'judge'));
  const filed = await judge.post('/api/v1/cases', filingBody(terminableFiling));
  expect(filed.statusCode, filed.body).toBe(201);
  const c = filed.json<{ id: string; caseNumber: string }>();
  expect((await judge.post(`/api/v1/cases/${c.id}/start`, {})).statusCode).toBe(200);
  await recordTerminationFacts(app, c.id, { skip: ['interview'] });
  return c;
}

const unmetRows = (page: Page) => page.locator('.termination-checklist .termination-unmet');

describe('the 终本 checklist in the closure dialog', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: one unmet row, the interview recorded from it, then closed on the applicant’s consent`, async () => {
      const c = await caseWithoutInterview();
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge');
      await page.goto(`/cases/${c.id}`);
      await page.getByRole('button', { name: /结\s*案/ }).click();
      const dialog = page.getByRole('dialog', { name: `结案 — ${c.caseNumber}` });
      await choose(page, 'mode', '终结本次执行程序');
      await pickDate(page, '#closedOn', '2026-11-26');
      await dialog.getByLabel('结案理由').fill('经穷尽财产调查措施，未发现被执行人有可供执行的财产。');
      await dialog.getByText('终本条件审查：1 项未满足').waitFor();
      await expect.poll(() => unmetRows(page).count()).toBe(1);
      await unmetRows(page).getByText('须约谈申请执行人').waitFor();
      await dialog.getByText('须对被执行人').waitFor({ state: 'detached' });
      const submit = dialog.getByRole('button', { name: '确认结案' });
      expect(await submit.isDisabled()).toBe(true);
      await unmetRows(page).scrollIntoViewIfNeeded();
      await shot(page, `termination-checklist-unmet-${screen.name}`);

      await unmetRows(page).getByRole('button', { name: '记录约谈' }).click();
      const interview = page.getByRole('dialog', { name: /记录约谈申请执行人/ });
      await interview.getByLabel('电话约谈').check();
      await interview.getByLabel('申请执行人的意见').fill('知悉被执行人暂无可供执行的财产，同意终结本次执行程序，发现财产后申请恢复执行。');
      await interview.getByRole('switch', { name: '申请执行人书面同意终本' }).click();
      await shot(page, `termination-interview-${screen.name}`);
      await interview.getByRole('button', { name: '保存约谈记录' }).click();
      await announced(page, '已记录约谈申请执行人').waitFor();
      await interview.waitFor({ state: 'hidden' });

      await dialog.getByText('终本条件均已满足').waitFor();
      await dialog.getByLabel('申请执行人书面同意终本').check();
      await dialog.getByText('申请执行人于 2026-11-26 约谈时同意终本').waitFor();
      await expect.poll(() => unmetRows(page).count()).toBe(0);
      await expect.poll(() => submit.isDisabled()).toBe(false);
      await dialog.getByText('申请执行人于 2026-11-26 约谈时同意终本').scrollIntoViewIfNeeded();
      await shot(page, `termination-checklist-met-${screen.name}`);
      await submit.click();
      await announced(page, '已结案').waitFor();
      await dialog.waitFor({ state: 'hidden' });
      await expect(page.getByTestId('case-status').innerText()).resolves.toContain('终结本次执行程序');
      const fits = await page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);
      expect(fits).toBe(true);
      await page.context().close();
    });
  }
});
