import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { apiToken, graphql } from './api.js';
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
    // What the answer must hold, asked of the API now (other browser files change the demo's work
    // orders): the partner's own open orders, and none of 思明维修中心's (XM-01).
    const openOrders = '{ workOrders(filter: { open: true }, first: 20) { nodes { code } } }';
    const codesOf = (data: { workOrders: { nodes: { code: string }[] } }) => data.workOrders.nodes.map((order) => order.code);
    const own = codesOf(await graphql(openOrders, {}, DEMO_PARTNER_KEY));
    const others = codesOf(await graphql(openOrders, {}, await apiToken('partner2')));
    expect(others.length).toBeGreaterThan(0);

    const answered = page.waitForResponse((reply) => reply.url() === `${baseUrl}/graphql` && (reply.request().postData() ?? '').includes('MyWorkOrders'));
    await page.getByRole('button', { name: /Execute query/ }).click();
    const reply = await answered;
    expect(reply.request().headers()['authorization']).toBe(`Bearer ${DEMO_PARTNER_KEY}`);
    const body = (await reply.json()) as { data: { workOrders: { nodes: { code: string }[] } } };
    expect(codesOf(body.data)).toEqual(own);
    expect(codesOf(body.data).filter((code) => others.includes(code))).toEqual([]);
    // The response pane shows the answer (its editor draws only the lines in view: check the top).
    const response = page.locator('.graphiql-response');
    await response.getByText(own[0] ?? '"nodes": []').waitFor();

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
