import { describe, expect, it } from 'vitest';
import { shot, useBrowserApp } from './browser-app.ts';
import { login } from '../support/test-app.ts';
import { client, filingBody, newCreditCode } from '../api/fixtures.ts';
import { makeResidentId } from '../../src/rules/identity.ts';
import { localDate } from '../../src/shared/dates.ts';

// The public query page of the dishonest list, on a desktop and a phone, without signing in: from
// the sign-in page's link, by name and by credit code; the ID number is shown masked and the
// page never holds the full number, the phone or the address; a wrong check digit is explained.

const openPage = useBrowserApp({ seedCases: 0 });

const screens = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

const ADDRESS = '江门市蓬江区建设路88号';
const PHONE = '13800138000';
let n = 700;

async function publish(debtor: Record<string, unknown>) {
  const app = openPage.app();
  const judge = client(app, await login(app, 'judge'));
  const president = client(app, await login(app, 'president'));
  const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [debtor] }));
  expect(filed.statusCode, filed.body).toBe(201);
  const caseId = filed.json().id as string;
  const partyId = ((await judge.get(`/api/v1/cases/${caseId}`)).json().debtors as { id: string }[])[0]!.id;
  const res = await judge.post(`/api/v1/cases/${caseId}/dishonest-listings`, {
    debtorPartyId: partyId,
    ground: 1,
    decidedOn: '2026-11-26',
    graceMonths: 0,
  });
  expect(res.statusCode, res.body).toBe(201);
  expect((await president.post(`/api/v1/approvals/${res.json().approvalId}/approve`, {})).statusCode).toBe(200);
  return filed.json().caseNumber as string;
}

describe('the public query page', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: anyone finds a listed person by name and a unit by credit code, masked`, async () => {
      const idNumber = makeResidentId('440703', localDate('1980-05-05'), n++);
      const name = screen.name === 'desktop' ? '区国强' : '区志明';
      const personCase = await publish({ kind: 'person', name, idNumber, address: ADDRESS, phone: PHONE });
      const code = newCreditCode();
      await publish({
        kind: 'organization',
        name: `江门市${name}建材有限公司`,
        creditCode: code,
        legalRepresentative: name,
        address: ADDRESS,
      });

      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await page.goto('/login');
      await page.getByRole('link', { name: /查询失信被执行人/ }).click();
      await page.waitForURL('**/public/dishonest');
      await page.getByRole('heading', { name: '失信被执行人查询' }).waitFor();
      const box = page.getByRole('searchbox', { name: '姓名或名称、身份证号码、统一社会信用代码' });
      await box.fill(name);
      await box.press('Enter');
      await page
        .getByTestId('public-result-count')
        .filter({ hasText: `按姓名或名称查询「${name}」：1 条` })
        .waitFor();
      const card = page.locator('.public-listing').filter({ hasText: personCase });
      await card.getByText(`440703********${idNumber.slice(-4)}`).waitFor();
      await card.getByText('全部未履行').waitFor();
      await card.getByText('有履行能力而拒不履行生效法律文书确定义务').waitFor();
      const html = await page.content();
      expect(html).not.toContain(idNumber);
      expect(html).not.toContain(ADDRESS);
      expect(html).not.toContain(PHONE);
      await shot(page, `public-dishonest-person-${screen.name}`, true);

      await box.fill(code);
      await box.press('Enter');
      await page.getByTestId('public-result-count').filter({ hasText: '按统一社会信用代码查询' }).waitFor();
      const unit = page.locator('.public-listing').filter({ hasText: code });
      await unit.getByText('单位').waitFor();
      await unit.getByText(name, { exact: true }).waitFor();
      expect(await page.content()).not.toContain(ADDRESS);
      await shot(page, `public-dishonest-unit-${screen.name}`, true);

      await box.fill(idNumber.slice(0, 17) + (idNumber[17] === '0' ? '1' : '0'));
      await box.press('Enter');
      await page.getByRole('alert').filter({ hasText: '校验位不符' }).waitFor();
      await shot(page, `public-dishonest-invalid-${screen.name}`);
    });
  }
});
