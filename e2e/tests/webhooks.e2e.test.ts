import { mkdirSync } from 'node:fs';
import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { Webhook } from 'standardwebhooks';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, signIn } from './browser.js';

/** The README shows it, so it lives with the docs rather than with the test output. */
const docsScreenshots = resolve(import.meta.dirname, '../../docs/screenshots');
const RECEIVER_ANSWER = '{"received":"webhook.test"}';

interface Received {
  body: string;
  headers: IncomingHttpHeaders;
}

/** A partner's system on this machine: records every POST and answers 200 with a short JSON. */
function startReceiver(): Promise<{ server: Server; url: string; received: Received[] }> {
  const received: Received[] = [];
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      received.push({ body: Buffer.concat(chunks).toString('utf8'), headers: request.headers });
      response.writeHead(200, { 'content-type': 'application/json' }).end(RECEIVER_ANSWER);
    });
  });
  return new Promise((done) => {
    server.listen(0, '127.0.0.1', () => done({ server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/hook`, received }));
  });
}

/** The page itself never scrolls sideways: anything wide scrolls inside its own box. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth}px wide on a ${innerWidth}px screen`).toBeLessThanOrEqual(innerWidth);
}

let browser: Browser;
let receiver: Awaited<ReturnType<typeof startReceiver>>;
beforeAll(async () => {
  [browser, receiver] = await Promise.all([launchBrowser(), startReceiver()]);
});
afterAll(async () => {
  await browser?.close();
  await new Promise((done) => receiver?.server.close(done));
});

describe('Webhooks in the admin app', () => {
  it('a partner registers an endpoint, sends a test event signed with the secret shown once, and reads the attempt in the delivery log', async () => {
    const page = await openPage(browser, '/webhooks');
    await signIn(page, 'partner');
    await page.getByRole('heading', { name: 'Webhook 推送' }).waitFor();

    await page.getByRole('button', { name: '登记端点' }).click();
    const form = page.getByRole('dialog', { name: '登记 Webhook 端点' });
    await form.getByLabel(/^地址/).fill(receiver.url);
    await form.getByLabel('说明', { exact: true }).fill('ERP 工单同步');
    await form.getByLabel('工单已派工').check();
    await form.getByLabel('投诉已转交').check();
    await form.getByRole('button', { name: '登记端点' }).click();

    const secretDialog = page.getByRole('alertdialog', { name: '端点已登记：请保存签名密钥' });
    await secretDialog.getByText('关闭此窗口后将无法再次查看').waitFor();
    const secret = (await secretDialog.getByLabel('签名密钥').textContent()) ?? '';
    expect(secret).toMatch(/^whsec_/);
    await secretDialog.getByRole('button', { name: '我已保存' }).click();

    const endpointRow = page.getByRole('table', { name: 'Webhook 推送' }).getByRole('row').filter({ hasText: receiver.url });
    await endpointRow.getByText('工单已派工').waitFor();
    await endpointRow.getByText('投诉已转交').waitFor();
    await endpointRow.getByText('正常').waitFor();
    await endpointRow.getByRole('link', { name: receiver.url }).click();

    await page.getByRole('heading', { name: 'ERP 工单同步' }).waitFor();
    await page.getByRole('button', { name: '发送测试事件' }).click();
    await page.getByText('测试事件已排队发送。').waitFor();

    await expect.poll(() => receiver.received.length, { timeout: 30_000 }).toBeGreaterThan(0);
    const [delivery] = receiver.received;
    const headers = Object.fromEntries(Object.entries(delivery!.headers).map(([name, value]) => [name, String(value)]));
    const payload = new Webhook(secret).verify(delivery!.body, headers) as { type: string };
    expect(payload.type).toBe('webhook.test');

    // The log refreshes itself while a delivery is about to be tried: no reload needed.
    const log = page.getByRole('table', { name: '投递记录' });
    const testRow = log.getByRole('row').filter({ hasText: '测试事件' });
    await testRow.filter({ hasText: '成功' }).waitFor({ timeout: 30_000 });
    await testRow.getByRole('button', { name: /^显示测试事件/ }).click();
    const attempt = page.getByRole('table', { name: '尝试记录' }).getByRole('row').nth(1);
    await attempt.getByRole('cell', { name: '200', exact: true }).waitFor();
    await attempt.getByText(RECEIVER_ANSWER).waitFor();

    mkdirSync(docsScreenshots, { recursive: true });
    await page.screenshot({ path: resolve(docsScreenshots, 'webhooks-delivery-log.png'), fullPage: true });

    // On a phone the log turns into cards and the attempt is still there to read.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await attempt.getByText(RECEIVER_ANSWER).isVisible()).toBe(true);
    await expectNoSidewaysScroll(page);
    await page.getByRole('link', { name: '返回 Webhook 推送' }).click();
    await endpointRow.getByRole('button', { name: '更换密钥' }).waitFor();
    await expectNoSidewaysScroll(page);
    await screenshot(page, 'webhooks-phone');
  });
});
