import type { Locator, Page } from 'playwright-core';

export interface ComplaintDetails {
  customerName: string;
  phone: string;
  address: string;
  mainFault: string;
  customerRequest: string;
}

/**
 * Fills 登记投诉 for a phone complaint about the demo's GF-50 generator (G2026-000012, in
 * warranty) in the Fuzhou region, waiting for the form's instant 在保 feedback. Answers the form.
 */
export async function fillComplaintForm(page: Page, details: ComplaintDetails): Promise<Locator> {
  const form = page.getByRole('form', { name: '登记投诉' });
  await form.getByLabel(/^渠道/).selectOption('PHONE');
  await form.getByLabel(/^地区/).selectOption({ label: 'FZ · 福州地区' });
  await form.getByLabel(/^客户姓名/).fill(details.customerName);
  await form.getByLabel(/^联系电话/).fill(details.phone);
  await form.getByLabel(/^详细地址/).fill(details.address);
  await form.getByLabel(/^出厂编号/).fill('G2026-000012');
  await form.getByText('在保').first().waitFor();
  await form.getByLabel(/^主要故障/).fill(details.mainFault);
  await form.getByLabel(/^客户要求/).fill(details.customerRequest);
  await form.getByLabel(/^投诉主题/).selectOption('PRODUCT_QUALITY');
  return form;
}
