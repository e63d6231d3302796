import type { Message } from '@aftersales/domain';
import { msg } from '../i18n/message.js';
import { bareHostname, checkHost, type WebhookAddressPolicy } from './webhook-address-policy.js';

const LOOPBACK_HOSTS = new Set(['127.0.0.1', '[::1]', 'localhost']);
export const MAX_URL_LENGTH = 2000;

/**
 * Why a webhook URL is refused, or null when it is fine: https only (a signed payload still
 * travels in clear text over http), except http to this machine for local testing; no user name
 * or password in the URL (the receiver authenticates deliveries by their signature).
 */
export function endpointUrlProblem(raw: string): Message | null {
  const text = raw.trim();
  if (text.length > MAX_URL_LENGTH) return msg('apiWebhooks.urlTooLong', { max: MAX_URL_LENGTH });
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return msg('apiWebhooks.urlInvalid');
  }
  if (url.username || url.password) return msg('apiWebhooks.urlHasCredentials');
  if (url.protocol === 'https:') return null;
  if (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname)) return null;
  return msg('apiWebhooks.urlNotHttps');
}

/**
 * Why the URL's host is refused as a destination, or null: it is, or resolves now to, an address
 * the policy refuses. A name that does not resolve yet is accepted (it may go live later); every
 * delivery resolves and checks it again before connecting.
 */
export async function endpointAddressProblem(url: string, policy: WebhookAddressPolicy): Promise<Message | null> {
  const host = bareHostname(new URL(url));
  const checked = await checkHost(host, policy);
  return checked.allowed === false ? msg('apiWebhooks.urlAddressNotPublic', { host, address: checked.address }) : null;
}
