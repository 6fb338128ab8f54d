import { describe, expect, it } from 'vitest';
import { announced, caseRows, choose, detailValue, pickDate, shot, signIn, timelineEntries, useBrowserApp } from './browser-app.ts';

// GB 32100 check character, computed here independently of the app's own validator.
function creditCode(first17: string): string {
  const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY';
  const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
  const sum = [...first17].reduce((s, c, i) => s + alphabet.indexOf(c) * weights[i]!, 0);
  const value = 31 - (sum % 31);
  return first17 + alphabet[value === 31 ? 0 : value];
}

// GB 11643 check character (ISO 7064 MOD 11-2).
function residentId(first17: string): string {
  const weights = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
  const sum = [...first17].reduce((s, c, i) => s + Number(c) * weights[i]!, 0);
  return first17 + '10X98765432'[sum % 11];
}

const openPage = useBrowserApp();

describe('filing a case in the browser', () => {
  it('a clerk files a case through the form, sees the new 案号, and finds it in the list by party name', async () => {
    const page = await openPage();
    await page.goto('/login');
    await page.getByLabel('用户名').waitFor();
    await shot(page, 'login');
    await signIn(page, 'clerk');
    await page
      .getByRole('banner')
      .getByText(/书记员/)
      .waitFor();

    await page.getByRole('menuitem', { name: '立案' }).click();
    await page.waitForURL('**/cases/new');
    // The court picker starts at the clerk's own court (its label carries the code).
    await page.getByTitle('广东省江门市蓬江区人民法院（粤0703）', { exact: true }).waitFor();

    const applicant = '欧阳测试';
    const debtor = '江门市蓬江区测试建材有限公司';
    await pickDate(page, '#filedOn', '2026-11-20');
    await page.locator('#claimAmount').fill('120000');
    await page.locator('#title_documentNumber').fill('（2026）粤0703民初888号');
    await page.locator('#title_issuer').fill('江门市蓬江区人民法院');
    await pickDate(page, '#title_effectiveOn', '2026-06-01');
    await pickDate(page, '#title_performanceDeadline', '2026-06-15');
    await page.locator('#title_obligations_0_amount').fill('120000.00');
    await page.locator('#title_obligations_0_description').fill('偿还借款本金');
    await page.locator('#applicants_0_name').fill(applicant);
    await page.locator('#applicants_0_idNumber').fill('11010519491231002X');
    await page.getByTestId('debtors-0').getByText('单位', { exact: true }).click();
    await page.locator('#debtors_0_name').fill(debtor);
    await page.locator('#debtors_0_creditCode').fill(creditCode('91440703MA4UX3K7Q'));
    await page.locator('#debtors_0_legalRepresentative').fill('李测试');
    await shot(page, 'filing-form', true);

    await page.getByRole('button', { name: /提交立案/ }).click();
    const success = announced(page, '立案成功');
    await success.waitFor();
    const caseNumber = /案号：(\S+)/.exec(await success.innerText())?.[1];
    expect(caseNumber).toMatch(/^（2026）粤0703执\d+号$/);

    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('case-number').innerText()).resolves.toBe(caseNumber);
    await expect(page.getByTestId('case-status').innerText()).resolves.toContain('已立案');
    await page.getByRole('cell', { name: new RegExp(`^${debtor}`) }).waitFor();
    await detailValue(page, '立案日期').getByText('2026-11-20').waitFor();
    await detailValue(page, '履行期限').getByText('2026-06-15').waitFor();
    await page.getByText('流程记录').waitFor();
    await timelineEntries(page).filter({ hasText: '立案' }).first().waitFor();
    await shot(page, 'case-detail-new', true);

    await page.getByRole('menuitem', { name: '案件列表' }).click();
    await page.waitForURL('**/cases');
    await page.getByRole('textbox', { name: '当事人' }).fill(applicant);
    await page.getByRole('button', { name: /查\s*询/ }).click();
    await page.waitForURL(/party=/);
    await expect.poll(() => caseRows(page).count(), { timeout: 20_000 }).toBe(1);
    const row = caseRows(page).filter({ hasText: caseNumber! });
    await expect(row.innerText()).resolves.toContain('¥120,000.00');
    await shot(page, 'case-list-filtered');

    await row.click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('case-number').innerText()).resolves.toBe(caseNumber);
    await page.context().close();
  });

  it('refuses a resident ID with a wrong check digit, in Chinese, without sending the form', async () => {
    const page = await openPage();
    await signIn(page, 'clerk');
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/cases')) posts.push(r.url());
    });
    await page.goto('/cases/new');
    await page.locator('#applicants_0_name').fill('张测试');
    await page.locator('#applicants_0_idNumber').fill('110105194912310021');
    await page.locator('#claimAmount').fill('12.345');
    await choose(page, 'type', '首次执行');
    await page.getByRole('button', { name: /提交立案/ }).click();

    await page.getByText('身份证号码校验位不正确').waitFor();
    await page.getByText('金额须为非负数，最多两位小数').waitFor();
    await page.getByText('请填写执行依据文书号').waitFor();
    await page.getByText('请填写姓名').waitFor(); // the debtor's
    await shot(page, 'filing-validation', true);
    expect(page.url()).toMatch(/\/cases\/new$/);
    expect(posts).toEqual([]);
    await page.context().close();
  });

  it('refuses an ID whose check digit is right but whose region code does not exist, by the server’s own rule, without sending', async () => {
    const page = await openPage();
    const posts: string[] = [];
    page.on('request', (r) => {
      if (r.method() === 'POST' && r.url().endsWith('/api/v1/cases')) posts.push(r.url());
    });
    await signIn(page, 'clerk');
    await page.goto('/cases/new');
    await page.locator('#applicants_0_name').fill('区域不存在');
    await page.locator('#applicants_0_idNumber').fill(residentId('00010519491231002'));
    await page.getByRole('button', { name: /提交立案/ }).click();
    await page.locator('#applicants_0_idNumber_help').getByText('身份证号码的地址码不正确').waitFor();
    expect(posts).toEqual([]);
    await page.context().close();
  });

  it("puts the server's Chinese field errors on the fields: a name of invisible characters only, which the form lets through", async () => {
    const page = await openPage();
    await signIn(page, 'clerk');
    await page.goto('/cases/new');
    await page.locator('#claimAmount').fill('5000');
    await page.locator('#title_documentNumber').fill('（2026）粤0703民初999号');
    await page.locator('#title_issuer').fill('江门市蓬江区人民法院');
    await pickDate(page, '#title_effectiveOn', '2026-06-01');
    await pickDate(page, '#filedOn', '2026-11-20');
    await page.locator('#title_obligations_0_amount').fill('5000');
    // Zero-width spaces, as pasted from a document: no blank to the form, nothing to the contract.
    await page.locator('#applicants_0_name').fill('\u200b\u200b');
    await page.locator('#applicants_0_idNumber').fill('11010519491231002X');
    await page.locator('#debtors_0_name').fill('被执行人甲');
    await page.locator('#debtors_0_idNumber').fill(residentId('44070319800101123'));
    await page.getByRole('button', { name: /提交立案/ }).click();

    const alert = page.getByRole('alert').filter({ hasText: '请求内容不符合要求' });
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('请按提示修改标红的字段');
    await page.locator('#applicants_0_name_help').getByText('当事人名称不能只有空白或不可见字符').waitFor();
    expect(page.url()).toMatch(/\/cases\/new$/);
    await shot(page, 'filing-server-errors');
    await page.context().close();
  });
});
