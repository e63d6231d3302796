import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, signIn } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Opens the requisition as `username` in a fresh session. */
async function openAs(username: string, path: string): Promise<Page> {
  const page = await openPage(browser, path);
  await signIn(page, username);
  await page.getByRole('heading', { name: /LY-\d{4}-\d{6}/ }).waitFor();
  return page;
}

/** Clicks an action of the requisition and confirms its dialog with the same label. */
async function act(page: Page, action: string, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await fill?.(dialog);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('三包 parts requisitions in the admin app', () => {
  it('goes from a draft for a work order to the receipt of the parts, through approval and shipment', async () => {
    // CS asks for a voltage regulator for head office's generator repair (in warranty), from the work order.
    const agent = await openPage(browser, '/work-orders');
    await signIn(agent, 'cs_agent');
    await agent.getByRole('row', { name: /泉州安平冷库/ }).getByRole('link').first().click();
    await agent.getByRole('link', { name: '申请三包配件' }).click();
    const form = agent.getByRole('form', { name: '填写三包配件领用单' });
    const line = form.getByRole('group', { name: '第 1 行' });
    const part = line.getByLabel(/^配件/);
    const regulator = await part.locator('option', { hasText: 'AVR-50' }).getAttribute('value');
    await part.selectOption(regulator!);
    await line.getByLabel(/^数量/).fill('1');
    await form.getByRole('button', { name: '保存草稿' }).click();
    await agent.getByRole('heading', { name: /LY-\d{4}-\d{6}/ }).waitFor();
    const requisitionPath = new URL(agent.url()).pathname;
    await act(agent, '提交审批');
    await agent.getByText('待审批').first().waitFor();

    // The CS department's leader signs (¥880, under the director's threshold).
    const manager = await openAs('cs_manager', requisitionPath);
    await act(manager, '批准');
    await manager.getByText('已批准').first().waitFor();

    // Commerce ships it from the manufacturing unit's stock.
    const commerce = await openAs('commerce', requisitionPath);
    await act(commerce, '发货', async (dialog) => {
      await dialog.getByLabel(/^承运商/).fill('顺丰速运');
      await dialog.getByLabel(/^运单号/).fill('SF1234567890');
    });
    await commerce.getByText('已发货').first().waitFor();
    await commerce.getByText('SF1234567890').waitFor();

    // CS confirms receipt at head office.
    await agent.reload();
    await act(agent, '确认收货');
    await agent.getByText('已收货').first().waitFor();
    await screenshot(agent, 'parts-requisition-received');

    // The regulator is now in head office's stock, with the receipt in its ledger.
    await agent.goto(new URL('/parts/stock', agent.url()).toString());
    const ledger = agent.getByRole('table', { name: '配件台账' });
    await ledger.waitFor();
    await expect.poll(() => ledger.locator('tbody tr', { hasText: 'AVR-50' }).count()).toBeGreaterThan(0);
  });
});
