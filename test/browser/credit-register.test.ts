import { beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { choose, shot, signIn, useBrowserApp } from './browser-app.ts';
import { login } from '../support/test-app.ts';
import { client, filingBody } from '../api/fixtures.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';
import { appendEvent } from '../../src/audit/append-events.ts';
import { transact } from '../../src/db/transaction.ts';
import { success } from '../../src/shared/result.ts';

// The 失信名单 register and the 信用惩戒统计 page, on a desktop and a phone: 蓬江's judge finds
// listings by name, status and decision dates; 江门中院's coordinator reads 2026 Q4 rolled up over
// 蓬江 and 台山, then the whole year.

const openPage = useBrowserApp({ seedCases: 0 });
const screens = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

let n = 800;
async function listing(name: string, decision: Record<string, unknown>, approve = true) {
  const app = openPage.app();
  const judge = client(app, await login(app, 'judge'));
  const president = client(app, await login(app, 'president'));
  const debtor = { kind: 'person', name, idNumber: makeResidentId('440703', localDate('1980-05-05'), n++) };
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [debtor] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const caseId = filed.json().id as string;
  const debtors = (await judge.get(`/api/v1/cases/${caseId}`)).json().debtors as { id: string }[];
  const res = await judge.post(`/api/v1/cases/${caseId}/dishonest-listings`, {
    debtorPartyId: debtors[0]!.id,
    graceMonths: 0,
    ...decision,
  });
  expect(res.statusCode, res.body).toBe(201);
  if (approve) expect((await president.post(`/api/v1/approvals/${res.json().approvalId}/approve`, {})).statusCode).toBe(200);
  return res.json().id as string;
}

async function restriction(courtCode: string) {
  const app = openPage.app();
  await transact(app, async (tx) => {
    await appendEvent(tx, { id: null, name: '测试' }, app.clock.now(), {
      courtId: app.courts.byCode(courtCode)!.id,
      caseId: null,
      action: 'credit.restriction-imposed',
      entityType: 'consumption-restriction',
      entityId: crypto.randomUUID(),
      changes: {},
    });
    return success(null);
  });
}

beforeAll(async () => {
  const evidence = '以暴力方法抗拒执行人员查封财产';
  await listing('何志明', { ground: 1, decidedOn: '2026-11-02' });
  await listing('江门市联兴五金有限公司', { ground: 2, evidence, decidedOn: '2026-11-10' });
  const deleted = await listing('何美玲', { ground: 1, decidedOn: '2026-11-16' });
  await listing('罗建国', { ground: 1, decidedOn: '2026-11-20', graceMonths: 1 });
  const judge = client(openPage.app(), await login(openPage.app(), 'judge'));
  const del = await judge.post(`/api/v1/dishonest-listings/${deleted}/deletion`, {
    ground: 'applicant-request',
    deletedOn: '2026-11-26',
    reason: '申请执行人书面申请删除',
  });
  expect(del.statusCode, del.body).toBe(200);
  await restriction('粤0703');
  await restriction('粤0781');
  await restriction('粤0781');
}, 120_000);

async function signOut(page: Page) {
  await page
    .getByRole('banner')
    .getByRole('button', { name: /退\s*出/ })
    .click();
  await page.waitForURL('**/login');
}

const total = (page: Page, count: number) => page.getByText(`共 ${count} 条`).waitFor();
const registerNames = (page: Page, wide: boolean) =>
  wide
    ? page.getByRole('table').locator('tbody tr.ant-table-row td:nth-child(1) > div:first-child').allInnerTexts()
    : page.getByRole('list', { name: '失信名单记录' }).locator('li strong').allInnerTexts();

describe('the 失信名单 register and the 信用惩戒统计 page', () => {
  for (const screen of screens) {
    const wide = screen.name === 'desktop';
    it(`on a ${screen.name}: the register filtered by name, status and dates; the statistics by quarter and for the year`, async () => {
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge');
      if (wide) await page.getByRole('link', { name: '失信名单', exact: true }).click();
      else await page.goto('/credit/listings');
      await page.getByRole('heading', { name: '失信被执行人名单' }).waitFor();
      await total(page, 4);
      expect(await registerNames(page, wide)).toEqual(['罗建国', '何美玲', '江门市联兴五金有限公司', '何志明']);
      await shot(page, `credit-register-${screen.name}`, true);

      await page.getByLabel('被执行人').fill('何');
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await total(page, 2);
      expect(await registerNames(page, wide)).toEqual(['何美玲', '何志明']);
      await choose(page, 'status', '已删除');
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await total(page, 1);
      await page.getByText('申请执行人书面申请删除，经审查同意').first().waitFor();
      await shot(page, `credit-register-filtered-${screen.name}`, true);

      await page.getByRole('button', { name: /重\s*置/ }).click();
      await total(page, 4);
      const range = page.locator('.ant-picker-range input');
      await range.nth(0).click();
      await range.nth(0).fill('2026-11-10');
      await range.nth(0).press('Enter');
      await range.nth(1).fill('2026-11-20');
      await range.nth(1).press('Enter');
      await page.getByRole('button', { name: /查\s*询/ }).click();
      await total(page, 3);
      expect(page.url()).toContain('from=2026-11-10');
      expect(await registerNames(page, wide)).toEqual(['罗建国', '何美玲', '江门市联兴五金有限公司']);
      await signOut(page);

      await signIn(page, 'coordinator');
      if (wide) await page.getByRole('link', { name: '信用惩戒统计', exact: true }).click();
      else await page.goto('/credit/statistics');
      await page.getByRole('heading', { name: '信用惩戒统计' }).waitFor();
      const q4 = page.getByRole('region', { name: /第四季度（2026-10-01 至 2026-12-31）/ });
      await q4.waitFor();
      if (wide) {
        const row = (name: RegExp) => q4.getByRole('row', { name });
        // 法院, 新增失信, 限制消费 (the appended events and one per publication), the 10 deletion grounds, 小计, 信用修复.
        expect(
          await row(/^蓬江区人民法院/)
            .locator('td')
            .allInnerTexts(),
        ).toEqual(['蓬江区人民法院', '3', '4', '0', '0', '1', '0', '0', '0', '0', '0', '0', '0', '1', '0']);
        expect(
          await row(/^台山市人民法院/)
            .locator('td')
            .nth(2)
            .innerText(),
        ).toBe('2');
        expect(await row(/^合计/).locator('td').allInnerTexts()).toEqual([
          '合计',
          '3',
          '6',
          '0',
          '0',
          '1',
          '0',
          '0',
          '0',
          '0',
          '0',
          '0',
          '0',
          '1',
          '0',
        ]);
      }
      await expect.poll(() => q4.getByText('台山市人民法院').count()).toBeGreaterThan(0);
      await shot(page, `credit-statistics-${screen.name}`, true);

      await choose(page, 'stats-quarter', '全年（四个季度）');
      await page.getByRole('region', { name: /第一季度（2026-01-01 至 2026-03-31）/ }).waitFor();
      expect(await page.getByRole('region', { name: /季度（2026-/ }).count()).toBe(4);
      await shot(page, `credit-statistics-year-${screen.name}`);

      // A lower court asked for by name: its own figures and the total, for 2026 Q4 again.
      await choose(page, 'stats-quarter', '第四季度');
      await page.locator('#stats-court').fill('台山');
      await page.getByRole('option', { name: '广东省江门市台山市人民法院（粤0781）' }).click();
      await expect.poll(() => page.url()).toContain(`court=${encodeURIComponent('粤0781')}`);
      await page.getByText('广东省江门市台山市人民法院（粤0781），2026 年').waitFor();
      const taishan = page.getByRole('region', { name: /第四季度/ });
      if (wide) expect(await taishan.getByRole('row').locator('td:first-child').allInnerTexts()).toEqual(['本院', '合计']);
      else expect(await taishan.getByRole('listitem').count()).toBe(2);
      await choose(page, 'stats-year', '2027 年');
      await page.getByRole('region', { name: /第四季度（2027-10-01 至 2027-12-31）/ }).waitFor();
    });
  }
});
