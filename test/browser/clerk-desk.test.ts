import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { announced, caseNumberIn, caseRows, choose, pickDate, shot, signIn, useBrowserApp } from './browser-app.ts';

// The clerk's desk on a desktop and on a phone: finding a case by a fragment of its number, the
// list's filters, marks, total and page numbers; filing a case with a passport-holding debtor and a
// lawyer, warned first of a probable duplicate; the phone's drawer menu and case cards.

const openPage = useBrowserApp();

const PHONE = { width: 390, height: 844 };

async function searchByNumber(page: Page, fragment: string) {
  await page.getByRole('textbox', { name: '案号' }).fill(fragment);
  await page.getByRole('button', { name: /查\s*询/ }).click();
  await page.waitForURL(/caseNumber=/);
}

describe('the clerk’s desk', () => {
  it('finds a case by a fragment of its number, with the total, page numbers and 执行期限 marks (desktop)', async () => {
    const page = await openPage();
    await signIn(page, 'clerk');
    await page
      .getByRole('status', { name: '案件总数' })
      .filter({ hasText: /共 [\d,]+ 件/ })
      .waitFor();
    await page.getByRole('listitem', { name: '2' }).waitFor(); // a page number, not a "next" trail
    await shot(page, 'desk-list');

    const some = await caseNumberIn(caseRows(page).nth(3));
    const [, code, digits] = /(执[保恢]?)(\d+)号/.exec(some)!; // 执, 执保 or 执恢
    const fragment = `${code}${digits}`;
    await searchByNumber(page, fragment);
    await expect.poll(async () => (await caseRows(page).allInnerTexts()).every((t) => t.includes(fragment))).toBe(true);
    expect((await caseRows(page).allInnerTexts()).some((t) => t.includes(some))).toBe(true);
    await shot(page, 'desk-list-fragment');

    // The overdue quick filter: a case filed in March is past its six months; every row carries its red mark.
    const old = await page.request.post('/api/v1/cases', {
      data: {
        courtCode: '粤0703',
        filedOn: '2026-03-02',
        claimAmount: '30000.00',
        title: {
          documentNumber: '（2025）粤0703民初9001号',
          issuer: '江门市蓬江区人民法院',
          effectiveOn: '2025-12-01',
          obligations: [{ kind: 'money', amount: '30000.00', description: '给付货款' }],
        },
        applicants: [{ kind: 'person', name: '邓文华', idNumber: '440703198503121230' }],
        debtors: [{ kind: 'person', name: '梁少芬', idNumber: '11010519491231002X' }],
      },
    });
    expect(old.status(), await old.text()).toBe(201);
    const overdue = ((await old.json()) as { caseNumber: string }).caseNumber;
    await page.getByRole('button', { name: /重\s*置/ }).click();
    await page.waitForURL((u) => !u.search.includes('caseNumber'));
    await page.getByText('已超期', { exact: true }).click();
    await page.waitForURL(/deadline=overdue/);
    await expect.poll(async () => (await caseRows(page).allInnerTexts()).every((t) => /已超期 \d{4}-\d{2}-\d{2}/.test(t))).toBe(true);
    await expect.poll(async () => (await caseRows(page).allInnerTexts()).some((t) => t.includes(overdue))).toBe(true);
    await shot(page, 'desk-list-overdue');

    // Sorting by amount, then the second page: the URL holds a page number.
    await page.getByRole('columnheader', { name: /申请执行标的/ }).click();
    await page.waitForURL(/sort=claimAmount/);
    await page.context().close();
  });

  it('files a case with a passport-holding debtor and a lawyer, after a warning of a probable duplicate (desktop)', async () => {
    const page = await openPage();
    await signIn(page, 'clerk');
    // A case already filed on this title against this debtor.
    const res = await page.request.post('/api/v1/cases', {
      data: {
        courtCode: '粤0703',
        filedOn: '2026-11-20',
        claimAmount: '56000.00',
        title: {
          documentNumber: '（2026）粤0703民初4455号',
          issuer: '江门市蓬江区人民法院',
          effectiveOn: '2026-06-01',
          obligations: [{ kind: 'money', amount: '56000.00', description: '给付货款' }],
        },
        applicants: [{ kind: 'person', name: '黄晓燕', idNumber: '11010519491231002X' }],
        debtors: [{ kind: 'person', name: 'John Smith', idType: 'passport', idNumber: 'E12345678' }],
      },
    });
    expect(res.status(), await res.text()).toBe(201);
    const first = ((await res.json()) as { caseNumber: string }).caseNumber;

    await page.goto('/cases/new');
    await page.locator('#cause').fill('买卖合同纠纷');
    await pickDate(page, '#appliedOn', '2026-11-19');
    await pickDate(page, '#filedOn', '2026-11-20');
    await page.locator('#claimAmount').fill('56,000');
    await page.locator('#title_documentNumber').fill('(2026)粤0703民初4455号');
    await page.locator('#title_issuer').fill('江门市蓬江区人民法院');
    await pickDate(page, '#title_effectiveOn', '2026-06-01');
    await page.locator('#title_obligations_0_amount').fill('56,000.00');
    await page.locator('#applicants_0_name').fill('陈立新');
    await page.locator('#applicants_0_idNumber').fill('440703198503121230');
    await page.locator('#debtors_0_name').fill('John Smith');
    await choose(page, 'debtors_0_idType', '护照');
    await page.locator('#debtors_0_idNumber').fill('e1234 5678');
    await page.locator('#debtors_0_serviceAddress').fill('广东省江门市蓬江区建设路18号1203室');
    await pickDate(page, '#debtors_0_addressConfirmedOn', '2026-11-19');
    await page.locator('#debtors_0_phone').fill('13800138000');
    await page.getByRole('group', { name: '被执行人 1' }).getByRole('button', { name: '添加委托代理人' }).click();
    await page.locator('#debtors_0_agents_0_name').fill('李明');
    await page.locator('#debtors_0_agents_0_licenseNumber').fill('14407201910123456');
    await page.locator('#debtors_0_agents_0_firm').fill('广东江信律师事务所');
    await shot(page, 'desk-filing-form', true);

    await page.getByRole('button', { name: /提交立案/ }).click();
    const dialog = page.getByRole('dialog').filter({ hasText: '可能重复立案' });
    await dialog.getByText(first).waitFor();
    await shot(page, 'desk-filing-duplicate');
    await dialog.getByRole('button', { name: '确认不重复，继续立案' }).click();
    await announced(page, '立案成功').waitFor();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole('cell', { name: /E12345678/ }).waitFor();
    await page.getByText('执业证号 14407201910123456').waitFor();
    await page.getByText('2026-11-19 已确认').waitFor();
    await shot(page, 'desk-case-detail', true);
    await page.context().close();
  });

  it('works on a phone: a drawer menu, a header that fits, the list as cards, the filing form in one column', async () => {
    const page = await openPage();
    await page.setViewportSize(PHONE);
    await signIn(page, 'clerk');
    // Nothing is wider than the screen.
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    const cards = page.getByRole('list', { name: '案件' }).getByRole('listitem');
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    await shot(page, 'desk-phone-list');

    await searchByNumber(page, '执1');
    await expect.poll(async () => (await cards.allInnerTexts()).every((t) => t.includes('执1'))).toBe(true);
    await expect.poll(() => cards.count()).toBeGreaterThan(0);
    await shot(page, 'desk-phone-list-search');

    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('menuitem', { name: '立案' }).click();
    await page.waitForURL('**/cases/new');
    await page.getByRole('dialog').waitFor({ state: 'hidden' }); // the drawer closes on navigating
    await expect.poll(() => page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PHONE.width);
    await shot(page, 'desk-phone-filing');
    await page.getByRole('button', { name: '打开菜单' }).click();
    await page.getByRole('dialog').getByRole('menuitem', { name: '案件列表' }).waitFor();
    await shot(page, 'desk-phone-menu');
    await page.context().close();
  });
});
