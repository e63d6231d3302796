import type { TFunction } from 'i18next';
import type { WarrantyCheck } from './complaint-queries';

/**
 * A known unit recorded without a purchase date has no proof of purchase (DOMAIN §2): the form
 * asks for the date the customer states and says what it decides, with the category's 三包 months
 * (head office's setting). Null for any other unit, whose purchase date field needs no such words.
 */
export function statedPurchaseDateText(t: TFunction, check: WarrantyCheck | null): { hint: string; required: string } | null {
  const unit = check?.productUnit;
  if (!unit || unit.purchaseDate) return null;
  const months = unit.model.category.warrantyMonths;
  return { hint: t('complaints.form.statedPurchaseDateHint', { months }), required: t('complaints.form.statedPurchaseDateRequired', { months }) };
}
