import type { CombinedError } from 'urql';

/**
 * How long `login` asks to wait after too many failed sign-ins (TOO_MANY_REQUESTS with
 * `extensions.retryAfterSeconds`), or null when it refused for another reason.
 */
export function retryAfterSeconds(error: CombinedError | null | undefined): number | null {
  const throttled = error?.graphQLErrors.find((graphQLError) => graphQLError.extensions?.['code'] === 'TOO_MANY_REQUESTS');
  if (!throttled) return null;
  const seconds = Number(throttled.extensions['retryAfterSeconds']);
  return Number.isFinite(seconds) && seconds > 0 ? seconds : 60;
}

/** "in 15 minutes" / "15分钟后": minutes up to an hour and a half, then hours, as the API words it. */
export function formatRetryAfter(seconds: number, language: string): string {
  const minutes = Math.ceil(seconds / 60);
  const format = new Intl.RelativeTimeFormat(language, { numeric: 'always' });
  return minutes <= 90 ? format.format(minutes, 'minute') : format.format(Math.ceil(minutes / 60), 'hour');
}
