import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, signIn } from './browser.js';

/** The README shows these, so they live with the docs rather than with the test output. */
const docsScreenshots = resolve(import.meta.dirname, '../../docs/screenshots');
const DESKTOP = { width: 1280, height: 800 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function dashboardOf(username: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: DESKTOP, deviceScaleFactor: 1 });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}/`);
  await signIn(page, username);
  await page.getByRole('heading', { name: '待办' }).waitFor();
  return page;
}

const inbox = (page: Page) => page.getByRole('list', { name: '待办' });

/** Each inbox link as [its words, its count], once the inbox has answered. */
async function inboxItems(page: Page): Promise<[string, number][]> {
  await expect.poll(async () => (await inbox(page).count()) + (await page.getByText('目前没有等您处理的事项。').count()), { timeout: 15_000 }).toBe(1);
  if ((await inbox(page).count()) === 0) return [];
  const links = await inbox(page).getByRole('link').all();
  return Promise.all(
    links.map(async (link) => [await link.locator('.app-inbox__label').innerText(), Number(await link.locator('.app-inbox__count').innerText())] as [string, number]),
  );
}

async function saveScreenshot(page: Page, role: string): Promise<void> {
  mkdirSync(docsScreenshots, { recursive: true });
  await page.screenshot({ path: resolve(docsScreenshots, `dashboard-${role}.png`) });
}

/*
 * What the demo leaves waiting for each role (see apps/api/src/seed): one maintenance contract due
 * its expiry notice for CS, one requisition for the CS leader's signature and one for the director's, one back-ordered with commerce, last month's four
 * submitted scores for HR, two technicians without the supervisor's D1/D2 and two calls to
 * dispatch, one shipment for the Fuzhou center to confirm and one call it was dispatched.
 */
const MONTH = String.raw`\d{4}-\d{2}`;
const EXPECTED: Record<string, [RegExp, number][]> = {
  cs_agent: [[/^待发到期通知的保养合同$/, 1]],
  cs_manager: [
    [/^待我签批的配件领用单$/, 1],
    [/^待发到期通知的保养合同$/, 1],
  ],
  director: [[/^待我签批的配件领用单$/, 1]],
  commerce: [[/^缺货待补发的配件领用单$/, 1]],
  supervisor: [
    [new RegExp(`^${MONTH} 待评分的技术员$`), 2],
    [/^待派工的叫修$/, 2],
  ],
  hr: [[new RegExp(`^${MONTH} 待发布的考核$`), 4]],
  partner: [
    [/^待确认收货的配件$/, 1],
    [/^已派工待上门的派工单$/, 1],
  ],
  admin: [],
  tech_center: [],
};

/** Follows the inbox link and waits for the list it opens to show `count` records. */
async function expectRowsBehind(page: Page, label: RegExp, table: string, count: number): Promise<void> {
  await inbox(page).getByRole('link', { name: label }).click();
  const list = page.getByRole('table', { name: table });
  await list.waitFor();
  await expect.poll(() => list.getByText('加载中…').count(), { timeout: 15_000 }).toBe(0);
  await expect.poll(() => list.locator('tbody tr').count(), { timeout: 15_000 }).toBe(count);
}

describe('the dashboard’s work inbox (待办) for each demo role', () => {
  it.each(Object.keys(EXPECTED))('shows %s what waits for them, with counts, and saves the dashboard', async (username) => {
    const page = await dashboardOf(username);
    const items = await inboxItems(page);
    expect(items.map(([label]) => label)).toEqual(EXPECTED[username]!.map(([label]) => expect.stringMatching(label)));
    expect(items.map(([, count]) => count)).toEqual(EXPECTED[username]!.map(([, count]) => count));
    if (items.length === 0) await page.getByText('目前没有等您处理的事项。').waitFor();
    await saveScreenshot(page, username);
    await page.context().close();
  });

  it.each([
    ['cs_manager', /待我签批的配件领用单/, '三包配件领用单', 1],
    ['cs_agent', /待发到期通知的保养合同/, '保养合同', 1],
    ['supervisor', /待评分的技术员/, '技术员月度考核', 2],
    ['partner', /已派工待上门的派工单/, '派工单', 1],
  ] as const)('takes %s from an item to a list of exactly that many records', async (username, label, table, count) => {
    const page = await dashboardOf(username);
    await inboxItems(page);
    await expectRowsBehind(page, label, table, count);
    await page.context().close();
  });
});
