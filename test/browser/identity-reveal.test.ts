import { describe, expect, it } from 'vitest';
import { signIn, useBrowserApp } from './browser-app.ts';

// The coordinator sees ID numbers masked and opens one case's in full on purpose (ADR 0061).

const openPage = useBrowserApp();

describe('ID numbers for the coordinator', () => {
  it('are masked in a case detail until opened with a reason, and the judge sees them in full at once', async () => {
    const page = await openPage();
    await signIn(page, 'coordinator');
    await page.locator('.ant-table-row').first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const url = page.url();
    const parties = page.locator('.section-card', { hasText: '当事人' });
    const firstNumber = parties.locator('td div[style*="monospace"]').first();
    await firstNumber.waitFor();
    expect(await firstNumber.textContent()).toMatch(/^.{6}\*+.{4}$/);

    await parties.getByRole('button', { name: '查看证件号码全文' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByRole('button', { name: '查看全文' }).click();
    await dialog.getByText('请填写查看理由').waitFor();
    await dialog.getByLabel('查看理由').fill('核对被执行人身份');
    await dialog.getByRole('button', { name: '查看全文' }).click();
    await parties.getByText('证件号码全文（本次查看已记录）').waitFor();
    expect(await firstNumber.textContent()).toMatch(/^[0-9A-Z]{18}$/);
    await page.close();

    const judge = await openPage();
    await signIn(judge, 'judge');
    await judge.goto(url);
    const shown = judge.locator('.section-card', { hasText: '当事人' }).locator('td div[style*="monospace"]').first();
    await shown.waitFor();
    expect(await shown.textContent()).toMatch(/^[0-9A-Z]{18}$/);
    expect(await judge.getByRole('button', { name: '查看证件号码全文' }).count()).toBe(0);
    await judge.close();
  });
});
