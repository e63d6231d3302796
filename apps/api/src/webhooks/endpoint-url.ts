import type { Message } from '@aftersales/domain';
import { msg } from '../i18n/message.js';

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
