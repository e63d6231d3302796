import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchBrowser, screenshot } from './browser.js';

// The demo partner's key (鼓楼维修中心, FZ-01): it exists only in the demo data
// (apps/api/src/seed/demo-data.ts, `demoApiKey`).
const DEMO_PARTNER_KEY = 'ask_demoFZ01keys_only-in-the-demo-data-for-the-api-explorer1';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('the API explorer', () => {
  it("runs a partner's \"list my work orders\" with the partner's key, all from the product's own origin", async () => {
    const baseUrl = inject('baseUrl');
    const context = await browser.newContext({ locale: 'zh-CN', viewport: { width: 1366, height: 860 } });
    const page = await context.newPage();
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    const violations: string[] = [];
    page.on('console', (message) => {
      if (/Content Security Policy/i.test(message.text())) violations.push(message.text());
    });

    // A developer opening the API's address in a browser lands on the explorer.
    await page.goto(`${baseUrl}/graphql`);
    expect(new URL(page.url()).pathname).toBe('/explorer');

    await page.getByLabel('API 密钥 · API key').fill(DEMO_PARTNER_KEY);
    await page.getByRole('button', { name: '使用 · Use' }).click();
    await page.getByRole('status').getByText('以 API 密钥发送 · Sent with your API key').waitFor();

    // The first example tab is "list my work orders"; run it as it stands.
    await expect.poll(() => page.locator('.graphiql-query-editor').innerText()).toContain('query MyWorkOrders');
    expect(await page.getByRole('region', { name: 'Variables' }).innerText()).toContain('"first": 20');
    await page.getByRole('button', { name: /Execute query/ }).click();
    const response = page.locator('.graphiql-response');
    // 鼓楼维修中心's open order (温升过高); 思明维修中心's (气压棒失效) is not the partner's.
    await response.getByText('温升过高').waitFor();
    await expect.poll(() => response.innerText()).toContain('"customerName": "福州宏达机械厂"');
    expect(await response.innerText()).not.toContain('气压棒失效');

    // The schema came with its descriptions: the documentation explorer shows the Chinese term.
    await page.getByRole('button', { name: /Show Documentation Explorer/ }).click();
    await page.locator('.graphiql-doc-explorer').getByText('Query', { exact: true }).click();
    await page.locator('.graphiql-doc-explorer').getByText(/派工单列表/).first().waitFor();
    await screenshot(page, 'explorer-my-work-orders');
    // Another example tab opens with its own variables.
    await page.getByRole('tab', { name: /RecordArrival/ }).click();
    await expect.poll(() => page.getByRole('region', { name: 'Variables' }).innerText()).toContain('"arrivedAt"');

    expect(requested.length).toBeGreaterThan(0);
    expect(requested.filter((url) => !url.startsWith(`${baseUrl}/`) && !url.startsWith('data:'))).toEqual([]);
    expect(violations).toEqual([]);
    await context.close();
  });

  it('keeps the key in the browser only when "remember" is ticked', async () => {
    const context = await browser.newContext({ locale: 'zh-CN' });
    const page = await context.newPage();
    await page.goto(`${inject('baseUrl')}/explorer`);
    const keyField = page.getByLabel('API 密钥 · API key');
    await keyField.fill(DEMO_PARTNER_KEY);
    await page.getByRole('button', { name: '使用 · Use' }).click();
    await page.reload();
    expect(await page.getByLabel('API 密钥 · API key').inputValue()).toBe('');

    await page.getByLabel('API 密钥 · API key').fill(DEMO_PARTNER_KEY);
    await page.getByLabel('在本浏览器记住 · Remember in this browser').check();
    await page.getByRole('button', { name: '使用 · Use' }).click();
    await page.reload();
    expect(await page.getByLabel('API 密钥 · API key').inputValue()).toBe(DEMO_PARTNER_KEY);
    await context.close();
  });
});
