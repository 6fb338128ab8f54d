import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import {
  announced,
  caseNumberIn,
  caseRows,
  consoleProblems,
  newPage,
  shot,
  signIn,
  startBrowserApp,
  type BrowserApp,
  openTab,
} from './browser-app.ts';
import { connectorRegistry } from '../../src/outbox/registry.ts';
import { sandboxConnector } from '../../src/outbox/sandbox-connector.ts';
import { sandboxNetworkInstitutions } from '../../src/institutions/sandbox/network.ts';
import { startOutboxWorker, type OutboxWorker } from '../../src/outbox/worker.ts';

// The case's 查控 tab on a desktop and on a phone: the judge starts a search for the debtor across
// every asset class; the sandbox network answers (with a delay, through a delivery worker as the
// server runs it) while the tab shows each institution's status and refreshes; then the findings.

let b: BrowserApp;
let worker: OutboxWorker;

beforeAll(async () => {
  b = await startBrowserApp();
  const members = sandboxNetworkInstitutions({ latencyMs: 400, faultRate: 0 });
  const registry = connectorRegistry(members.map((m) => sandboxConnector(m.sandbox, { kinds: ['asset-search'], concurrency: 2 })));
  worker = startOutboxWorker(b.app, registry, {
    policy: {
      leaseMs: 60_000,
      attemptTimeoutMs: 10_000,
      backoff: { baseMs: 500, capMs: 5_000 },
      answerWindowMs: 3_600_000,
      random: Math.random,
    },
    pollMs: 200,
  });
});
afterAll(async () => {
  await worker?.stop({ graceMs: 1_000 });
  await b?.close();
  expect(consoleProblems, 'the browser console stays free of errors and warnings').toEqual([]);
});

const screens = [
  { name: 'desktop', viewport: { width: 1440, height: 900 }, row: 0 },
  { name: 'phone', viewport: { width: 390, height: 844 }, row: 1 },
] as const;

async function openCase(page: Page, row: number): Promise<string> {
  await page.goto('/cases?status=in-progress');
  const r = caseRows(page).nth(row);
  await r.waitFor();
  const caseNumber = await caseNumberIn(r);
  await r.getByRole('link', { name: caseNumber }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  return caseNumber;
}

describe('the 查控 tab', () => {
  for (const screen of screens) {
    it(`on a ${screen.name}: a judge starts a search, watches the institutions answer, and sees the findings`, async () => {
      const page = await newPage(b);
      await page.setViewportSize(screen.viewport);
      await signIn(page, 'judge');
      await openCase(page, screen.row);
      await openTab(page, '查控');
      await page.waitForURL(/tab=searches/);
      await page.getByText('尚未发起网络查控').waitFor();

      await page.getByRole('button', { name: '发起查控' }).click();
      const dialog = page.getByRole('dialog');
      await dialog.getByRole('checkbox', { name: '不动产' }).waitFor();
      await expect(dialog.getByRole('checkbox', { name: '银行存款' }).isChecked()).resolves.toBe(true);
      // The dialog has finished opening (its zoom animation) before the picture is taken.
      await page.locator('.ant-zoom-appear, .ant-zoom-enter').first().waitFor({ state: 'detached' });
      await shot(page, `searches-start-dialog-${screen.name}`);
      await dialog.getByRole('button', { name: '发起查控' }).click();
      await announced(page, /已发起网络查控，发出查询请求 \d+ 项/).waitFor();
      await dialog.waitFor({ state: 'hidden' });

      // While requests are in flight the tab says so and refreshes by itself.
      const search = page.getByRole('region', { name: /^查控 / });
      await search.waitFor();
      await page.getByText('查询请求正在发送或等待答复，本页自动刷新。').waitFor();
      await shot(page, `searches-running-${screen.name}`, true);

      // Every institution answers; the search is complete and its findings are listed.
      // The tab reads again every 2 s while a request is in flight.
      const done = search.getByText('已完成', { exact: true });
      await done.waitFor({ timeout: 60_000 });
      const tags = search.getByRole('listitem');
      const count = await tags.count();
      expect(count).toBeGreaterThan(5);
      for (let i = 0; i < count; i += 1) await expect(tags.nth(i).innerText()).resolves.toContain('已答复');
      const rows = search.getByRole('table').getByRole('row');
      expect(await rows.count()).toBeGreaterThan(1);
      await expect(search.innerText()).resolves.toMatch(/银行存款|不动产|车辆|证券/);
      await expect(page.getByRole('button', { name: '发起查控' }).isEnabled()).resolves.toBe(true);
      await shot(page, `searches-findings-${screen.name}`, true);
      await page.context().close();
    }, 180_000);
  }
});
