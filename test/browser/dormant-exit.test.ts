import { beforeAll, describe, expect, it } from 'vitest';
import { runningClock } from '../../src/platform/clock.ts';
import { aCompany, aPerson, buildCase } from '../support/builders/cases.builder.ts';
import { closeAsDormant } from '../dormant/dormant-fixtures.ts';
import { SCREENS, shot, signIn, useBrowserApp } from './browser-app.ts';

// 出库 on a desktop and a phone: 蓬江's judge opens a 终本 case in the pool, sees 在库 on its detail,
// takes it out of the pool — on a desktop by 移送破产审查 of the company debtor, on a phone by 履行完毕
// on the applicant's word — and the detail then reads 已出库 with the way and the day.

const openPage = useBrowserApp({ seedCases: 0, clock: runningClock('2027-03-10T02:00:00.000Z') });
const ids: Record<string, string> = {};

beforeAll(async () => {
  const app = openPage.app();
  const make = async (key: string, debtor: ReturnType<typeof aPerson>) => {
    const c = await buildCase(app, { filedOn: '2026-10-20', status: 'in-progress', debtor });
    await closeAsDormant(app, c.id, '2027-01-25');
    ids[key] = c.id;
  };
  await make('desktop', aCompany('江门市联兴五金有限公司'));
  await make('phone', aPerson('罗建国'));
}, 120_000);

describe('出库 of a 终本 case', () => {
  for (const screen of SCREENS) {
    const wide = screen.name === 'desktop';
    it(`on a ${screen.name}: the case leaves the pool and its detail says how`, async () => {
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge');
      await page.goto(`/cases/${ids[screen.name]}`);
      await page.getByText('已复查 0 次，下次复查期限 2027-07-25').waitFor();
      await page.getByRole('button', { name: /出\s*库/ }).click();
      const dialog = page.getByRole('dialog', { name: /终本案件出库/ });
      await dialog.waitFor();
      if (wide) {
        await dialog.getByText('移送破产审查', { exact: true }).click();
        await dialog.getByLabel('受移送法院').fill('广东省江门市中级人民法院');
        await dialog.getByLabel('事实和理由').fill('被执行人不能清偿到期债务，且资产不足以清偿全部债务；申请执行人书面同意移送破产审查');
      } else {
        await dialog.getByLabel('申请执行人书面确认已履行完毕').check();
        await dialog.getByLabel('事实和理由').fill('申请执行人书面确认被执行人已于 2027-03-08 全部履行');
      }
      await shot(page, `dormant-exit-dialog-${screen.name}`);
      // The server's refusal is shown in Chinese: the day before 终本.
      await dialog.getByLabel('出库日期').fill('2027-01-20');
      await dialog.getByLabel('出库日期').press('Enter');
      await dialog.getByRole('button', { name: '确认出库' }).click();
      await dialog.getByText('出库日期不能早于终结本次执行程序之日').waitFor();
      await dialog.getByLabel('出库日期').fill('2027-03-10');
      await dialog.getByLabel('出库日期').press('Enter');
      await dialog.getByRole('button', { name: '确认出库' }).click();
      await page
        .getByText(wide ? '已出终本案件库（移送破产审查）' : '已出终本案件库（履行完毕）')
        .first()
        .waitFor();
      await page.getByText(`${wide ? '移送破产审查' : '履行完毕'}，2027-03-10`).waitFor();
      await expect.poll(() => page.getByRole('button', { name: /出\s*库/ }).count()).toBe(0);
      await shot(page, `dormant-exit-done-${screen.name}`);
    });
  }
});
