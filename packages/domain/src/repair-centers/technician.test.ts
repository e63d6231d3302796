import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  assertCanDispatch,
  canDispatch,
  type DispatchCandidate,
  dispatchBlocks,
  isCertificateValid,
  validateTechnicianCertificate,
} from './technician.js';
import { english } from '../test-support/english.js';

const today = '2026-03-10';
const centerStaff: DispatchCandidate = {
  active: true,
  certificateNumber: 'JS-2024-0018',
  certificateExpiresOn: '2026-12-31',
  centerStatus: 'ACTIVE',
};

describe('isCertificateValid', () => {
  it('holds through the expiry date and not after', () => {
    expect(isCertificateValid(centerStaff, today)).toBe(true);
    expect(isCertificateValid({ ...centerStaff, certificateExpiresOn: today }, today)).toBe(true);
    expect(isCertificateValid({ ...centerStaff, certificateExpiresOn: '2026-03-09' }, today)).toBe(false);
  });

  it('needs both a number and an expiry date', () => {
    expect(isCertificateValid({ ...centerStaff, certificateNumber: null }, today)).toBe(false);
    expect(isCertificateValid({ ...centerStaff, certificateNumber: '   ' }, today)).toBe(false);
    expect(isCertificateValid({ ...centerStaff, certificateExpiresOn: null }, today)).toBe(false);
  });

  it('rejects invalid dates instead of guessing', () => {
    expect(() => isCertificateValid({ ...centerStaff, certificateExpiresOn: '2026-02-30' }, today)).toThrow(DomainError);
    expect(() => isCertificateValid(centerStaff, '10/03/2026')).toThrow(DomainError);
  });
});

describe('validateTechnicianCertificate', () => {
  it('accepts both parts or neither', () => {
    expect(validateTechnicianCertificate(centerStaff)).toEqual({});
    expect(validateTechnicianCertificate({ certificateNumber: null, certificateExpiresOn: null })).toEqual({});
    expect(validateTechnicianCertificate({ certificateNumber: ' ', certificateExpiresOn: null })).toEqual({});
  });

  it('asks for the missing part', () => {
    expect(english(validateTechnicianCertificate({ certificateNumber: 'JS-1', certificateExpiresOn: null }))).toEqual({
      certificateExpiresOn: expect.stringMatching(/expires/),
    });
    expect(english(validateTechnicianCertificate({ certificateNumber: null, certificateExpiresOn: '2026-12-31' }))).toEqual({
      certificateNumber: expect.any(String),
    });
  });

  it('reports an invalid expiry date', () => {
    expect(english(validateTechnicianCertificate({ certificateNumber: 'JS-1', certificateExpiresOn: '2026-02-30' }))).toEqual({
      certificateExpiresOn: expect.stringMatching(/YYYY-MM-DD/),
    });
  });
});

describe('dispatchBlocks', () => {
  it('clears an active, certified technician of an ACTIVE center', () => {
    expect(dispatchBlocks(centerStaff, today)).toEqual([]);
    expect(canDispatch(centerStaff, today)).toBe(true);
  });

  it('does not check a center for head-office staff', () => {
    expect(dispatchBlocks({ ...centerStaff, centerStatus: null }, today)).toEqual([]);
  });

  it.each(['RECTIFYING', 'SUSPENDED', 'REVOKED', 'EXPIRED'] as const)('blocks staff of a %s center', (centerStatus) => {
    expect(dispatchBlocks({ ...centerStaff, centerStatus }, today)).toEqual(['CENTER_NOT_ACTIVE']);
  });

  it('tells a missing certificate from an expired one', () => {
    expect(dispatchBlocks({ ...centerStaff, certificateNumber: null }, today)).toEqual(['NO_CERTIFICATE']);
    expect(dispatchBlocks({ ...centerStaff, certificateExpiresOn: null }, today)).toEqual(['NO_CERTIFICATE']);
    expect(dispatchBlocks({ ...centerStaff, certificateExpiresOn: '2026-03-09' }, today)).toEqual(['CERTIFICATE_EXPIRED']);
  });

  it('lists every reason at once', () => {
    const blocked = { active: false, certificateNumber: 'JS-1', certificateExpiresOn: '2025-12-31', centerStatus: 'SUSPENDED' } as const;
    expect(dispatchBlocks(blocked, today)).toEqual(['INACTIVE', 'CERTIFICATE_EXPIRED', 'CENTER_NOT_ACTIVE']);
    expect(canDispatch(blocked, today)).toBe(false);
  });
});

describe('assertCanDispatch', () => {
  it('passes a dispatchable technician', () => {
    expect(() => assertCanDispatch(centerStaff, today)).not.toThrow();
  });

  it('explains every reason in plain words', () => {
    try {
      assertCanDispatch({ active: false, certificateNumber: 'JS-1', certificateExpiresOn: '2025-12-31', centerStatus: 'EXPIRED' }, today);
      expect.unreachable();
    } catch (error) {
      expect(error).toBeInstanceOf(DomainError);
      const domainError = error as DomainError;
      expect(domainError.code).toBe('CONFLICT');
      expect(english(domainError.message)).toBe(
        'This technician cannot be dispatched: the technician is marked inactive; ' +
          'the qualification certificate expired on 2025-12-31; ' +
          "the technician's repair center is EXPIRED, and only an ACTIVE center takes work.",
      );
      expect(domainError.details).toEqual({ blocks: ['INACTIVE', 'CERTIFICATE_EXPIRED', 'CENTER_NOT_ACTIVE'] });
    }
  });

  it('names a missing certificate', () => {
    expect(() => assertCanDispatch({ ...centerStaff, certificateNumber: null, centerStatus: null }, today)).toThrow(
      /no qualification certificate/,
    );
  });
});
