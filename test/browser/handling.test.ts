import { describe, expect, it } from 'vitest';
import { announced, caseNumberIn, caseRows, choose, pickDate, shot, signIn, useBrowserApp, openTab } from './browser-app.ts';

// The first steps and the field work on a case, on a desktop and on a phone: the clerk's judge
// issues the 执行通知书 and 报告财产令, records the order's service and the debtor's report, then
// records an on-site visit with two officers and a photo whose SHA-256 the browser computes and
// the server checks; the photo verifies as unchanged and its custody log shows the upload.

const openPage = useBrowserApp();

const screens = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, row: 0 },
  { name: 'phone', viewport: { width: 390, height: 844 }, row: 1 },
] as const;

// A tiny PNG (1×1, red): what a phone camera would send, only smaller.
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==', 'base64');

describe('first steps and on-site enforcement in the browser', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: notices issued and served, a report recorded, an on-site record with a photo`, async () => {
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge');
      await page.goto('/cases?status=in-progress&filedTo=2026-10-31');
      const row = caseRows(page).nth(screen.row);
      await row.waitFor();
      const caseNumber = await caseNumberIn(row);
      await row.getByRole('link', { name: caseNumber }).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);

      // 文书与报告: issue both notices, serve the 报告财产令.
      await openTab(page, '文书与报告');
      const notices = page.getByRole('region', { name: '执行通知书与报告财产令' });
      await notices.getByRole('button', { name: '制作执行通知书和报告财产令' }).click();
      await announced(page, /已制作执行通知书和报告财产令 \d+ 份/).waitFor();
      await notices
        .getByRole('link', { name: /^下载执行通知书/ })
        .first()
        .waitFor();
      await notices
        .getByRole('button', { name: /^登记送达：报告财产令/ })
        .first()
        .click();
      const serve = page.getByRole('dialog');
      await serve.getByLabel('受送达人身份（选填）').fill('被执行人');
      await shot(page, `handling-service-dialog-${screen.name}`);
      await serve.getByRole('button', { name: /^登\s*记$/ }).click();
      await announced(page, /已登记送达，报告期限至 \d{4}-\d{2}-\d{2}/).waitFor();
      await serve.waitFor({ state: 'hidden' });

      // The debtor's report on that order.
      const reports = page.getByRole('region', { name: '财产报告' });
      await reports
        .getByRole('button', { name: /^登记.+的财产报告$/ })
        .first()
        .click();
      const report = page.getByRole('dialog');
      await report.getByLabel('银行账号').fill('6222 0201 0000 1234');
      await report.getByLabel('价值（元）').fill('35,000');
      await report.getByLabel('说明').fill('中国工商银行江门分行活期存款');
      await shot(page, `handling-report-dialog-${screen.name}`);
      await report.getByRole('button', { name: /^登\s*记$/ }).click();
      await announced(page, /已登记.+的财产报告/).waitFor();
      await report.waitFor({ state: 'hidden' });
      await reports.getByText('按期报告').waitFor();
      await reports.getByText('6222 0201 0000 1234', { exact: false }).waitFor();
      await shot(page, `handling-measures-${screen.name}`, true);

      // 现场: a record with two officers, then a photo.
      await openTab(page, '现场', 'onsite');
      await page.getByRole('button', { name: '登记现场执行' }).click();
      const visit = page.getByRole('dialog');
      const team = visit.getByRole('combobox').and(page.locator('#team'));
      await team.click();
      await page.getByTitle('张明（执行法官）', { exact: true }).and(page.locator('[aria-selected]')).click();
      await page.getByTitle('李强（执行员）', { exact: true }).and(page.locator('[aria-selected]')).click();
      await team.press('Escape');
      await pickDate(page, '#startedAt', '2026-11-26 08:30');
      await visit.getByLabel('地点').fill('江门市蓬江区建设路88号仓库');
      await visit.getByLabel('执行情况').fill('查封仓库内螺纹钢一批，张贴封条和查封公告');
      await visit.getByRole('button', { name: '添加在场人员' }).click();
      await visit.getByLabel('在场人员 1 姓名').fill('李卫东');
      await visit.getByLabel('在场人员 1 身份').fill('见证人');
      await shot(page, `handling-onsite-dialog-${screen.name}`);
      await visit.getByRole('button', { name: /^登\s*记$/ }).click();
      await announced(page, '已登记现场执行').waitFor();
      await visit.waitFor({ state: 'hidden' });

      const record = page.getByRole('region', { name: /^现场执行 2026-11-26 08:30/ });
      await record.getByLabel('选择证据文件').setInputFiles({ name: '仓库封条.png', mimeType: 'image/png', buffer: PNG });
      await pickDate(page, 'input[id^="captured-"]', '2026-11-26 09:05');
      await record.getByLabel('证据说明').fill('仓库大门封条');
      await record.getByRole('button', { name: '上传证据' }).click();
      await announced(page, '已上传 仓库封条.png（SHA-256 已核对）').waitFor();
      await record.getByRole('link', { name: '下载 仓库封条.png' }).waitFor();
      await record.getByRole('button', { name: '校验 仓库封条.png' }).click();
      await announced(page, '仓库封条.png：文件未改变').waitFor();
      await shot(page, `handling-onsite-${screen.name}`, true);

      await record.getByRole('button', { name: '保管记录 仓库封条.png' }).click();
      const custody = page.getByRole('dialog');
      await custody.getByRole('cell', { name: '校验（未改变）' }).waitFor();
      await expect(custody.getByRole('cell', { name: '上传', exact: true }).count()).resolves.toBe(1);
      await shot(page, `handling-custody-${screen.name}`);
    });

    it(`on a ${screen.name}: the applicant submits an asset lead on their own case in the portal`, async () => {
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'party');
      // A lead is submitted on a case still being enforced (a closed case takes none).
      const row = caseRows(page)
        .filter({ hasText: /执行中|已立案/ })
        .first();
      await row.waitFor();
      const caseNumber = await caseNumberIn(row);
      await row.getByRole('link', { name: caseNumber }).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      // A party sees 概况 and 线索 only.
      await openTab(page, '线索');
      await expect(page.getByRole('tab', { name: '现场' }).count()).resolves.toBe(0);
      const form = page.getByRole('region', { name: '提交财产线索' });
      await choose(page, 'kind', '不动产');
      const certificate = `粤（2024）江门市不动产权第00${screen.row}2345号`;
      await form.getByLabel('不动产权证号（选填）').fill(certificate);
      await form.getByLabel('线索内容及来源').fill('被执行人名下位于蓬江区的住房一套，来源：房屋买卖合同');
      await form.getByLabel('情况紧急（如财产正在转移）').check();
      await form.getByRole('button', { name: '提交线索' }).click();
      await announced(page, '财产线索已提交，法院将于 2026-11-30 前核查').waitFor();
      const mine = page.getByRole('region', { name: '我提交的财产线索' });
      const lead = mine.getByRole('listitem').filter({ hasText: certificate });
      await lead.getByText('核查期限 2026-11-30').waitFor();
      await lead.getByText('紧急').waitFor();
      await shot(page, `handling-party-lead-${screen.name}`, true);
    });
  }
});
