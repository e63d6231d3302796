import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { inboxMessages } from '../../apps/admin/src/locales/inbox.zh-CN.js';
import { apiToken, graphql } from './api.js';
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

/** How the dashboard words each kind: the admin's own Chinese catalog (one home for the words). */
const label = (item: InboxItem) => inboxMessages.inbox.kinds[item.kind].replace('{{period}}', item.period ?? '');

interface InboxItem {
  kind: keyof typeof inboxMessages.inbox.kinds;
  list: string;
  count: number;
  period: string | null;
}

/*
 * What waits for a user now, as the API answers it. The browser files share one product and run
 * in no fixed order, and the phone and parts tests act on the demo's records (the partner's
 * dispatched call gets done, a requisition is drafted), so the demo's counts as loaded are not
 * what a later file sees; the API test (apps/api/test/inbox.test.ts) pins the counts themselves.
 */
async function waitingFor(username: string): Promise<InboxItem[]> {
  const { myInbox } = await graphql<{ myInbox: InboxItem[] }>('{ myInbox { kind list count period } }', {}, await apiToken(username));
  return myInbox.filter((item) => item.count > 0);
}

/** Follows the inbox link and waits for the list it opens to show `count` records. */
async function expectRowsBehind(page: Page, item: InboxItem): Promise<void> {
  await inbox(page).getByRole('link', { name: label(item) }).click();
  await page.waitForURL((url) => url.pathname !== '/');
  const list = page.getByRole('table').first();
  await list.waitFor();
  await expect.poll(() => list.getByText('加载中…').count(), { timeout: 15_000 }).toBe(0);
  await expect.poll(() => list.locator('tbody tr').count(), { timeout: 15_000 }).toBe(item.count);
}

/** The lists whose page is one table of the records (the complaint list pins special cases above). */
const LISTS_WITH_ONE_TABLE = new Set(['PARTS_REQUISITIONS', 'MAINTENANCE_CONTRACTS', 'TECHNICIAN_SCORES', 'WORK_ORDERS']);

const ROLES = ['cs_agent', 'cs_manager', 'director', 'commerce', 'supervisor', 'hr', 'partner', 'admin', 'tech_center'];

describe('the dashboard’s work inbox (待办) for each demo role', () => {
  it.each(ROLES)('shows %s what waits for them, with counts, and saves the dashboard', async (username) => {
    const page = await dashboardOf(username);
    const items = await inboxItems(page);
    const expected = await waitingFor(username);
    expect(items).toEqual(expected.map((item) => [label(item), item.count]));
    if (items.length === 0) await page.getByText('目前没有等您处理的事项。').waitFor();
    await saveScreenshot(page, username);
    await page.context().close();
  });

  it('takes each role from each item to a list of exactly that many records', async () => {
    let followed = 0;
    for (const username of ROLES) {
      for (const item of (await waitingFor(username)).filter((waiting) => LISTS_WITH_ONE_TABLE.has(waiting.list))) {
        const page = await dashboardOf(username);
        await inboxItems(page);
        await expectRowsBehind(page, item);
        await page.context().close();
        followed += 1;
      }
    }
    expect(followed).toBeGreaterThan(0);
  }, 300_000);
});
