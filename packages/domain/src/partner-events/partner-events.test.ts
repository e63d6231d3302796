import { describe, expect, it } from 'vitest';
import { isPartnerEventType, PARTNER_EVENT_LABELS, PARTNER_EVENT_TYPES } from './partner-events.js';

describe('partner event types', () => {
  it('are named <record>.<past tense>, each once, each with a Chinese and an English label', () => {
    expect(new Set(PARTNER_EVENT_TYPES).size).toBe(PARTNER_EVENT_TYPES.length);
    for (const type of PARTNER_EVENT_TYPES) {
      expect(type).toMatch(/^[a-z_]+\.[a-z_]+$/);
      expect(PARTNER_EVENT_LABELS[type].zh).not.toBe('');
      expect(PARTNER_EVENT_LABELS[type].en).not.toBe('');
    }
  });

  it('tells an event type from any other string', () => {
    expect(isPartnerEventType('work_order.dispatched')).toBe(true);
    expect(isPartnerEventType('work_order.deleted')).toBe(false);
    expect(isPartnerEventType(null)).toBe(false);
  });
});
