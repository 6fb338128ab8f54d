import { describe, expect, it } from 'vitest';
import { shot, signIn, useBrowserApp } from './browser-app.ts';

// An officer's working day starts at 待办: the running deadlines of their own cases, overdue first;
// a case opens at its 期限 tab with every node, its state and its legal basis.

const openPage = useBrowserApp();
const PHONE = { width: 390, height: 844 };

describe('the officer’s 待办', () => {
  it('is where an officer lands: counts, the overdue first, and a case opened at its 期限 (desktop)', async () => {
    const page = await openPage();
    await signIn(page, 'judge', '**/todo');
    const list = page.getByRole('region', { name: '待办期限' });
    const rows = list.getByRole('row').filter({ has: page.getByRole('link') });
    await rows.first().waitFor();
    expect(await rows.count()).toBeGreaterThan(0);
    const overdue = Number(
      await page.locator('.ant-statistic').filter({ hasText: '已超期' }).locator('.ant-statistic-content-value').innerText(),
    );
    expect(overdue).toBeGreaterThan(0);
    // overdue first: the first row says how long ago its day was
    await expect.poll(() => rows.first().innerText()).toMatch(/已超期/);
    await shot(page, 'todo-desktop');

    const first = rows.first().getByRole('link');
    const caseNumber = await first.innerText();
    await first.click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}\?tab=deadlines$/);
    expect(await page.getByTestId('case-number').innerText()).toBe(caseNumber);
    const deadlines = page.getByRole('region', { name: '节点期限' });
    await deadlines.getByRole('cell', { name: '执行期限' }).waitFor();
    expect(await deadlines.innerText()).toMatch(/依据：/);
    expect(await page.getByRole('tab', { name: '期限', selected: true }).count()).toBe(1);
    await shot(page, 'case-deadlines-desktop');
    // back to 概况 by its tab: the URL forgets the tab
    await page.getByRole('tab', { name: '概况' }).click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.close();
  });

  it('reads on a phone as cards, and a clerk has none in the menu', async () => {
    const page = await openPage();
    await page.setViewportSize(PHONE);
    await signIn(page, 'enforcer', '**/todo');
    const list = page.getByRole('region', { name: '待办期限' });
    await list.getByRole('link').first().waitFor();
    expect(await list.locator('.ant-table').count()).toBe(0);
    await shot(page, 'todo-phone');
    await list.getByRole('link').first().click();
    await page.getByRole('region', { name: '节点期限' }).getByText('执行期限').first().waitFor();
    await shot(page, 'case-deadlines-phone');
    await page.close();

    const clerk = await openPage();
    await signIn(clerk, 'clerk');
    expect(
      await clerk
        .getByRole('menu')
        .getByRole('menuitem', { name: /我的待办/ })
        .count(),
    ).toBe(0);
    await clerk.close();
  });
});
