import ExcelJS from 'exceljs';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, signIn } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

const scoreTable = (page: Page) => page.getByRole('table', { name: '技术员月度考核' });

/**
 * The technician codes in the score table, sorted, once it shows `count` rows all in `status`:
 * after a filter changes, the rows of the previous filter (or the loading row) may still show
 * for a moment, so the rows are read and checked together, until they are the ones asked for.
 */
async function technicianCodes(page: Page, count: number, status: string): Promise<string[]> {
  const rows = scoreTable(page).locator('tbody tr');
  let codes: string[] = [];
  await expect
    .poll(
      async () => {
        const texts = await rows.evaluateAll((cells) => cells.map((row) => row.textContent ?? ''));
        codes = texts.map((text) => /([A-Z]{2}-T\d{2})/.exec(text)?.[1] ?? text).sort();
        return texts.length === count && texts.every((text) => text.includes(status));
      },
      { timeout: 15_000 },
    )
    .toBe(true);
  return codes;
}

describe("HR's monthly technician scores in the admin app", () => {
  it('filters the month, publishes the submitted scores and exports a valid XLSX', async () => {
    // The demo has last month's scores computed, four of them entered by the supervisor and submitted.
    const page = await openPage(browser, '/scores');
    await signIn(page, 'hr');
    await page.getByRole('heading', { name: '技术员月度考核' }).waitFor();

    await page.getByLabel('状态').selectOption('SUBMITTED');
    expect(await technicianCodes(page, 4, '已提交')).toEqual(['FZ-T01', 'HQ-T01', 'HQ-T02', 'XM-T01']);

    await page.getByRole('button', { name: '发布', exact: true }).click();
    const dialog = page.getByRole('alertdialog');
    await dialog.getByText(/将发布 \d{4}-\d{2} 的 4 条已提交考核/).waitFor();
    await dialog.getByRole('button', { name: '确认发布' }).click();
    await page.getByText('已发布 4 条。').waitFor();

    await page.getByLabel('状态').selectOption('PUBLISHED');
    expect(await technicianCodes(page, 4, '已发布')).toEqual(['FZ-T01', 'HQ-T01', 'HQ-T02', 'XM-T01']);
    await screenshot(page, 'scores-published');

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: '导出 XLSX' }).click()]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(await download.path());
    const sheet = workbook.worksheets[0]!;
    const headers = (sheet.getRow(1).values as unknown[]).filter(Boolean);
    expect(headers).toEqual(expect.arrayContaining(['技术员编号', '总分', '等级', '状态']));
    const codeColumn = headers.indexOf('技术员编号') + 1;
    const exported = [2, 3, 4, 5].map((row) => String(sheet.getRow(row).getCell(codeColumn).value)).sort();
    expect(exported).toEqual(['FZ-T01', 'HQ-T01', 'HQ-T02', 'XM-T01']);
    expect(sheet.rowCount).toBe(5);
  });
});
