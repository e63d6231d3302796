import { Webhook } from 'standardwebhooks';

export const RESPONSE_EXCERPT_BYTES = 1024;
export const DEFAULT_DELIVERY_TIMEOUT_MS = 10_000;

export interface AttemptOutcome {
  succeeded: boolean;
  httpStatus: number | null;
  latencyMs: number;
  responseExcerpt: string | null;
  error: string | null;
}

/** The first bytes of an answer, without reading (or waiting for) the rest of a large one. */
async function excerptOf(response: Response): Promise<string> {
  if (!response.body) return '';
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let length = 0;
  while (length < RESPONSE_EXCERPT_BYTES) {
    const { done, value } = await reader.read();
    if (done) break;
    chunks.push(value);
    length += value.length;
  }
  await reader.cancel().catch(() => {});
  return new TextDecoder().decode(Buffer.concat(chunks).subarray(0, RESPONSE_EXCERPT_BYTES));
}

/**
 * POSTs one signed delivery (Standard Webhooks: webhook-id, webhook-timestamp, webhook-signature,
 * HMAC-SHA256 over "id.timestamp.body"). Redirects are not followed: a signed event goes only to
 * the URL that was registered. Any answer but 2xx, and no answer within the timeout, is a failure.
 */
export async function sendSignedWebhook(
  request: { url: string; secret: string; messageId: string; body: string },
  timeoutMs = DEFAULT_DELIVERY_TIMEOUT_MS,
): Promise<AttemptOutcome> {
  const sentAt = new Date();
  const started = performance.now();
  const signature = new Webhook(request.secret).sign(request.messageId, sentAt, request.body);
  const latency = () => Math.round(performance.now() - started);
  try {
    const response = await fetch(request.url, {
      method: 'POST',
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
      headers: {
        'content-type': 'application/json',
        'user-agent': 'aftersales-webhooks/1',
        'webhook-id': request.messageId,
        'webhook-timestamp': String(Math.floor(sentAt.getTime() / 1000)),
        'webhook-signature': signature,
      },
      body: request.body,
    });
    const excerpt = await excerptOf(response).catch(() => '');
    const succeeded = response.status >= 200 && response.status < 300;
    const redirected = response.status >= 300 && response.status < 400;
    return {
      succeeded,
      httpStatus: response.status,
      latencyMs: latency(),
      responseExcerpt: excerpt,
      error: redirected ? `redirect to ${response.headers.get('location') ?? '(no location)'} not followed: register the final URL` : null,
    };
  } catch (error) {
    const timedOut = error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError');
    const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
    return {
      succeeded: false,
      httpStatus: null,
      latencyMs: latency(),
      responseExcerpt: null,
      error: timedOut ? `no answer within ${timeoutMs / 1000} s` : `${error instanceof Error ? error.message : String(error)}${cause}`.slice(0, RESPONSE_EXCERPT_BYTES),
    };
  }
}
