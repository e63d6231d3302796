import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors.js';
import {
  COMPLAINT_SUBJECTS,
  type ComplaintSubject,
  DEFAULT_COMPLAINT_ROUTES,
  HANDLING_DEPARTMENTS,
  routeComplaint,
  validateComplaintRoutes,
  validateRoutingOverride,
} from './routing.js';
import { english } from '../test-support/english.js';

describe('routeComplaint', () => {
  it('routes by subject as 000 §3 does', () => {
    expect(COMPLAINT_SUBJECTS.map((subject) => routeComplaint(subject))).toEqual([
      'TECHNICAL',
      'WAREHOUSE_TRANSPORT',
      'MARKETING',
      'DEALER_LIAISON',
    ]);
  });

  it('uses a configured table', () => {
    expect(routeComplaint('PRODUCT_QUALITY', { ...DEFAULT_COMPLAINT_ROUTES, PRODUCT_QUALITY: 'QUALITY' })).toBe('QUALITY');
  });

  it('rejects an unknown subject and a broken table', () => {
    expect(() => routeComplaint('PRICE' as ComplaintSubject)).toThrow(DomainError);
    expect(() => routeComplaint('DEALER', { ...DEFAULT_COMPLAINT_ROUTES, DEALER: 'NOBODY' as 'MARKETING' })).toThrow(/routing settings/);
  });
});

describe('validateComplaintRoutes', () => {
  it('accepts the defaults and reports bad rows by subject', () => {
    expect(validateComplaintRoutes(DEFAULT_COMPLAINT_ROUTES)).toEqual({});
    expect(english(validateComplaintRoutes({ ...DEFAULT_COMPLAINT_ROUTES, PACKAGING: 'x' as 'MARKETING' }))).toEqual({
      PACKAGING: expect.any(String),
    });
    expect(Object.keys(validateComplaintRoutes(null as unknown as typeof DEFAULT_COMPLAINT_ROUTES))).toEqual([...COMPLAINT_SUBJECTS]);
  });
});

describe('validateRoutingOverride', () => {
  it('needs no reason for the routed department', () => {
    expect(validateRoutingOverride({ subject: 'PACKAGING', department: 'WAREHOUSE_TRANSPORT', reason: null })).toEqual({});
  });

  it('needs a reason to send it elsewhere', () => {
    expect(english(validateRoutingOverride({ subject: 'PACKAGING', department: 'TECHNICAL', reason: '  ' }))).toEqual({
      reason: expect.stringMatching(/TECHNICAL rather than WAREHOUSE_TRANSPORT/),
    });
    expect(validateRoutingOverride({ subject: 'PACKAGING', department: 'TECHNICAL', reason: '包装内产品本身变形' })).toEqual({});
  });

  it('judges the override against the configured table', () => {
    const routes = { ...DEFAULT_COMPLAINT_ROUTES, PRODUCT_QUALITY: 'QUALITY' as const };
    expect(validateRoutingOverride({ subject: 'PRODUCT_QUALITY', department: 'QUALITY', reason: null }, routes)).toEqual({});
    expect(validateRoutingOverride({ subject: 'PRODUCT_QUALITY', department: 'TECHNICAL', reason: null }, routes)).toHaveProperty('reason');
  });

  it('reports an unknown subject or department', () => {
    expect(english(validateRoutingOverride({ subject: 'PRICE' as ComplaintSubject, department: 'LEGAL' as 'QUALITY', reason: 'x' }))).toEqual({
      subject: expect.any(String),
      department: expect.any(String),
    });
    expect(HANDLING_DEPARTMENTS).toContain('CUSTOMER_SERVICE');
  });
});
