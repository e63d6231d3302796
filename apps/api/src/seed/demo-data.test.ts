import { addDays, compareLocalDates, DEFAULT_BUSINESS_CALENDAR, evaluateWarranty, isWorkingDay, type WarrantyStatus } from '@aftersales/domain';
import { describe, expect, it } from 'vitest';
import { parseApiKey } from '../api-keys/api-key-secret.js';
import { demoApiKey, demoCalendarDays, demoCategories, demoModels, demoUnits, demoWorkOrders } from './demo-data.js';

const calendar = {
  ...DEFAULT_BUSINESS_CALENDAR,
  holidays: demoCalendarDays.filter((day) => day.kind === 'HOLIDAY').map((day) => day.date),
  makeUpWorkdays: demoCalendarDays.filter((day) => day.kind === 'WORKDAY').map((day) => day.date),
};

/** The calendar day of the demo's oldest call, counted in working days back as the loader does. */
function oldestCallOn(today: string): string {
  const workingDaysBack = Math.max(...demoWorkOrders().map((order) => order.called.workingDaysAgo ?? 0));
  let date = today;
  for (let counted = 0; counted < workingDaysBack; ) {
    date = addDays(date, -1);
    if (isWorkingDay(date, calendar)) counted++;
  }
  return date;
}

function statusOf(unit: ReturnType<typeof demoUnits>[number], reportedOn: string, component?: string): WarrantyStatus {
  const category = demoCategories.find((c) => c.code === demoModels.find((m) => m.code === unit.model)!.category)!;
  return evaluateWarranty({ ...unit, reportedOn, warrantyMonths: category.warrantyMonths, componentWarranties: category.componentWarranties, component }).status;
}

// Loaded today, across National Day (the demo calendar's holidays), on a leap day, years on.
const LOAD_DAYS = ['2026-11-23', '2026-10-20', '2028-02-29', '2031-06-30', '2040-01-01'];

describe('the demo units', () => {
  it.each(LOAD_DAYS)('tell the same warranty story from the oldest demo call to the day the demo is loaded on %s', (today) => {
    const units = new Map(demoUnits(today).map((unit) => [unit.serialNumber, unit]));
    for (const day of [oldestCallOn(today), today]) {
      expect({
        motor: statusOf(units.get('M2025-000101')!, day),
        statorWinding: statusOf(units.get('M2025-000101')!, day, '定子绕组'),
        oldMotor: statusOf(units.get('M2024-000877')!, day),
        oldMotorWinding: statusOf(units.get('M2024-000877')!, day, '定子绕组'),
        generator: statusOf(units.get('G2026-000012')!, day),
        pump: statusOf(units.get('P2026-000455')!, day),
        chair: statusOf(units.get('F2025-003310')!, day),
      }, day).toEqual({
        motor: 'EXPIRED',
        statorWinding: 'IN_WARRANTY',
        oldMotor: 'EXPIRED',
        oldMotorWinding: 'EXPIRED',
        generator: 'IN_WARRANTY',
        pump: 'IN_WARRANTY',
        chair: 'NO_PROOF',
      });
    }
  });

  it.each(LOAD_DAYS)('were made before they were bought, and bought before the demo’s calls on them (loaded on %s)', (today) => {
    const oldestCall = oldestCallOn(today);
    for (const unit of demoUnits(today)) {
      expect(compareLocalDates(unit.factoryDate, unit.purchaseDate ?? today), unit.serialNumber).toBeLessThan(0);
      if (unit.purchaseDate) expect(compareLocalDates(unit.purchaseDate, oldestCall), unit.serialNumber).toBeLessThan(0);
    }
  });
});

describe('the demo API key', () => {
  it('is a well-formed key (the API would refuse it otherwise)', () => {
    expect(parseApiKey(demoApiKey.key)).not.toBeNull();
  });
});
