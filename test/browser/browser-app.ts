import { existsSync, mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, expect } from 'vitest';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { runningClock, type Clock } from '../../src/platform/clock.ts';
import { createTestApp, TEST_NOW, type TestApp } from '../support/test-app.ts';

// One real server (fresh database, 300 demo cases in 粤0703 unless told) and one real Chromium per test file.
// The server's clock starts at TEST_NOW and runs with real time, and each page's clock is set to
// the server's: both sides agree on "today" and on how long a session lasts, whatever the date.
export type BrowserApp = { app: TestApp; browser: Browser; baseUrl: string; close(): Promise<void> };

export const SCREENSHOTS = resolve('test-results/screenshots');
export const PASSWORD = 'zhixing-demo';

// What the browser console said that it should not have: React and antd warnings, uncaught errors.
export const consoleProblems: string[] = [];

export type BrowserAppOptions = { seedHandling?: boolean; seedCases?: number; clock?: Clock };

export async function startBrowserApp(opts: BrowserAppOptions = {}): Promise<BrowserApp> {
  if (!existsSync(resolve('web/dist/index.html')))
    throw new Error('web/dist is missing: run `npx vite build --config web/vite.config.ts` first');
  mkdirSync(SCREENSHOTS, { recursive: true });
  const app = await createTestApp({
    seedCases: opts.seedCases ?? 300,
    seedHandling: opts.seedHandling ?? false,
    clock: opts.clock ?? runningClock(TEST_NOW),
  });
  await app.server.listen({ port: 0, host: '127.0.0.1' });
  const address = app.server.addresses().find((a): a is AddressInfo => typeof a === 'object' && a.family === 'IPv4');
  if (!address) throw new Error('the server is not listening on IPv4');
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-dev-shm-usage',
    ],
  });
  return {
    app,
    browser,
    baseUrl: `http://127.0.0.1:${address.port}`,
    close: async () => {
      await browser.close();
      await app.close();
    },
  };
}

/**
 * Starts the server and the browser for the test file, closes them after it, and checks that the
 * browser console stayed clean. Returns a function that opens a new page (and `app()`, the server's app).
 */
export function useBrowserApp(opts: BrowserAppOptions = {}): (() => Promise<Page>) & { app: () => TestApp } {
  let b: BrowserApp | undefined;
  beforeAll(async () => {
    consoleProblems.length = 0; // the worker may have run another file before this one
    b = await startBrowserApp(opts);
  }, 300_000);
  afterAll(async () => {
    await b?.close();
    expect(consoleProblems, 'the browser console stays free of errors and warnings').toEqual([]);
  });
  return Object.assign(() => newPage(b!), { app: () => b!.app });
}

/** A fresh browser context (no cookies) as a clerk in 江门 would have it. */
export async function newPage(b: BrowserApp): Promise<Page> {
  const context = await b.browser.newContext({
    baseURL: b.baseUrl,
    locale: 'zh-CN',
    timezoneId: 'Asia/Shanghai',
    viewport: { width: 1440, height: 900 },
  });
  await context.clock.install({ time: b.app.clock.now() });
  // Every refusal of the server's Content-Security-Policy, reported as a console error (Chromium
  // logs most of them itself; the event also catches those it only reports).
  await context.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (e) =>
      console.error(`CSP violation: ${e.violatedDirective} blocked ${e.blockedURI || '(inline)'} at ${e.sourceFile}:${e.lineNumber}`),
    );
  });
  const page = await context.newPage();
  page.setDefaultTimeout(20_000);
  page.on('console', (m) => {
    // Refused requests are logged by the browser too; they are checked through their answers instead.
    if ((m.type() === 'error' || m.type() === 'warning') && !m.text().startsWith('Failed to load resource'))
      consoleProblems.push(`${m.type()}: ${m.text()}`);
  });
  page.on('pageerror', (e) => consoleProblems.push(`pageerror: ${e.message}`));
  return page;
}

/** Officers (执行法官, 执行员) land on their 待办; the others on the case list. */
export const OFFICERS = new Set(['judge', 'enforcer', 'taishan']);

/**
 * Signs in and waits for the user's landing page. A test that names no landing goes on from the
 * case list: an officer is taken there from the 待办 they landed on.
 */
export async function signIn(page: Page, username: string, landing?: string): Promise<void> {
  await page.goto('/login');
  await page.getByLabel('用户名').fill(username);
  await page.getByLabel('密码', { exact: true }).fill(PASSWORD);
  await page.getByRole('button', { name: /登\s*录/ }).click();
  await page.waitForURL(landing ?? (OFFICERS.has(username) ? '**/todo' : '**/cases'));
  if (!landing && OFFICERS.has(username)) {
    await page.getByRole('heading', { name: '我的待办' }).waitFor();
    await page.goto('/cases');
  }
  await page
    .getByRole('banner')
    .getByRole('button', { name: /退\s*出/ })
    .waitFor();
}

// Locators by role and label, as a clerk (or a screen reader) finds things on the page.

/** The rows of the case list that show a case (not the header, not the empty placeholder). */
const CASE_NUMBER = /^（\d{4}）.+号$/;
export const caseRows = (page: Page): Locator => {
  // A table's rows on a desktop, the cards of a list on a phone.
  const main = page.getByRole('main');
  return main
    .getByRole('row')
    .or(main.getByRole('listitem'))
    .filter({ has: page.getByRole('link', { name: CASE_NUMBER }) });
};

/** The two screens every page is looked at on: a desktop and a phone. */
export const SCREENS = [
  { name: 'desktop', viewport: { width: 1280, height: 800 } },
  { name: 'phone', viewport: { width: 390, height: 844 } },
] as const;

/** Opens, from the signed-in user's case list, the first case still running (one that can receive money): its URL and id. */
export async function openRunningCase(page: Page): Promise<{ caseUrl: string; caseId: string }> {
  const row = caseRows(page)
    .filter({ hasText: /执行中|已立案/ })
    .first();
  await row.waitFor();
  await row.getByRole('link', { name: await caseNumberIn(row) }).click();
  await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
  const caseUrl = page.url();
  return { caseUrl, caseId: caseUrl.split('/').at(-1)! };
}

/** The case number shown in a row of the case list. */
export const caseNumberIn = async (row: Locator): Promise<string> =>
  (await row.getByRole('link', { name: CASE_NUMBER }).innerText()).trim();

/** The value beside a label in the case detail's descriptions (基本信息, 执行依据 …): the cell after its row header. */
export const detailValue = (page: Page, label: string): Locator =>
  page.getByRole('rowheader', { name: label, exact: true }).locator('xpath=following-sibling::*[1]');

/** The entries of the case's timeline (流程记录). */
export const timelineEntries = (page: Page): Locator => page.getByRole('region', { name: '流程记录' }).getByRole('listitem');

/** The success message announced after an action (role="status"). */
export const announced = (page: Page, text: string | RegExp): Locator => page.getByRole('status').filter({ hasText: text });

/** Waits until no spinner is turning and no pop-up is open, then saves test-results/screenshots/<name>.png. */
export async function shot(page: Page, name: string, fullPage = false): Promise<void> {
  await page.locator('[aria-busy="true"]').first().waitFor({ state: 'detached' });
  await page.getByRole('combobox', { expanded: true }).first().waitFor({ state: 'detached' });
  await page
    .getByRole('button', { name: /^下个月/ })
    .first()
    .waitFor({ state: 'hidden' });
  if (fullPage) await page.evaluate(() => window.scrollTo(0, 0));
  await page.screenshot({ path: resolve(SCREENSHOTS, `${name}.png`), fullPage, animations: 'disabled' });
}

/** Types a date into a DatePicker (by its field id), commits it, and waits for the calendar to close. */
export async function pickDate(page: Page, selector: string, date: string): Promise<void> {
  const input = page.locator(selector);
  // No wait for the calendar to open: typing and Enter commit the date whether or not it has.
  await input.click();
  await input.fill(date);
  await input.press('Enter');
  await page
    .getByRole('button', { name: /^下个月/ })
    .first()
    .waitFor({ state: 'hidden' });
  await expect.poll(() => input.inputValue()).toBe(date);
}

/** Chooses an option of the Select whose input has this id (the option is found by its title). */
export async function choose(page: Page, id: string, option: string): Promise<void> {
  const box = page.getByRole('combobox').and(page.locator(`#${id}`));
  // The selected value lies over the input and takes the pointer: open the list from the keyboard.
  await box.focus();
  await box.press('ArrowDown');
  // The list's options carry aria-selected; the value shown in the box carries the same title but not that.
  await page.getByTitle(option, { exact: true }).and(page.locator('[aria-selected]')).click();
  await expect.poll(() => box.getAttribute('aria-expanded')).toBe('false');
}

/**
 * Opens a tab of the case page by its name. A tab beyond a phone's screen sits behind the tab
 * bar's overflow menu, which these tests do not drive: such a tab is opened by its link
 * (`?tab=<key>`, the link 待办 and the lists give), when `key` is given.
 */
export async function openTab(page: Page, name: string, key?: string): Promise<void> {
  await page.getByRole('tab', { name: '概况', exact: true }).waitFor();
  const tab = page.getByRole('tab', { name, exact: true });
  const box = await tab.boundingBox();
  const nav = await page.locator('.ant-tabs-nav-wrap').first().boundingBox();
  if (key && (!box || !nav || box.x + box.width > nav.x + nav.width || box.x < nav.x)) {
    const url = new URL(page.url());
    url.searchParams.set('tab', key);
    await page.goto(url.toString());
    return;
  }
  await tab.click();
  await page.getByRole('tab', { name, exact: true, selected: true }).waitFor({ state: 'attached' });
}
