import { describe, expect, it } from 'vitest';
import {
  announced,
  caseNumberIn,
  caseRows,
  choose,
  detailValue,
  pickDate,
  shot,
  signIn,
  timelineEntries,
  useBrowserApp,
} from './browser-app.ts';

const openPage = useBrowserApp();

describe("changing a case's status in the browser", () => {
  it('a judge closes a case in progress through the closure dialog and the detail shows 已结案', async () => {
    const page = await openPage();
    await signIn(page, 'judge');
    await caseRows(page).first().waitFor();
    await shot(page, 'case-list');

    await page.goto('/cases?status=in-progress&filedTo=2026-10-31');
    const first = caseRows(page).first();
    await first.waitFor();
    const caseNumber = await caseNumberIn(first);
    await first.click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await expect(page.getByTestId('case-status').innerText()).resolves.toContain('执行中');
    await timelineEntries(page).first().waitFor();
    await shot(page, 'case-detail', true);

    await page.getByRole('button', { name: /结\s*案/ }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByText(`结案 — ${caseNumber}`).waitFor();
    await choose(page, 'mode', '执行完毕');
    await pickDate(page, '#closedOn', '2026-11-20');
    await dialog.getByLabel('结案理由').fill('被执行人已全部履行生效法律文书确定的义务，申请执行人确认执行款已到位。');
    await shot(page, 'closure-dialog');
    await dialog.getByRole('button', { name: '确认结案' }).click();

    await announced(page, '已结案').waitFor();
    await dialog.waitFor({ state: 'hidden' });
    await page.getByTestId('case-status').getByText('已结案').waitFor();
    await expect(page.getByTestId('case-status').innerText()).resolves.toContain('执行完毕');
    await detailValue(page, '结案日期').getByText('2026-11-20').waitFor();
    await timelineEntries(page).filter({ hasText: '结案' }).last().waitFor();
    await page.getByRole('button', { name: /结\s*案/ }).waitFor({ state: 'detached' });
    await shot(page, 'case-detail-closed', true);
    await page.context().close();
  });

  it('offers only the closure modes the case’s status allows, marking those that need approval', async () => {
    const page = await openPage();
    await signIn(page, 'judge');
    await page.goto('/cases?status=filed');
    const first = caseRows(page).first();
    await first.waitFor();
    await first.click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: /结\s*案/ }).click();
    const dialog = page.getByRole('dialog');
    const box = page.getByRole('combobox').and(page.locator('#mode'));
    await box.focus();
    await box.press('ArrowDown');
    // The list's options carry their label as title, and aria-selected (as `choose` finds them).
    const options = page.locator('[aria-selected][title]');
    await options.first().waitFor();
    // 终本 presupposes enforcement that ran (src/shared/vocabulary.ts): not offered for a case only filed.
    await expect(options.evaluateAll((els) => els.map((e) => e.getAttribute('title')))).resolves.toEqual([
      '执行完毕',
      '终结执行（须经执行局长审批）',
      '销案',
      '不予执行（须经执行局长审批）',
      '驳回申请',
    ]);
    await box.press('Escape');
    await choose(page, 'mode', '不予执行（须经执行局长审批）');
    await dialog.getByRole('button', { name: '提交审批' }).waitFor();
    await shot(page, 'closure-modes');

    await dialog.getByRole('button', { name: /取\s*消/ }).click();
    await dialog.waitFor({ state: 'hidden' });
    await page
      .getByRole('banner')
      .getByRole('button', { name: /退\s*出/ })
      .click();
    await page.waitForURL('**/login');
    await page.goto('/cases');
    await page.waitForURL('**/login');
    await page.context().close();
  });

  it('a judge starts enforcement on a filed case, and the timeline records it', async () => {
    const page = await openPage();
    await signIn(page, 'judge');
    await page.goto('/cases?status=filed');
    const first = caseRows(page).first();
    await first.waitFor();
    await first.click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await page.getByRole('button', { name: '开始执行' }).click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('理由（选填）').fill('已向被执行人发出执行通知书。');
    await dialog.getByRole('button', { name: '确认开始执行' }).click();
    await page.getByTestId('case-status').getByText('执行中').waitFor();
    await timelineEntries(page).filter({ hasText: '开始执行' }).getByText('理由：已向被执行人发出执行通知书。').waitFor();
    await page.getByRole('button', { name: '中止执行' }).waitFor();
    await page.context().close();
  });

  it('a judge resumes a case closed by 终结本次执行程序: a new 执恢 case opens, linked to the old one', async () => {
    const page = await openPage();
    await signIn(page, 'judge');
    await page.goto('/cases?status=closed&limit=100');
    const dormant = caseRows(page).filter({ hasText: '终结本次执行程序' }).first();
    await dormant.waitFor();
    const oldNumber = await caseNumberIn(dormant);
    await dormant.click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    const closedOn = (await detailValue(page, '结案日期').innerText()).trim();
    expect(closedOn).toMatch(/^\d{4}-\d{2}-\d{2}$/);

    await page.getByRole('button', { name: '恢复执行' }).click();
    const dialog = page.getByRole('dialog');
    await pickDate(page, '#filedOn', closedOn);
    await dialog.getByLabel('恢复执行理由').fill('申请执行人提供了被执行人名下车辆线索。');
    await shot(page, 'resume-dialog');
    await dialog.getByRole('button', { name: '确认恢复执行' }).click();

    const done = announced(page, '已恢复执行');
    await done.waitFor();
    const newNumber = /新案号：(\S+)/.exec(await done.innerText())?.[1];
    expect(newNumber).toMatch(/执恢\d+号$/);
    await page.getByTestId('case-number').getByText(newNumber!).waitFor();
    await detailValue(page, '关联案件').getByRole('link', { name: oldNumber }).waitFor();
    await page.context().close();
  });
});
