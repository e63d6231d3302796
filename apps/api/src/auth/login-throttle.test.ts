import { describe, expect, it } from 'vitest';
import { inEnglish } from '@aftersales/domain';
import { addressGroup, describeWait } from './login-throttle.js';

describe('addressGroup', () => {
  it('keeps an IPv4 address, also when it arrives IPv4-mapped', () => {
    expect(addressGroup('203.0.113.7')).toBe('203.0.113.7');
    expect(addressGroup('::ffff:203.0.113.7')).toBe('203.0.113.7');
  });

  it('reduces every IPv6 address of one /64 to the same key, however it is written', () => {
    const key = '2001:db8:0:a::/64';
    expect(addressGroup('2001:db8:0:a::1')).toBe(key);
    expect(addressGroup('2001:0DB8:0000:000A:ffff:ffff:ffff:ffff')).toBe(key);
    expect(addressGroup('2001:db8::a:0:0:0:1')).toBe(key);
    expect(addressGroup('2001:db8:0:b::1')).not.toBe(key);
    expect(addressGroup('::1')).toBe('0:0:0:0::/64');
  });

  it('counts a caller without a known address under one key rather than none', () => {
    expect(addressGroup('')).toBe('unknown');
  });
});

describe('describeWait', () => {
  it('says minutes up to an hour and a half, then hours', () => {
    expect(inEnglish(describeWait(30))).toBe('1 minute');
    expect(inEnglish(describeWait(900))).toBe('15 minutes');
    expect(inEnglish(describeWait(899))).toBe('15 minutes');
    expect(inEnglish(describeWait(90 * 60))).toBe('90 minutes');
    expect(inEnglish(describeWait(86_400))).toBe('24 hours');
  });
});
