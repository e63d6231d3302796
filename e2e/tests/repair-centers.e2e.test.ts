import type { Browser, Locator } from 'playwright-core';
import { afterAll, beforeAll, describe, it } from 'vitest';
import { launchBrowser, openPage, screenshot, signIn } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const isoDate = (offsetDays: number) => new Date(Date.now() + offsetDays * 86_400_000).toISOString().slice(0, 10);

async function fillScores(dialog: Locator, scores: [number, number, number]) {
  const items = ['质量鉴定水平', '实际操作能力', '服务态度'];
  for (const [index, item] of items.entries()) {
    await dialog.getByLabel(new RegExp(`^${item}`)).first().fill(String(scores[index]));
  }
}

describe('authorized repair centers in the admin app', () => {
  it('head office creates a center, adds a technician, issues a rectification and clears it', async () => {
    const page = await openPage(browser, '/repair-centers');
    await signIn(page, 'cs_manager');

    await page.getByRole('button', { name: '新建维修中心' }).click();
    const form = page.getByRole('dialog', { name: '新建特约维修中心' });
    await form.getByLabel(/^编码/).fill('E2E-01');
    await form.getByLabel(/^名称/).fill('端到端测试维修中心');
    await form.getByLabel(/^地区/).selectOption({ label: 'FZ · 福州地区' });
    await form.getByLabel(/^地址/).fill('福州市测试路 1 号');
    await form.getByLabel(/^联系人/).fill('测试员');
    await form.getByLabel(/^电话/).fill('0591-12345678');
    await form.getByLabel(/^合作协议编号/).fill('SQ-E2E-01');
    await form.getByLabel(/^有效期起/).fill(isoDate(-1));
    await form.getByLabel(/^有效期止/).fill(isoDate(365));
    await form.getByLabel('电动机').check();
    await form.getByRole('button', { name: '保存' }).click();

    await page.getByRole('link', { name: '端到端测试维修中心' }).click();
    await page.getByRole('heading', { name: '端到端测试维修中心' }).waitFor();

    await page.getByRole('button', { name: '新建技术员' }).click();
    const technician = page.getByRole('dialog', { name: '新建技术员' });
    await technician.getByLabel(/^编号/).fill('E2E-T01');
    await technician.getByLabel(/^姓名/).fill('端到端师傅');
    await technician.getByLabel(/^电话/).fill('13800000099');
    await technician.getByLabel(/^资格证书编号/).fill('ZG-E2E-1');
    await technician.getByLabel(/^资格证书到期日/).fill(isoDate(200));
    await technician.getByLabel('电动机').check();
    await technician.getByRole('button', { name: '保存' }).click();
    const staff = page.getByRole('table', { name: '端到端测试维修中心 的技术员' });
    await staff.getByText('端到端师傅').waitFor();
    await staff.getByText('可派工', { exact: true }).waitFor();

    await page.getByRole('button', { name: '登记考核' }).click();
    let dialog = page.getByRole('dialog', { name: '登记考核：端到端测试维修中心' });
    await fillScores(dialog, [85, 40, 90]);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText(/限期整改至/).waitFor();
    await screenshot(page, 'assessment-failed');
    await dialog.getByRole('button', { name: '完成' }).click();
    await page.getByText('限期整改', { exact: true }).first().waitFor();
    await page.getByText('不能接收新派工和配件').waitFor();

    await page.getByRole('button', { name: '登记考核' }).click();
    dialog = page.getByRole('dialog', { name: '登记考核：端到端测试维修中心' });
    await dialog.getByLabel(/^考核类型/).selectOption('FOLLOW_UP');
    await fillScores(dialog, [85, 80, 90]);
    await dialog.getByRole('button', { name: '保存' }).click();
    await dialog.getByText('考核合格').waitFor();
    await dialog.getByRole('button', { name: '完成' }).click();
    await page.getByText('可以接收新派工和配件').waitFor();
    await screenshot(page, 'repair-center-detail');
  });
});
