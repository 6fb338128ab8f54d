import type { Locator, Page } from 'playwright-core';
import { runningClock, type Clock } from '../../src/platform/clock.ts';
import { announced, openTab, shot, signIn } from './browser-app.ts';

// Shared by the browser tests of the 处置 tab: a clock the test sets forward, the case opened as the
// judge at a time, and the dialogs submitted as a clerk does it.

export const desktop = { width: 1280, height: 800 };
export const phone = { width: 390, height: 844 };

/** A clock that runs with real time from `iso` and that the test sets forward to the next stage. */
export function jumpingClock(iso: string): Clock & { set(iso: string): void } {
  let c = runningClock(iso);
  return { now: () => c.now(), today: () => c.today(), set: (to) => (c = runningClock(to)) };
}

/** A button by its text: antd puts a space between the two characters of a two-character label. */
export const button = (scope: Page | Locator, text: string) =>
  scope.getByRole('button', { name: new RegExp(`^${[...text].join('\\s*')}$`) });

/** Sets the server's clock to `iso` and opens the case as the judge on a new desktop page. */
export const caseOpener =
  (clock: ReturnType<typeof jumpingClock>, openPage: () => Promise<Page>, caseId: () => string) =>
  async (iso: string, tab?: { name: string; key: string }): Promise<Page> => {
    clock.set(iso);
    const page = await openPage(); // its clock is the server's new time; sessions last 12 hours of it
    await page.setViewportSize(desktop);
    await signIn(page, 'judge');
    await page.goto(`/cases/${caseId()}`);
    if (tab) await openTab(page, tab.name, tab.key);
    return page;
  };

/**
 * Submits the open dialog with its OK button once it has finished opening (a click during the zoom
 * can miss), waits for it to close and returns the success message it left. Earlier messages may
 * still be shown: the newest that matches is the one.
 */
export async function submit(page: Page, ok: string, said: string | RegExp): Promise<string> {
  const dialog = page.getByRole('dialog');
  // A loaded machine (CI's PGlite pass, one connection for the server's every query) can take longer
  // than the default 20 s to open a dialog whose fields come from the server, or to answer a write:
  // the button is awaited first, then the opening animation, then the click.
  await button(dialog, ok)
    .waitFor({ timeout: 45_000 })
    .catch((e: unknown) => explain(page, e));
  await page.locator('.ant-zoom-appear, .ant-zoom-enter').first().waitFor({ state: 'detached' });
  await button(dialog, ok)
    .click({ timeout: 45_000 })
    .catch((e: unknown) => explain(page, e));
  // What the dialog said instead, when it does not close.
  await dialog.waitFor({ state: 'hidden', timeout: 45_000 }).catch((e: unknown) => explain(page, e));
  const message = announced(page, said).last();
  await message.waitFor();
  return (await message.innerText()).trim();
}

/** Fails with what the page showed: its address, the dialogs open and their buttons, the alerts, and a picture. */
async function explain(page: Page, e: unknown): Promise<never> {
  await page.screenshot({ path: 'test-results/screenshots/disposal-failure.png' });
  const seen = await page.evaluate(() => ({
    url: location.href,
    dialogs: [...document.querySelectorAll('[role="dialog"]')].map((d) => ({
      hidden: (d as HTMLElement).offsetParent === null,
      buttons: [...d.querySelectorAll('button')].map((b) => `${b.textContent ?? ''}${b.disabled ? '(disabled)' : ''}`),
    })),
    alerts: [...document.querySelectorAll('[role="alert"]')].map((a) => a.textContent),
  }));
  throw new Error(`${e instanceof Error ? e.message : String(e)}\nthe page showed: ${JSON.stringify(seen)}`);
}

/** The dialog has finished its opening animation, and the last step's messages are gone, before a picture is taken. */
export async function settled(page: Page) {
  await page.locator('.ant-zoom-appear, .ant-zoom-enter').first().waitFor({ state: 'detached' });
  // A message under the pointer stays until the pointer leaves it (the last click was often near the top).
  await page.mouse.move(1, (page.viewportSize()?.height ?? 800) - 1);
  const gone = await page
    .locator('.ant-message-notice')
    .first()
    .waitFor({ state: 'detached', timeout: 10_000 })
    .then(() => true)
    .catch(() => false);
  // On a loaded machine a message's closing animation can stall; it is only in the way of the picture,
  // so the notices still shown are hidden (new ones are new elements and show as usual).
  if (!gone)
    await page.evaluate(() => {
      for (const n of document.querySelectorAll<HTMLElement>('.ant-message-notice')) n.style.visibility = 'hidden';
    });
}

export async function onPhone(page: Page, name: string, fullPage = false) {
  await page.setViewportSize(phone);
  await shot(page, `${name}-phone`, fullPage);
  await page.setViewportSize(desktop);
}
