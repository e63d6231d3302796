import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, openPage, signIn } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the admin app under its content security policy', () => {
  it('runs without a single violation: sign-in, the lists and the chart pages', async () => {
    const page = await openPage(browser);
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });
    const response = await page.reload();
    expect(response?.headers()['content-security-policy']).toContain("script-src 'self'");

    await signIn(page, 'admin');
    await page.getByText('王管理，您好').waitFor();
    for (const path of ['/complaints', '/complaints/quality-report', '/work-orders', '/repair-centers', '/scores', '/scores/year-review']) {
      await page.goto(`${inject('baseUrl')}${path}`);
      await page.getByRole('heading').first().waitFor();
      await page.waitForLoadState('networkidle');
    }
    // Styles come from the app's stylesheet: the navigation is laid out, not unstyled text.
    expect(await page.evaluate(() => document.styleSheets.length)).toBeGreaterThan(0);
    expect(violations).toEqual([]);
  });
});
