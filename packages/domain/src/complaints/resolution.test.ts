import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import { assertValidResolution, RESOLUTION_KINDS, type ResolutionInput, validateResolution } from './resolution.js';
import { english } from '../test-support/english.js';

const quality: ResolutionInput = { kind: 'REPAIR', serviceType: 'FREE', cause: 'MANUFACTURING' };

describe('validateResolution', () => {
  it('accepts every kind for a quality fault', () => {
    expect(RESOLUTION_KINDS).toEqual(['REPAIR', 'EXCHANGE', 'REFUND', 'COMPENSATE', 'NONE']);
    for (const kind of ['REPAIR', 'EXCHANGE', 'REFUND', 'NONE'] as const) {
      expect(validateResolution({ ...quality, kind })).toEqual({});
    }
    expect(validateResolution({ ...quality, kind: 'COMPENSATE', compensation: 150_000 })).toEqual({});
  });

  it('needs a positive whole amount for COMPENSATE', () => {
    for (const compensation of [undefined, null, 0, -100, 99.5]) {
      expect(english(validateResolution({ ...quality, kind: 'COMPENSATE', compensation }))).toEqual({
        compensation: expect.stringMatching(/more than 0/),
      });
    }
    expect(validateResolution({ ...quality, kind: 'COMPENSATE', compensation: 1 })).toEqual({});
  });

  it('refuses an amount on another kind, but tolerates 0 from an empty form field', () => {
    expect(english(validateResolution({ ...quality, kind: 'EXCHANGE', compensation: 5_000 }))).toEqual({ compensation: expect.any(String) });
    expect(validateResolution({ ...quality, kind: 'EXCHANGE', compensation: 0 })).toEqual({});
  });

  it('gives a non-quality fault a paid repair or nothing', () => {
    for (const cause of ['CUSTOMER_MISUSE', 'OTHER_CUSTOMER'] as const) {
      expect(validateResolution({ kind: 'REPAIR', serviceType: 'PAID', cause })).toEqual({});
      expect(validateResolution({ kind: 'REPAIR', serviceType: 'CONTRACT', cause })).toEqual({});
      expect(validateResolution({ kind: 'NONE', serviceType: 'PAID', cause })).toEqual({});
    }
  });

  it('refuses anything free for a non-quality fault, naming the field', () => {
    expect(english(validateResolution({ kind: 'REPAIR', serviceType: 'FREE', cause: 'CUSTOMER_MISUSE' }))).toEqual({
      serviceType: expect.stringMatching(/CUSTOMER_MISUSE fault is not a quality fault/),
    });
    for (const kind of ['EXCHANGE', 'REFUND'] as const) {
      expect(english(validateResolution({ kind, serviceType: 'PAID', cause: 'OTHER_CUSTOMER' }))).toEqual({
        kind: expect.stringMatching(new RegExp(`does not ${kind.toLowerCase()}`)),
      });
    }
    expect(english(validateResolution({ kind: 'COMPENSATE', compensation: 10_000, serviceType: 'FREE', cause: 'CUSTOMER_MISUSE' }))).toEqual({
      kind: expect.any(String),
      serviceType: expect.any(String),
    });
  });

  it('refuses a quality-fault resolution without an appraised cause or with unknown values', () => {
    expect(english(validateResolution({ kind: 'LOAN' as 'NONE', serviceType: 'GRATIS' as 'FREE', cause: null as unknown as 'DESIGN' }))).toEqual({
      kind: expect.any(String),
      serviceType: expect.any(String),
      cause: expect.stringMatching(/Appraise/),
    });
  });
});

describe('assertValidResolution', () => {
  it('throws INVALID_INPUT with the fields', () => {
    expect(() => assertValidResolution(quality)).not.toThrow();
    try {
      assertValidResolution({ kind: 'REFUND', serviceType: 'PAID', cause: 'CUSTOMER_MISUSE' });
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      expect((error as DomainError).code).toBe('INVALID_INPUT');
      expect((error as DomainError).fieldErrors).toEqual({ kind: expect.any(String) });
    }
  });
});
