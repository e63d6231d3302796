import { mkdirSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { inject } from 'vitest';
import { launchBrowser, signIn } from './browser.js';

/** The README shows these, so they live with the docs rather than with the test output. */
const docsScreenshots = resolve(import.meta.dirname, '../../docs/screenshots');
const PHONE = { width: 390, height: 844 };

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function openPhone(path: string): Promise<Page> {
  const context = await browser.newContext({ locale: 'zh-CN', viewport: PHONE, deviceScaleFactor: 1, hasTouch: true, isMobile: true });
  const page = await context.newPage();
  await page.goto(`${inject('baseUrl')}${path}`);
  return page;
}

/** The page itself never scrolls sideways: anything wide scrolls inside its own box. */
async function expectNoSidewaysScroll(page: Page): Promise<void> {
  const { scrollWidth, innerWidth } = await page.evaluate(() => ({ scrollWidth: document.documentElement.scrollWidth, innerWidth: window.innerWidth }));
  expect(scrollWidth, `${page.url()} is ${scrollWidth}px wide on a ${innerWidth}px screen`).toBeLessThanOrEqual(innerWidth);
}

/** A dialog fits the screen: nothing in it is cut off at the right. */
async function expectDialogFits(dialog: Locator): Promise<void> {
  const box = await dialog.boundingBox();
  expect(box!.x).toBeGreaterThanOrEqual(0);
  expect(box!.x + box!.width).toBeLessThanOrEqual(PHONE.width);
  expect(await dialog.evaluate((element) => element.scrollWidth <= element.clientWidth)).toBe(true);
}

async function saveScreenshot(page: Page, name: string, fullPage = true): Promise<void> {
  mkdirSync(docsScreenshots, { recursive: true });
  await page.screenshot({ path: resolve(docsScreenshots, `${name}.png`), fullPage });
}

/** Opens a work-order action, lets `fill` complete its dialog, and confirms with the same label. */
async function act(page: Page, action: string, fill?: (dialog: Locator) => Promise<void>): Promise<void> {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await expectDialogFits(dialog);
  await fill?.(dialog);
  await dialog.getByRole('button', { name: action, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

function status(page: Page): Locator {
  return page.getByRole('group', { name: '派工单概况' });
}

describe('a partner on a phone (390×844)', () => {
  it('finds the center’s work orders through the navigation drawer, and completes a visit: arrival, fee with a part, sign-off', async () => {
    const page = await openPhone('/');
    await signIn(page, 'partner');
    await page.getByRole('heading', { name: /您好/ }).waitFor();
    await expectNoSidewaysScroll(page);

    // The sidebar is a drawer behind the menu button; choosing a page closes it.
    const menu = page.getByRole('button', { name: '打开导航' });
    const navigation = page.getByRole('navigation', { name: '主导航' });
    await expect.poll(() => navigation.isVisible()).toBe(false);
    await menu.click();
    await expect.poll(() => page.getByRole('button', { name: '关闭导航' }).getAttribute('aria-expanded')).toBe('true');
    await navigation.getByRole('link', { name: '派工单' }).click();
    await page.getByRole('heading', { name: '派工单' }).waitFor();
    await expect.poll(() => navigation.isVisible()).toBe(false);
    expect(await menu.getAttribute('aria-expanded')).toBe('false');

    // The list: one card per work order, only this center's.
    const orders = page.getByRole('table', { name: '派工单' });
    const dispatched = orders.getByRole('row', { name: /福州宏达机械厂/ });
    await dispatched.waitFor();
    expect(await orders.getByRole('row', { name: /厦门/ }).count()).toBe(0);
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'partner-work-orders-phone');

    await dispatched.getByRole('link', { name: /^WO-/ }).click();
    await page.getByRole('heading', { name: /^WO-\d{4}-\d{6}$/ }).waitFor();
    await status(page).getByText('已派工').waitFor();
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'partner-work-order-phone', false);

    // The technician is there.
    await act(page, '登记到达');
    await status(page).getByText('已到达').waitFor();
    await expectNoSidewaysScroll(page);

    // A paid service: the fee is shown before the work, with the part the repair uses.
    await act(page, '出示收费标准', async (dialog) => {
      await dialog.getByLabel(/^工时/).fill('1.5');
      await dialog.getByRole('button', { name: '添加配件' }).click();
      const line = dialog.getByRole('group', { name: '配件第 1 行' });
      const part = line.getByLabel(/^配件/);
      const firstPart = await part.locator('option:not([value=""])').first().getAttribute('value');
      await part.selectOption(firstPart!);
      await line.getByLabel(/^数量/).fill('1');
      await dialog.getByRole('status', { name: '费用预览' }).getByText(/合计/).waitFor();
      await expectDialogFits(dialog);
    });
    await page.getByText(/已于 .+ 向客户出示/).waitFor();
    await expectNoSidewaysScroll(page);

    // Fixed on site; the customer signs the voucher.
    await act(page, '完工', async (dialog) => {
      await dialog.getByLabel(/^维修结果/).selectOption({ label: '现场修复' });
      await dialog.getByLabel(/^客户签字/).fill('王厂长');
    });
    await status(page).getByText('已完工').waitFor();
    await page.getByText('王厂长').first().waitFor();
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'partner-work-order-completed-phone');
  });

  it('asks for warranty parts from a work order and follows the requisition’s status', async () => {
    const page = await openPhone('/work-orders');
    await signIn(page, 'partner');
    const orders = page.getByRole('table', { name: '派工单' });
    const inWarranty = orders.getByRole('row', { name: /闽侯农场/ }).first();
    await inWarranty.waitFor();
    await inWarranty.getByRole('link', { name: /^WO-/ }).click();
    await page.getByRole('heading', { name: /^WO-\d{4}-\d{6}$/ }).waitFor();

    await page.getByRole('link', { name: '申请三包配件' }).click();
    const form = page.getByRole('form', { name: '填写三包配件领用单' });
    await form.waitFor();
    await expectNoSidewaysScroll(page);
    const line = form.getByRole('group', { name: '第 1 行' });
    const part = line.getByLabel(/^配件/);
    const firstPart = await part.locator('option:not([value=""])').first().getAttribute('value');
    await part.selectOption(firstPart!);
    await line.getByLabel(/^数量/).fill('1');
    await expectNoSidewaysScroll(page);
    await form.getByRole('button', { name: '保存草稿' }).click();

    const heading = page.getByRole('heading', { name: /LY-\d{4}-\d{6}/ });
    await heading.waitFor();
    await page.getByText('草稿').first().waitFor();
    await expectNoSidewaysScroll(page);
    await act(page, '提交审批');
    await page.getByText('待审批').first().waitFor();
    await expectNoSidewaysScroll(page);
    await saveScreenshot(page, 'partner-requisition-phone');

    // The requisitions list shows it waiting for approval.
    const code = (await heading.textContent())!.match(/LY-\d{4}-\d{6}/)![0];
    await page.getByRole('button', { name: '打开导航' }).click();
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '三包配件' }).click();
    const requisition = page.getByRole('row', { name: new RegExp(code) });
    await requisition.waitFor();
    await requisition.getByText('待审批').waitFor();
    await expectNoSidewaysScroll(page);
  });
});
