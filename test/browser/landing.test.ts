import { describe, expect, it } from 'vitest';
import { announced, caseRows, choose, detailValue, shot, signIn, timelineEntries, useBrowserApp } from './browser-app.ts';

const openPage = useBrowserApp();

describe('where each user lands after signing in', () => {
  it('a public user lands on the calculators and is offered no case list', async () => {
    const page = await openPage();
    await signIn(page, 'public', '**/calculators');
    const menu = page.getByRole('menu');
    await menu.getByRole('menuitem', { name: /计算器/ }).waitFor();
    expect(await menu.getByRole('menuitem', { name: /案件列表/ }).count()).toBe(0);
    await page.close();
  });

  it('a party lands on the list of their own cases, with no filing entry', async () => {
    const page = await openPage();
    await signIn(page, 'party');
    await caseRows(page).first().waitFor();
    expect(await page.getByRole('menu').getByRole('menuitem', { name: /立案/ }).count()).toBe(0);
    const rows = await caseRows(page).count();
    expect(rows).toBeGreaterThan(0);
    await shot(page, 'party-case-list');
    await page.close();
  });
});

describe('assigning the officer of a case', () => {
  it('a judge assigns the enforcement officer and the detail and timeline show it', async () => {
    const page = await openPage();
    await signIn(page, 'judge');
    await page.goto('/cases?status=filed');
    const first = caseRows(page).first();
    await first.waitFor();
    await first.click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: /指定承办人/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(/^指定承办人 — /).waitFor();
    await choose(page, 'officerId', '李强（执行员）（执行员）');
    await dialog.getByRole('button', { name: '确认指定' }).click();
    await announced(page, '已指定承办人').waitFor();
    await detailValue(page, '承办人').getByText('李强（执行员）').waitFor();
    await timelineEntries(page).filter({ hasText: '指定承办人' }).filter({ hasText: '李强' }).last().waitFor();
    await page.close();
  });
});
