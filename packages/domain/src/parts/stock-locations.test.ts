import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import { centerIdOf, centerLocation, isStockLocation, mayUseStockLocation, STOCK_LOCATION_KINDS, type StockLocation, stockLocationKind } from './index.js';

describe('stock locations', () => {
  it.each(['FACTORY', 'HEAD_OFFICE', 'CENTER:FZ-01', 'CENTER:3f2c9a1e-7b1d-4c55-9d0e-2a9b8c7d6e5f'])('accepts %s', (location) => {
    expect(isStockLocation(location)).toBe(true);
  });

  it.each(['factory', 'CENTER:', 'CENTER: FZ-01', 'CENTER:FZ 01', 'CENTER:a:b', 'WAREHOUSE', '', null, 7])('rejects %j', (location) => {
    expect(isStockLocation(location)).toBe(false);
  });

  it('builds and reads center locations', () => {
    expect(STOCK_LOCATION_KINDS).toEqual(['FACTORY', 'HEAD_OFFICE', 'CENTER']);
    expect(centerLocation('FZ-01')).toBe('CENTER:FZ-01');
    expect(centerIdOf('CENTER:FZ-01')).toBe('FZ-01');
    expect(centerIdOf('HEAD_OFFICE')).toBeNull();
    expect(stockLocationKind('CENTER:FZ-01')).toBe('CENTER');
    expect(stockLocationKind('FACTORY')).toBe('FACTORY');
  });

  it('refuses a bad center id or location', () => {
    expect(errorOf(() => centerLocation(' ')).fieldErrors).toEqual({ centerId: expect.any(String) });
    expect(errorOf(() => stockLocationKind('SHOP' as StockLocation)).fieldErrors).toEqual({ location: expect.any(String) });
  });

  it('lets head office use every location and a partner only its own center', () => {
    const headOffice = { role: 'COMMERCE', repairCenterId: null };
    const partner = { role: 'PARTNER', repairCenterId: 'FZ-01' };
    const locations: StockLocation[] = ['FACTORY', 'HEAD_OFFICE', 'CENTER:FZ-01', 'CENTER:XM-01'];
    expect(locations.filter((location) => mayUseStockLocation(headOffice, location))).toEqual(locations);
    expect(locations.filter((location) => mayUseStockLocation(partner, location))).toEqual(['CENTER:FZ-01']);
    expect(mayUseStockLocation({ role: 'PARTNER', repairCenterId: null }, 'CENTER:FZ-01')).toBe(false);
  });
});
