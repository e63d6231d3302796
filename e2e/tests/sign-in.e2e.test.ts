import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { launchBrowser, openPage, screenshot, signIn } from './browser.js';

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(() => browser?.close());

describe('signing in to the admin app', () => {
  it('an administrator signs in, sees the dashboard in Chinese, switches to English and signs out', async () => {
    const page = await openPage(browser);
    await signIn(page, 'admin');
    await page.getByText('王管理，您好').waitFor();

    const nav = page.getByRole('navigation', { name: '主导航' });
    for (const area of ['投诉', '维修中心', '三包配件', '技术员考核', '设置']) {
      expect(await nav.getByRole('link', { name: area }).isVisible()).toBe(true);
    }
    await screenshot(page, 'dashboard-admin-zh');

    await page.getByLabel('语言').selectOption('en');
    await page.getByRole('navigation', { name: 'Main navigation' }).getByRole('link', { name: 'Complaints' }).waitFor();

    await page.reload();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).click();
    await page.getByLabel('Username').waitFor();
    expect(await page.evaluate(() => localStorage.getItem('aftersales.session'))).toBeNull();
  });

  it('a partner sees its own repair center only and no reference-data settings', async () => {
    const page = await openPage(browser);
    await signIn(page, 'partner');
    await page.getByText('鼓楼维修中心，您好').waitFor();

    await page.getByRole('navigation', { name: '主导航' }).getByRole('link', { name: '维修中心' }).click();
    const table = page.getByRole('table');
    await table.getByText('FZ-01').waitFor();
    expect(await table.getByText('XM-01').count()).toBe(0);

    await page.goto(page.url().replace(/\/[^/]*$/, '/settings/regions'));
    expect(await page.getByRole('button', { name: '新建地区' }).count()).toBe(0);
    await screenshot(page, 'partner-settings');
  });

  it('a wrong password shows the reason on the sign-in page, in the reader’s language', async () => {
    const page = await openPage(browser);
    await signIn(page, 'admin', 'wrong-password');
    // The API answers in the language the app asks for: Chinese by default, English after switching.
    await page.getByRole('alert').getByText('用户名或密码错误。').waitFor();
    await page.getByRole('combobox', { name: '语言' }).selectOption('en');
    await page.getByLabel('Password').fill('still-wrong');
    await page.getByRole('button', { name: 'Sign in' }).click();
    await page.getByRole('alert').getByText('Wrong username or password.').waitFor();
  });
});
