import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { caseNumberIn, caseRows, openTab, shot, signIn, useBrowserApp } from './browser-app.ts';

// The 处置 tab on a desktop and on a phone: a flat of a running case is sealed, priced by the
// parties' agreement and announced for a first round; a necessary home beside it is refused.
// The steps are posted through the API with the judge's session; the tab is read as a clerk reads it.

const openPage = useBrowserApp();

const screens = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, row: 4, n: 1 },
  { name: 'phone', viewport: { width: 390, height: 844 }, row: 5, n: 2 },
] as const;

async function post(page: Page, url: string, data: Record<string, unknown>) {
  const res = await page.request.post(url, { data });
  expect(res.status(), await res.text()).toBeLessThan(300);
  return (await res.json()) as Record<string, string>;
}

async function sealedFlat(page: Page, caseId: string, identifier: string, exempt = false) {
  const flat = await post(page, `/api/v1/cases/${caseId}/assets`, {
    kind: 'real-estate',
    identifier,
    institution: '江门市不动产登记中心',
    estimatedValue: '1000000.00',
    ...(exempt ? { exempt: ['necessary-home'] } : {}),
  });
  await post(page, `/api/v1/cases/${caseId}/seizures`, {
    assetId: flat.assetId,
    measure: 'seal',
    ruledOn: '2026-11-24',
    effectiveOn: '2026-11-25',
  });
  return flat.assetId!;
}

describe('the 处置 tab in the browser', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: shows a flat's price and first round, and the home that may not be sold`, async () => {
      const page = await openPage();
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge');
      await page.goto('/cases?status=in-progress&filedTo=2026-10-31');
      const row = caseRows(page).nth(screen.row);
      await row.waitFor();
      const caseNumber = await caseNumberIn(row);
      await row.getByRole('link', { name: caseNumber }).click();
      await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
      const caseId = /\/cases\/([0-9a-f-]{36})$/.exec(page.url())![1]!;

      const flat = `粤(2024)江门市不动产权第008800${screen.n}号`;
      const assetId = await sealedFlat(page, caseId, flat);
      await sealedFlat(page, caseId, `粤(2024)江门市不动产权第009900${screen.n}号`, true);
      const rp = await post(page, `/api/v1/cases/${caseId}/reference-prices`, { assetId, startedOn: '2026-11-25' });
      await post(page, `/api/v1/reference-prices/${rp.id}/negotiation`, {
        on: '2026-11-25',
        applicantFigure: '900000.00',
        debtorFigure: '1000000.00',
      });
      await post(page, `/api/v1/reference-prices/${rp.id}/directed-inquiry`, {
        on: '2026-11-25',
        body: '国家税务总局江门市税务局',
        price: '1000000.00',
      });
      await post(page, `/api/v1/cases/${caseId}/auction-rounds`, {
        assetId,
        platform: 'sandbox',
        startingPrice: '1000000.00',
        deposit: '100000.00',
        announcedOn: '2026-11-26',
        biddingStartsAt: '2026-12-27T02:00:00Z',
        biddingEndsAt: '2026-12-28T02:00:00Z',
      });

      await openTab(page, '处置', 'disposal');
      const card = page.getByRole('region', { name: `不动产 ${flat}` });
      await card.getByText(/定向询价，2026-11-25 确定，有效期至/).waitFor();
      expect(await card.textContent()).toContain('¥1,000,000.00');
      await card.getByText('已公告').waitFor();
      await page.getByText('不得拍卖、变卖或者抵债').first().waitFor();
      await shot(page, `disposal-tab-${screen.name}`, true);
    });
  }
});
