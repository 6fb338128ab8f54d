import { describe, expect, it } from 'vitest';
import { pickDate, shot, useBrowserApp } from './browser-app.ts';

const openPage = useBrowserApp();

describe('the public calculators', () => {
  it('computes doubled delay interest without signing in and cites the legal basis', async () => {
    const page = await openPage();
    await page.goto('/cases');
    await page.waitForURL('**/login'); // the case list is behind sign-in; the calculators are not
    await page.getByRole('link', { name: /使用执行法律计算器/ }).click();
    await page.waitForURL('**/calculators');
    await page
      .getByRole('banner')
      .getByRole('button', { name: /登\s*录/ })
      .waitFor();
    expect(page.url()).toMatch(/\/calculators$/);

    const form = page.getByRole('form', { name: '迟延履行利息计算' });
    await form.getByLabel('金钱债务（元）').fill('100000.00');
    await pickDate(page, '#delayInterest_deadline', '2025-01-01');
    await pickDate(page, '#delayInterest_until', '2025-03-02');
    await form.getByRole('button', { name: /计\s*算/ }).click();

    const result = page.getByTestId('calc-result').first();
    await result.getByText('¥1,050.00').first().waitFor();
    const segment = result
      .getByRole('row')
      .filter({ has: page.getByRole('cell') })
      .first();
    await expect(segment.innerText()).resolves.toMatch(/¥100,000\.00\s+2025-01-01\s+2025-03-02\s+60\s+¥1,050\.00/);
    const basis = result.getByTestId('basis');
    await expect(basis.innerText()).resolves.toContain(
      '《最高人民法院关于执行程序中计算迟延履行期间的债务利息适用法律若干问题的解释》（法释〔2014〕8号',
    );
    await expect(basis.innerText()).resolves.toContain('《中华人民共和国民事诉讼法》（2023年修正）第264条');
    await shot(page, 'calculators', true);

    // A refusal from the rules (422) is explained in Chinese, not in the server's English detail.
    await pickDate(page, '#delayInterest_until', '2024-12-01');
    await form.getByRole('button', { name: /计\s*算/ }).click();
    const alert = result.getByRole('alert');
    await alert.waitFor();
    await expect(alert.innerText()).resolves.toContain('计算截止日不能早于履行期限届满日');
    await page.context().close();
  });

  it('plans an auction, computes a period and distributes proceeds, each with its legal basis', async () => {
    const page = await openPage();
    await page.goto('/calculators?tab=period');
    await pickDate(page, '#period_start', '2026-09-30');
    await page.locator('#period_length').fill('1');
    await page
      .getByRole('form', { name: '期间计算' })
      .getByRole('button', { name: /计\s*算/ })
      .click();
    const period = page.getByTestId('calc-result').first();
    await period.getByText('遇法定休假日顺延').waitFor();
    await expect(period.getByTestId('basis').innerText()).resolves.toContain('《中华人民共和国民事诉讼法》');
    await shot(page, 'calculators-period', true);

    await page.getByRole('tab', { name: '拍卖方案' }).click();
    await page.locator('#auctionPlan_referencePrice').fill('1000000');
    await page
      .getByRole('form', { name: '拍卖方案计算' })
      .getByRole('button', { name: /计\s*算/ })
      .click();
    const auction = page.getByRole('tabpanel').getByTestId('calc-result');
    await auction.getByText('¥700,000.00').first().waitFor();
    await expect(auction.getByTestId('basis').innerText()).resolves.toContain('网络司法拍卖');
    await shot(page, 'calculators-auction', true);

    await page.getByRole('tab', { name: '参与分配' }).click();
    await page.locator('#distribution_proceeds').fill('100000');
    await page.locator('#distribution_claims_0_amount').fill('60000');
    await page.locator('#distribution_claims_1_amount').fill('90000');
    await page
      .getByRole('form', { name: '参与分配计算' })
      .getByRole('button', { name: /计\s*算/ })
      .click();
    const distribution = page.getByRole('tabpanel').getByTestId('calc-result');
    await distribution.getByText('¥40,000.00').first().waitFor();
    await distribution.getByText('¥60,000.00').first().waitFor();
    await expect(distribution.getByTestId('basis').innerText()).resolves.toContain('第508条');
    await shot(page, 'calculators-distribution', true);
    await page.context().close();
  });

  it('parses a case number with a former court code and a suffix, and marks a period over 2027 as provisional', async () => {
    const page = await openPage();
    await page.goto('/calculators?tab=case-number');
    const form = page.getByRole('form', { name: '案号解析' });
    await form.getByLabel('案号').fill('（2016）陕0125民初12号之一');
    await form.getByRole('button', { name: /解\s*析/ }).click();
    const result = page.getByRole('tabpanel').getByTestId('calc-result');
    const former = result.getByTestId('former-code');
    await former.waitFor();
    await expect(former.innerText()).resolves.toContain('原法院代字：陕0125（户县人民法院）');
    await expect(result.innerText()).resolves.toMatch(/鄠邑区人民法院（陕0118）/);
    await expect(result.innerText()).resolves.toContain('民事一审案件（民初）');
    await expect(result.innerText()).resolves.toContain('之一（原案号 （2016）陕0125民初12号）');
    await shot(page, 'calculators-case-number', true);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'calculators-case-number-mobile', true);
    await page.setViewportSize({ width: 1440, height: 900 });

    await page.getByRole('tab', { name: '期间计算' }).click();
    await pickDate(page, '#period_start', '2026-12-25');
    await page.locator('#period_length').fill('15');
    await page
      .getByRole('form', { name: '期间计算' })
      .getByRole('button', { name: /计\s*算/ })
      .click();
    const period = page.getByRole('tabpanel').getByTestId('calc-result').first();
    const note = period.getByTestId('provisional');
    await note.waitFor();
    await expect(note.innerText()).resolves.toContain('暂定结果：2027 年放假安排尚未公布');
    await expect(period.innerText()).resolves.toContain('2027-01-11');
    await expect(period.innerText()).resolves.not.toContain('按工作日计算');
    await shot(page, 'calculators-period-provisional', true);
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'calculators-period-provisional-mobile', true);
    await page.context().close();
  });
});
