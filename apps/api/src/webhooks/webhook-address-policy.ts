import { lookup as systemLookup } from 'node:dns/promises';
import { BlockList, isIP } from 'node:net';
import type { DataSource } from 'typeorm';

export interface ResolvedAddress {
  address: string;
  family: number;
}

/**
 * Where webhooks may go. A webhook URL is chosen by the caller, and the API process POSTs to it
 * from inside the network: without this, an endpoint could reach the database, the cloud's
 * metadata service (169.254.169.254) or an internal admin page (SSRF).
 */
export interface WebhookAddressPolicy {
  /** Loopback (127.0.0.0/8, ::1) allowed: local testing and the demo; never in production. */
  allowLoopback: boolean;
  /** A name's addresses (every one, as dns.lookup `all: true`); tests inject their own resolution. */
  lookup: (hostname: string) => Promise<ResolvedAddress[]>;
}

export const systemAddressLookup = (hostname: string): Promise<ResolvedAddress[]> => systemLookup(hostname, { all: true, verbatim: true });

export function addressPolicy(settings: Partial<WebhookAddressPolicy> = {}): WebhookAddressPolicy {
  return { allowLoopback: settings.allowLoopback ?? false, lookup: settings.lookup ?? systemAddressLookup };
}

function blockList(ipv4: [string, number][], ipv6: [string, number][]): BlockList {
  const list = new BlockList();
  for (const [network, prefix] of ipv4) list.addSubnet(network, prefix, 'ipv4');
  for (const [network, prefix] of ipv6) list.addSubnet(network, prefix, 'ipv6');
  return list;
}

const LOOPBACK = blockList([['127.0.0.0', 8]], [['::1', 128]]);

/** Never a receiver's address. An IPv4-mapped IPv6 address (::ffff:10.0.0.1) is checked as its IPv4 address by BlockList. */
const NOT_PUBLIC = blockList(
  [
    ['0.0.0.0', 8], // unspecified, "this network"
    ['10.0.0.0', 8], // private
    ['100.64.0.0', 10], // carrier-grade NAT, shared
    ['169.254.0.0', 16], // link-local, the cloud metadata service
    ['172.16.0.0', 12], // private
    ['192.0.0.0', 24], // IETF protocol assignments
    ['192.168.0.0', 16], // private
    ['198.18.0.0', 15], // benchmarking
    ['224.0.0.0', 4], // multicast
    ['240.0.0.0', 4], // reserved, broadcast
  ],
  [
    ['::', 128], // unspecified
    ['64:ff9b::', 96], // NAT64: an IPv4 address behind a translator
    ['fc00::', 7], // unique local
    ['fe80::', 10], // link-local
    ['fec0::', 10], // site-local (deprecated)
    ['ff00::', 8], // multicast
  ],
);

/** Whether the policy lets a webhook go to this IP address. */
export function isAllowedAddress(address: string, policy: Pick<WebhookAddressPolicy, 'allowLoopback'>): boolean {
  const family = isIP(address) === 6 ? 'ipv6' : 'ipv4';
  if (LOOPBACK.check(address, family)) return policy.allowLoopback;
  return !NOT_PUBLIC.check(address, family);
}

/** The URL's host without IPv6 brackets. */
export const bareHostname = (url: URL) => url.hostname.replace(/^\[(.*)\]$/, '$1');

export type HostCheck =
  | { allowed: true; addresses: ResolvedAddress[] }
  | { allowed: false; address: string }
  | { allowed: 'unresolved'; error: string };

/**
 * Resolves a host once and checks every address it resolves to: one address not allowed refuses
 * the host (a name that mixes public and internal addresses is a rebinding attempt, not a
 * receiver). An IP literal is checked as it is.
 */
export async function checkHost(hostname: string, policy: WebhookAddressPolicy): Promise<HostCheck> {
  const family = isIP(hostname);
  let addresses: ResolvedAddress[];
  if (family) addresses = [{ address: hostname, family }];
  else {
    try {
      addresses = await policy.lookup(hostname);
    } catch (error) {
      return { allowed: 'unresolved', error: error instanceof Error ? error.message : String(error) };
    }
    if (addresses.length === 0) return { allowed: 'unresolved', error: `${hostname} has no address` };
  }
  const refused = addresses.find((resolved) => !isAllowedAddress(resolved.address, policy));
  return refused ? { allowed: false, address: refused.address } : { allowed: true, addresses };
}

/** The server's policy per database, registered by createServer (the endpoint service reaches it through its data source). */
const policies = new WeakMap<DataSource, WebhookAddressPolicy>();

export function registerAddressPolicy(dataSource: DataSource, policy: WebhookAddressPolicy): void {
  policies.set(dataSource, policy);
}

/** Unregistered (a server built without the setting): loopback refused, the production answer. */
export const addressPolicyOf = (dataSource: DataSource): WebhookAddressPolicy => policies.get(dataSource) ?? addressPolicy();
