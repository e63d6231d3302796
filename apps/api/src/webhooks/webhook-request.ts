import { request as httpRequest, type IncomingMessage } from 'node:http';
import { request as httpsRequest } from 'node:https';
import { isIP, type LookupFunction } from 'node:net';
import { Webhook } from 'standardwebhooks';
import { bareHostname, checkHost, isAllowedAddress, type WebhookAddressPolicy } from './webhook-address-policy.js';

export const RESPONSE_EXCERPT_BYTES = 1024;
export const DEFAULT_DELIVERY_TIMEOUT_MS = 10_000;

export interface AttemptOutcome {
  succeeded: boolean;
  httpStatus: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

/** Why a destination is refused, in the delivery log's words. */
class RefusedAddress extends Error {
  constructor(host: string, address: string) {
    super(`refused: ${host} resolves to ${address}, not a public internet address (private, loopback, link-local, unique-local, multicast or unspecified)`);
    this.name = 'RefusedAddress';
  }
}

/**
 * The socket's name resolution: the policy resolves the name once and checks every address, and
 * the socket connects to an address it returned, so nothing can resolve the name differently
 * between the check and the connection (DNS rebinding).
 */
function checkedLookup(policy: WebhookAddressPolicy): LookupFunction {
  return (hostname, options, callback) => {
    checkHost(hostname, policy).then(
      (checked) => {
        if (checked.allowed === true) {
          const addresses = checked.addresses.filter((resolved) => !options.family || resolved.family === options.family);
          if (options.all) callback(null, addresses);
          else if (addresses[0]) callback(null, addresses[0].address, addresses[0].family);
          else callback(Object.assign(new Error(`${hostname} has no IPv${options.family} address`), { code: 'ENOTFOUND' }), '', 0);
        } else if (checked.allowed === false) callback(new RefusedAddress(hostname, checked.address), '', 0);
        else callback(Object.assign(new Error(`${hostname} could not be resolved: ${checked.error}`), { code: 'ENOTFOUND' }), '', 0);
      },
      (error: Error) => callback(error, '', 0),
    );
  };
}

/** The first bytes of an answer, without reading (or waiting for) the rest of a large one. */
function excerptOf(response: IncomingMessage): Promise<string> {
  return new Promise((resolve) => {
    const chunks: Buffer[] = [];
    let length = 0;
    const done = () => resolve(new TextDecoder().decode(Buffer.concat(chunks).subarray(0, RESPONSE_EXCERPT_BYTES)));
    response.on('data', (chunk: Buffer) => {
      chunks.push(chunk);
      length += chunk.length;
      if (length >= RESPONSE_EXCERPT_BYTES) {
        response.destroy();
        done();
      }
    });
    response.on('end', done);
    response.on('error', done);
    response.on('close', done);
  });
}

interface Answer {
  status: number;
  location: string | undefined;
  excerpt: string;
}

/** One POST, no redirect followed, no connection reused (each attempt resolves and checks afresh). */
function post(url: URL, headers: Record<string, string>, body: string, policy: WebhookAddressPolicy, signal: AbortSignal): Promise<Answer> {
  const host = bareHostname(url);
  // An IP literal never reaches the socket's lookup, so it is checked here.
  if (isIP(host) && !isAllowedAddress(host, policy)) return Promise.reject(new RefusedAddress(host, host));
  return new Promise<Answer>((resolve, reject) => {
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const request = send(
      url,
      { method: 'POST', headers: { ...headers, 'content-length': String(Buffer.byteLength(body)) }, lookup: checkedLookup(policy), agent: false, signal },
      (response) => {
        excerptOf(response).then((excerpt) => resolve({ status: response.statusCode ?? 0, location: response.headers.location, excerpt }));
      },
    );
    request.on('error', reject);
    request.end(body);
  });
}

/**
 * POSTs one signed delivery (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature,
 * HMAC-SHA256 over "id.timestamp.body") to an address the policy allows. Redirects are not
 * followed: a signed event goes only to the URL that was registered. Any answer but 2xx, and no
 * answer within the timeout, is a failure.
 */
export async function sendSignedWebhook(
  request: { url: string; secret: string; messageId: string; body: string },
  policy: WebhookAddressPolicy,
  timeoutMs = DEFAULT_DELIVERY_TIMEOUT_MS,
): Promise<AttemptOutcome> {
  const sentAt = new Date();
  const started = performance.now();
  const signature = new Webhook(request.secret).sign(request.messageId, sentAt, request.body);
  const latency = () => Math.round(performance.now() - started);
  try {
    const headers = {
      'content-type': 'application/json',
      'user-agent': 'aftersales-webhooks/1',
      'webhook-id': request.messageId,
      'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
      'webhook-signature': signature,
    };
    const answer = await post(new URL(request.url), headers, request.body, policy, AbortSignal.timeout(timeoutMs));
    const succeeded = answer.status >= 200 && answer.status < 300;
    const redirected = answer.status >= 300 && answer.status < 400;
    return {
      succeeded,
      httpStatus: answer.status,
      latencyMs: latency(),
      responseExcerpt: answer.excerpt,
      error: redirected ? `redirect to ${answer.location ?? '(no location)'} not followed: register the final URL` : null,
    };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    return {
      succeeded: false,
      httpStatus: null,
      latencyMs: latency(),
      responseExcerpt: null,
      error: timedOut ? `no answer within ${timeoutMs / 1000} s` : (error instanceof Error ? error.message : String(error)).slice(0, RESPONSE_EXCERPT_BYTES),
    };
  }
}
