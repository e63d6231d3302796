import { compareLocalDates, isLocalDate } from './dates.js';
import type { FieldErrors } from './errors.js';
import { msg } from './messages/index.js';

/** LOCAL is the head-office area (e.g. 福州地区); the zone sets approvals and return periods. */
export const REGION_ZONES = ['LOCAL', 'REMOTE', 'SPECIAL'] as const;
export type RegionZone = (typeof REGION_ZONES)[number];

export const AREA_TYPES = ['URBAN', 'SUBURBAN'] as const;
export type AreaType = (typeof AREA_TYPES)[number];

/** ABC inventory class of a part (000 §6): A the few costly parts watched most closely. */
export const ABC_CLASSES = ['A', 'B', 'C'] as const;
export type AbcClass = (typeof ABC_CLASSES)[number];

/** A business-calendar exception: a HOLIDAY off a working weekday, or a WORKDAY on a weekend (调休). */
export const CALENDAR_DAY_KINDS = ['HOLIDAY', 'WORKDAY'] as const;
export type CalendarDayKind = (typeof CALENDAR_DAY_KINDS)[number];

export const REPAIR_CENTER_STATUSES = ['ACTIVE', 'RECTIFYING', 'SUSPENDED', 'REVOKED', 'EXPIRED'] as const;
export type RepairCenterStatus = (typeof REPAIR_CENTER_STATUSES)[number];

/** A component whose warranty period differs from its category's (000 §5). */
export interface ComponentWarranty {
  component: string;
  months: number;
}

/** Default 三包期 in months (004 §4.6, 002); head office may change them per category. */
export const DEFAULT_WARRANTY_MONTHS = {
  /** 电动机 */
  MOTOR: 12,
  /** 发电机 */
  GENERATOR: 12,
  /** 水泵 */
  PUMP: 6,
  /** 家具 */
  FURNITURE: 24,
} as const;

export const MIN_WARRANTY_MONTHS = 1;
export const MAX_WARRANTY_MONTHS = 120;

/** Component names match regardless of case and surrounding spaces. */
export function normalizeComponentName(name: string): string {
  return name.trim().toLowerCase();
}

function isWarrantyMonths(months: unknown): boolean {
  return Number.isInteger(months) && (months as number) >= MIN_WARRANTY_MONTHS && (months as number) <= MAX_WARRANTY_MONTHS;
}

const MONTHS_MESSAGE = msg('common.enterWholeNumberMonthsMinwarrantymonths', { minWarrantyMonths: MIN_WARRANTY_MONTHS, maxWarrantyMonths: MAX_WARRANTY_MONTHS });

export function validateProductCategoryRules(input: {
  warrantyMonths: number;
  componentWarranties: ComponentWarranty[];
}): FieldErrors {
  const errors: FieldErrors = {};
  if (!isWarrantyMonths(input.warrantyMonths)) errors.warrantyMonths = MONTHS_MESSAGE;

  const firstIndexByName = new Map<string, number>();
  (input.componentWarranties ?? []).forEach((entry, index) => {
    const name = typeof entry?.component === 'string' ? normalizeComponentName(entry.component) : '';
    if (name === '') {
      errors[`componentWarranties.${index}.component`] = msg('common.enterComponentName');
    } else if (firstIndexByName.has(name)) {
      errors[`componentWarranties.${index}.component`] =
        msg('common.componentAlreadyListedRowGet', { component: entry.component.trim(), get: (firstIndexByName.get(name) ?? 0) + 1 });
    } else {
      firstIndexByName.set(name, index);
    }
    if (!isWarrantyMonths(entry?.months)) errors[`componentWarranties.${index}.months`] = MONTHS_MESSAGE;
  });
  return errors;
}

export function validateProductUnitDates(input: {
  factoryDate?: string | null;
  purchaseDate?: string | null;
}): FieldErrors {
  const errors: FieldErrors = {};
  const { factoryDate, purchaseDate } = input;
  const dateMessage = msg('common.enterRealCalendarDateYyyy2');
  const factoryValid = factoryDate != null && isLocalDate(factoryDate);
  const purchaseValid = purchaseDate != null && isLocalDate(purchaseDate);
  if (factoryDate != null && !factoryValid) errors.factoryDate = dateMessage;
  if (purchaseDate != null && !purchaseValid) errors.purchaseDate = dateMessage;
  if (factoryValid && purchaseValid && compareLocalDates(purchaseDate, factoryDate) < 0) {
    errors.purchaseDate = msg('common.unitBoughtBeforeLeftFactory', { factoryDate });
  }
  return errors;
}
