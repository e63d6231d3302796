import { describe, expect, it } from 'vitest';
import { addressPolicy, checkHost, isAllowedAddress } from './webhook-address-policy.js';

describe('the addresses a webhook may go to', () => {
  it.each([
    '10.0.0.1',
    '172.16.5.4',
    '192.168.1.1',
    '169.254.169.254',
    '100.64.0.1',
    '0.0.0.0',
    '224.0.0.251',
    '255.255.255.255',
    'fd00::1',
    'fe80::1',
    'ff02::1',
    '::',
    '::ffff:10.0.0.1',
    '::ffff:a9fe:a9fe',
    '64:ff9b::a9fe:a9fe',
  ])('refuses %s, loopback allowed or not', (address) => {
    expect(isAllowedAddress(address, { allowLoopback: true })).toBe(false);
    expect(isAllowedAddress(address, { allowLoopback: false })).toBe(false);
  });

  it.each(['127.0.0.1', '127.8.9.10', '::1', '::ffff:127.0.0.1'])('allows the loopback %s only when the setting does', (address) => {
    expect(isAllowedAddress(address, { allowLoopback: true })).toBe(true);
    expect(isAllowedAddress(address, { allowLoopback: false })).toBe(false);
  });

  it.each(['93.184.216.34', '8.8.8.8', '2606:4700:4700::1111', '172.32.0.1'])('allows the public %s', (address) => {
    expect(isAllowedAddress(address, { allowLoopback: false })).toBe(true);
  });

  it('refuses a name when any one of its addresses is refused, and says which', async () => {
    const lookup = async (name: string) =>
      name === 'mixed.partner.test'
        ? [{ address: '93.184.216.34', family: 4 }, { address: '192.168.0.5', family: 4 }]
        : [{ address: '93.184.216.34', family: 4 }];
    const policy = addressPolicy({ allowLoopback: false, lookup });
    expect(await checkHost('mixed.partner.test', policy)).toEqual({ allowed: false, address: '192.168.0.5' });
    expect(await checkHost('erp.partner.test', policy)).toEqual({ allowed: true, addresses: [{ address: '93.184.216.34', family: 4 }] });
    expect(await checkHost('10.0.0.1', policy)).toEqual({ allowed: false, address: '10.0.0.1' });
  });
});
