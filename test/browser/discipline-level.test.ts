import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { openTab, shot, signIn, useBrowserApp } from './browser-app.ts';
import { login } from '../support/test-app.ts';
import { client, filingBody, newIdNumber } from '../api/fixtures.ts';

// The 惩戒等级 card of the 信用惩戒 tab (ADR 0210), on a desktop and a phone: a debtor listed in two
// cases reads 4 级 with every reason and its article; nothing is wider than the phone's screen.

const openPage = useBrowserApp({ seedCases: 0 });

const screens = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

/** Two cases against one person, each with a published listing (ground 1, no grace); answers the first. */
async function listedTwice(): Promise<string> {
  const app = openPage.app();
  const judge = client(app, await login(app, 'judge'));
  const president = client(app, await login(app, 'president'));
  const debtor = { kind: 'person', name: '梁国强', idNumber: newIdNumber() };
  const ids: string[] = [];
  for (let i = 0; i < 2; i++) {
    const filed = await judge.post('/api/v1/cases', filingBody({ debtors: [debtor] }));
    expect(filed.statusCode, filed.body).toBe(201);
    const id = filed.json().id as string;
    const partyId = ((await judge.get(`/api/v1/cases/${id}`)).json().debtors as { id: string }[])[0]!.id;
    const res = await judge.post(`/api/v1/cases/${id}/dishonest-listings`, {
      debtorPartyId: partyId,
      ground: 1,
      decidedOn: '2026-11-20',
      graceMonths: 0,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect((await president.post(`/api/v1/approvals/${res.json().approvalId}/approve`, {})).statusCode).toBe(200);
    ids.push(id);
  }
  return ids[0]!;
}

const fitsTheScreen = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth);

describe('the 惩戒等级 card', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: a debtor listed in two cases reads 4 级 with its reasons and articles`, async () => {
      const id = await listedTwice();
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge');
      await page.goto(`/cases/${id}`);
      await openTab(page, '信用惩戒', 'credit');
      const card = page.getByRole('listitem', { name: '梁国强的惩戒等级' });
      await card.getByText('4 级 · 失信（延长期限或多次失信）').waitFor();
      await card.getByText(/已以第1项公布失信名单/).waitFor();
      await card.getByText(/在其他案件中被纳入失信名单/).waitFor();
      await card.getByText('（失信名单规定 第1条第1项）').waitFor();
      await card.getByText(/等级记录于/).waitFor();
      expect(await fitsTheScreen(page)).toBe(true);
      await shot(page, `discipline-level-${screen.name}`);
    });
  }
});
