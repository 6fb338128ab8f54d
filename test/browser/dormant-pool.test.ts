import { beforeAll, describe, expect, it } from 'vitest';
import { runningClock } from '../../src/platform/clock.ts';
import { researchDormantSweep } from '../../src/dormant/research-sweep.ts';
import { localDate } from '../../src/shared/dates.ts';
import { aCompany, aPerson, buildCase } from '../support/builders/cases.builder.ts';
import { deliver, network } from '../searches/search-fixtures.ts';
import { aDebtor, closeAsDormant } from '../dormant/dormant-fixtures.ts';
import { SCREENS, shot, signIn, useBrowserApp } from './browser-app.ts';

// 终本案件库 on a desktop and a phone: 蓬江's judge opens the pool from the menu, sees cases of
// several ages (some re-searched, one with a find), filters them by age and debtor type, and opens a
// case's re-search history on its 查控 tab.

const openPage = useBrowserApp({ seedCases: 0, clock: runningClock('2028-01-10T02:00:00.000Z') });
const ids: Record<string, string> = {};

beforeAll(async () => {
  const app = openPage.app();
  const make = async (key: string, closedOn: string, debtor: ReturnType<typeof aPerson>, claimAmount: string) => {
    const c = await buildCase(app, { filedOn: '2026-10-20', status: 'in-progress', debtor, claimAmount });
    await closeAsDormant(app, c.id, closedOn);
    ids[key] = c.id;
  };
  await make('found', '2026-11-02', aDebtor(true, '梁国强'), '86000.00');
  await make('empty', '2026-11-03', aDebtor(false, '何美玲'), '24500.00');
  await make('firm', '2027-03-15', aCompany('江门市联兴五金有限公司'), '312000.00');
  await make('recent', '2027-12-20', aPerson('罗建国'), '9800.00');
  // Two cycles for the oldest (2027-05 and 2027-11), one for the firm's (2027-09), answered.
  const { registry } = network();
  for (const asOf of ['2027-06-01', '2027-11-05', '2027-09-20']) {
    await researchDormantSweep.run(app, { asOf: localDate(asOf), dryRun: false });
    for (let i = 0; i < 10; i++) if ((await deliver(app, registry)).claimed === 0) break;
  }
}, 180_000);

describe('终本案件库', () => {
  for (const screen of SCREENS) {
    const wide = screen.name === 'desktop';
    it(`on a ${screen.name}: the pool with its filters, and a case's re-search history`, async () => {
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge');
      if (wide) await page.getByRole('link', { name: '终本案件库', exact: true }).click();
      else await page.goto('/dormant');
      await page.getByRole('heading', { name: '终本案件库' }).waitFor();
      const rows = wide
        ? page.getByRole('table').first().locator('tbody tr.ant-table-row') // the pool's; the 出清 table follows
        : page.getByRole('list', { name: '终本案件' }).getByRole('listitem');
      await expect.poll(() => rows.count()).toBe(4);
      await page.getByText('发现财产').first().waitFor();
      await page.getByText('未发现财产').first().waitFor();
      await page.getByText('尚未复查').first().waitFor();
      await shot(page, `dormant-pool-${screen.name}`, true);

      await page.getByLabel('终本时长下限（月）').fill('12');
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await expect.poll(() => rows.count()).toBe(2);
      expect(page.url()).toContain('ageMin=12');
      await page.getByRole('button', { name: /重\s*置/ }).click();
      await expect.poll(() => rows.count()).toBe(4);
      await page.getByLabel('未履行金额下限（元）').fill('100000');
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await expect.poll(() => rows.count()).toBe(1);
      await page.getByText('江门市联兴五金有限公司（单位）').first().waitFor();
      await shot(page, `dormant-pool-filtered-${screen.name}`, true);

      // 终本出清 by month for 2028 (the server's year): ten days in, no exit yet, four cases in the pool (two under a year, two over).
      const exits = page.getByRole('region', { name: '终本出清统计' });
      await exits.getByText('2028 年终本入库 0 件，出库 0 件').waitFor();
      await expect(exits.getByRole('row', { name: /^2028-01/ }).innerText()).resolves.toMatch(/^2028-01(\s+0){6}\s+4\s+2\s+2\s+0\s+0\s+0$/);
      await page.locator('.ant-card').filter({ hasText: '终本出清统计' }).locator('.ant-select-selector').click();
      await page.getByTitle('2027 年').click();
      await exits.getByText('2027 年终本入库 2 件，出库 0 件').waitFor();
      await exits.scrollIntoViewIfNeeded();
      await shot(page, `dormant-exits-${screen.name}`);

      await page.goto(`/cases/${ids.found}?tab=searches`);
      const history = page.locator('.ant-card').filter({ hasText: '终本复查记录' });
      await history.getByRole('cell', { name: '第2次', exact: true }).waitFor();
      await history
        .getByText(/发现财产 \d+ 项/)
        .first()
        .waitFor();
      await history.getByText(/下一次复查期限 2028-05-02/).waitFor();
      await history.scrollIntoViewIfNeeded();
      await shot(page, `dormant-research-history-${screen.name}`, true);
    });
  }
});
