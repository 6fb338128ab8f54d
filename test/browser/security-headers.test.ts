import { describe, expect, it } from 'vitest';
import { caseRows, consoleProblems, detailValue, signIn, useBrowserApp } from './browser-app.ts';

// The built web app under the server's Content-Security-Policy (ADR 0060): every page a user
// opens loads and works with no violation (each would be a console error, which every browser
// test refuses), and the app cannot be framed by another site.

const openPage = useBrowserApp();

describe('the web app under its Content-Security-Policy', () => {
  it('loads the sign-in page, the case list, a case and the calculators with no CSP violation', async () => {
    const page = await openPage();
    const first = await page.goto('/login');
    const csp = first!.headers()['content-security-policy'];
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(first!.headers()['x-content-type-options']).toBe('nosniff');
    await signIn(page, 'judge');
    await caseRows(page).first().click();
    await page.waitForURL(/\/cases\/[0-9a-f-]{36}$/);
    await detailValue(page, '案号').waitFor();
    await page.goto('/calculators');
    await page.getByRole('tabpanel').first().waitFor();
    await page.goto('/docs');
    await page.locator('.swagger-ui .info').first().waitFor();
    expect(consoleProblems.filter((p) => p.includes('Content Security Policy') || p.includes('CSP'))).toEqual([]);
    await page.close();
  });

  it('refuses to be framed by another page', async () => {
    const page = await openPage();
    await page.goto('/login');
    const framed = await page.evaluate(async () => {
      const frame = document.createElement('iframe');
      frame.src = '/login';
      document.body.append(frame);
      await new Promise((r) => setTimeout(r, 1500));
      try {
        return frame.contentDocument?.querySelector('#root') !== null && frame.contentDocument !== null;
      } catch {
        return false;
      }
    });
    expect(framed).toBe(false);
    // The blocked frame is logged by Chromium as a refusal; that one is this test's own doing.
    const refusals = consoleProblems.filter((p) => p.includes('frame-ancestors'));
    expect(refusals.length).toBeGreaterThan(0);
    consoleProblems.splice(0, consoleProblems.length, ...consoleProblems.filter((p) => !p.includes('frame-ancestors')));
    await page.close();
  });
});
