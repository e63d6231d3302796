import { describe, expect, it } from 'vitest';
import { hasPermission, ROLES } from '../roles.js';
import { inboxKindsFor, INBOX_ITEM_KINDS } from './inbox.js';

describe('inboxKindsFor', () => {
  it('gives every kind to some role and no role a kind twice', () => {
    const given = new Set(ROLES.flatMap((role) => inboxKindsFor(role)));
    expect([...given].sort()).toEqual([...INBOX_ITEM_KINDS].sort());
    for (const role of ROLES) expect(new Set(inboxKindsFor(role)).size).toBe(inboxKindsFor(role).length);
  });

  it('gives signing to those who approve requisitions, shipping to commerce, publishing to HR', () => {
    for (const role of ROLES) {
      expect(inboxKindsFor(role).includes('REQUISITIONS_TO_SIGN')).toBe(hasPermission(role, 'parts.approve') && role !== 'ADMIN');
    }
    expect(inboxKindsFor('COMMERCE')).toEqual(['REQUISITIONS_TO_SHIP', 'REQUISITIONS_BACKORDERED']);
    expect(inboxKindsFor('HR')).toEqual(['SCORES_TO_PUBLISH']);
    expect(inboxKindsFor('ADMIN')).toEqual([]);
    for (const role of ROLES) {
      expect(inboxKindsFor(role).includes('CONTRACT_NOTICES_DUE')).toBe(hasPermission(role, 'contracts.manage') && role !== 'ADMIN');
    }
  });
});
