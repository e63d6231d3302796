import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, openPage, screenshot, signIn } from './browser.js';
import { fillComplaintForm } from './complaint-form.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

/** Clicks an action on the detail page and confirms its dialog with the given button. */
async function act(page: Page, action: string, confirm = action, fill?: (dialog: ReturnType<Page['getByRole']>) => Promise<void>) {
  await page.getByRole('button', { name: action, exact: true }).click();
  const dialog = page.getByRole('dialog');
  await fill?.(dialog);
  await dialog.getByRole('button', { name: confirm, exact: true }).click();
  await dialog.waitFor({ state: 'detached' });
}

describe('customer quality complaints in the admin app', () => {
  it('registers a complaint with instant warranty feedback and walks it to CLOSED', async () => {
    const page = await openPage(browser, '/complaints/new');
    await signIn(page, 'admin');

    const form = await fillComplaintForm(page, {
      customerName: '端到端客户',
      phone: '13900000000',
      address: '福州市鼓楼区测试路 8 号',
      mainFault: '发电机无法启动',
      customerRequest: '上门维修',
    });
    await screenshot(page, 'complaint-registration');
    await form.getByRole('button', { name: '登记', exact: true }).click();

    await page.getByRole('heading', { name: /TS-\d{4}-\d{6}/ }).waitFor();
    await act(page, '确认已响应客户');
    await act(page, '开始调查');
    await act(page, '记录调查结果', '保存', async (dialog) => {
      await dialog.getByLabel(/^故障原因/).selectOption('MANUFACTURING');
      await dialog.getByLabel(/^直接损失/).fill('800');
      await dialog.getByLabel(/^责任明确/).check();
    });
    await act(page, '划分责任', '保存', async (dialog) => {
      await dialog.getByRole('button', { name: '按原因建议' }).click();
      await dialog.getByText('合计 100%').waitFor();
    });
    await act(page, '认定责任');
    await act(page, '处理方式', '保存', async (dialog) => {
      await dialog.getByLabel(/^处理方式/).selectOption('REPAIR');
    });
    await act(page, '开始处理');
    await act(page, '处理完毕');
    await act(page, '回访结案');
    await page.getByText('已结案').first().waitFor();
    await screenshot(page, 'complaint-closed');
  });

  it('shows this month’s quality report with its chart, and the 退赔换 ledger', async () => {
    // The business month, in Asia/Shanghai like the app.
    const month = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);
    const page = await openPage(browser, `/complaints/quality-report?month=${month}`);
    await signIn(page, 'cs_manager');
    await page.getByRole('img', { name: /按型号/ }).first().waitFor();
    await screenshot(page, 'quality-report');
    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '退赔换台帐' }).click();
    await page.getByRole('button', { name: '导出 Excel' }).waitFor();
  });
});
