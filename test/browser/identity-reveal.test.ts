import { describe, expect, it } from 'vitest';
import { caseRows, shot, signIn, useBrowserApp } from './browser-app.ts';

// The coordinator sees ID numbers masked and opens one case's in full on purpose (ADR 0061).

const openPage = useBrowserApp();

describe('ID numbers for the coordinator', () => {
  it('are masked in a case detail until opened with a reason, and the judge sees them in full at once', async () => {
    const page = await openPage();
    await signIn(page, 'coordinator');
    await caseRows(page).first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const url = page.url();
    // The number cells of the parties' tables: masked (6 characters, stars, 4) until opened.
    const masked = page.getByRole('cell', { name: /(^|\s)[0-9A-Z]{6}\*+[0-9A-Z]{4}(\s|$)/ });
    await masked.first().waitFor();

    await page.getByRole('button', { name: '查看证件号码全文' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('查看理由').waitFor();
    await shot(page, 'identity-reveal-dialog');
    await page.setViewportSize({ width: 390, height: 844 });
    await shot(page, 'identity-reveal-dialog-mobile');
    await page.setViewportSize({ width: 1440, height: 900 });
    await dialog.getByRole('button', { name: '查看全文' }).click();
    await dialog.getByText('请填写查看理由').waitFor();
    await dialog.getByLabel('查看理由').fill('核对被执行人身份');
    await dialog.getByRole('button', { name: '查看全文' }).click();
    await page.getByText('证件号码全文（本次查看已记录）').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    expect(await masked.count()).toBe(0);
    await page
      .getByRole('cell', { name: /(^|\s)[0-9A-Z]{18}\b/ })
      .first()
      .waitFor();
    await shot(page, 'identity-revealed', true);
    await page.close();

    const judge = await openPage();
    await signIn(judge, 'judge');
    await judge.goto(url);
    await judge
      .getByRole('cell', { name: /(^|\s)[0-9A-Z]{18}\b/ })
      .first()
      .waitFor();
    expect(await judge.getByRole('cell', { name: /(^|\s)[0-9A-Z]{6}\*+[0-9A-Z]{4}(\s|$)/ }).count()).toBe(0);
    expect(await judge.getByRole('button', { name: '查看证件号码全文' }).count()).toBe(0);
    await judge.close();
  });
});
