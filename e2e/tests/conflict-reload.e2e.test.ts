import type { Browser, Locator, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, signIn } from './browser.js';
import { fillComplaintForm } from './complaint-form.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

async function registerComplaint(page: Page): Promise<void> {
  const form = await fillComplaintForm(page, {
    customerName: '并发修改客户',
    phone: '13900000001',
    address: '福州市鼓楼区测试路 9 号',
    mainFault: '输出电压不稳',
    customerRequest: '尽快处理',
  });
  await form.getByRole('button', { name: '登记', exact: true }).click();
  await page.getByRole('heading', { name: /TS-\d{4}-\d{6}/ }).waitFor();
}

async function fillReroute(dialog: Locator, department: string, reason: string): Promise<void> {
  await dialog.getByLabel(/^转派至/).selectOption(department);
  await dialog.getByLabel(/^转派原因/).fill(reason);
}

describe('two people changing the same record in the admin app', () => {
  it('refuses the later change, reloads the record in the open dialog and then accepts the resend', async () => {
    const first = await openPage(browser, '/complaints/new');
    await signIn(first, 'cs_agent');
    await registerComplaint(first);
    const path = new URL(first.url()).pathname;

    const second = await openPage(browser, path);
    await signIn(second, 'cs_agent');
    await second.getByRole('heading', { name: /TS-\d{4}-\d{6}/ }).waitFor();

    // The first agent starts a re-route; meanwhile the second re-routes the complaint elsewhere.
    await first.getByRole('button', { name: '转派', exact: true }).click();
    const dialog = first.getByRole('dialog');
    await fillReroute(dialog, 'QUALITY', '涉及同批次质量问题');
    await second.getByRole('button', { name: '转派', exact: true }).click();
    const otherDialog = second.getByRole('dialog');
    await fillReroute(otherDialog, 'MARKETING', '客户反映销售承诺未兑现');
    await otherDialog.getByRole('button', { name: '转派', exact: true }).click();
    await otherDialog.waitFor({ state: 'detached' });

    await dialog.getByRole('button', { name: '转派', exact: true }).click();
    const conflict = dialog.getByRole('alert');
    await conflict.getByText('投诉已被他人修改', { exact: true }).waitFor();
    await screenshot(first, 'complaint-reroute-conflict');
    await conflict.getByRole('button', { name: '重新加载' }).click();
    await conflict.waitFor({ state: 'detached' });
    // What the agent typed is kept; the resend carries the version just loaded.
    expect(await dialog.getByLabel(/^转派原因/).inputValue()).toBe('涉及同批次质量问题');
    await dialog.getByRole('button', { name: '转派', exact: true }).click();
    await dialog.waitFor({ state: 'detached' });

    await expect.poll(() => first.getByRole('row', { name: /转派/ }).count()).toBe(2);
    await first.getByText('品管部').first().waitFor();
  });
});
