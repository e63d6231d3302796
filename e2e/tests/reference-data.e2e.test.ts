import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, openPage, screenshot, signIn } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('reference data in the admin app', () => {
  it('an administrator adds a region and finds the change in the audit log', async () => {
    const page = await openPage(browser, '/settings/regions');
    await signIn(page, 'admin');
    await page.getByRole('table', { name: '地区' }).getByText('福州地区').waitFor();

    await page.getByRole('button', { name: '新建地区' }).click();
    const dialog = page.getByRole('dialog', { name: '新建地区' });
    await dialog.getByLabel(/^编码/).fill('ND');
    await dialog.getByLabel(/^名称/).fill('宁德地区');
    await dialog.getByLabel(/^区域类型/).selectOption('REMOTE');
    await dialog.getByRole('button', { name: '保存' }).click();
    await page.getByRole('table', { name: '地区' }).getByText('宁德地区').waitFor();

    await page.goto(page.url().replace('/settings/regions', '/settings/audit'));
    const newest = page.getByRole('table', { name: '操作日志' }).getByRole('row').nth(1);
    await newest.getByText('新建').waitFor();
    await newest.getByText('地区').waitFor();
    await screenshot(page, 'audit-log');
  });

  it('a duplicate code is reported beside the code field', async () => {
    const page = await openPage(browser, '/settings/regions');
    await signIn(page, 'admin');
    await page.getByRole('button', { name: '新建地区' }).click();
    const dialog = page.getByRole('dialog', { name: '新建地区' });
    await dialog.getByLabel(/^编码/).fill('FZ');
    await dialog.getByLabel(/^名称/).fill('重复');
    await dialog.getByLabel(/^区域类型/).selectOption('LOCAL');
    await dialog.getByRole('button', { name: '保存' }).click();
    // The API answers in the reader's language (Accept-Language from the app): Chinese here.
    await dialog.getByText('该编码的地区已存在。').first().waitFor();
    await screenshot(page, 'region-duplicate-code');
  });
});
