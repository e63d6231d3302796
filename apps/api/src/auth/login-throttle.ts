import { keyedGraphQLError } from '../common/app-error.js';
import type { Message } from '@aftersales/domain';
import { GraphQLError } from 'graphql';
import { isIPv6 } from 'node:net';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import type { DataSource } from 'typeorm';
import type { ErrorCode } from '../common/app-error.js';
import { msg } from '../i18n/message.js';

/** How many wrong passwords `login` takes before it stops listening for a while. */
export interface LoginThrottleLimits {
  /** Failed sign-ins for one username from one address (within the window) before that pair is blocked. */
  accountFailures: number;
  accountWindowMinutes: number;
  accountBlockMinutes: number;
  /** Failed sign-ins from one address across all usernames (within the window) before the address is blocked. */
  addressFailures: number;
  addressWindowMinutes: number;
  addressBlockMinutes: number;
}

export const DEFAULT_LOGIN_THROTTLE: LoginThrottleLimits = {
  accountFailures: 5,
  accountWindowMinutes: 15,
  accountBlockMinutes: 15,
  // Generous, because a partner's whole workshop may sign in from one address, yet far too few
  // for trying one password on many usernames.
  addressFailures: 100,
  addressWindowMinutes: 24 * 60,
  addressBlockMinutes: 24 * 60,
};

/** Created by migration 1764300000002; the library never runs DDL (`tableCreated: true`). */
export const LOGIN_THROTTLE_TABLE = 'login_throttle';

export interface LoginAttempt {
  /** The password was right: the pair starts over and the address gets its attempt back. */
  succeeded(): Promise<void>;
}

export interface LoginThrottle {
  /**
   * Counts a sign-in attempt before the password is checked, so parallel guesses cannot slip past
   * the limit; refuses with TOO_MANY_REQUESTS while the pair or the address is blocked.
   */
  attempt(username: string, clientAddress: string): Promise<LoginAttempt>;
}

/**
 * Counters live in PostgreSQL so every API process and a restart see the same blocks. They run
 * on the pool as autocommit statements, outside the request's transaction: a failed sign-in must
 * count even though the request ends in an error.
 */
export function createLoginThrottle(dataSource: DataSource, limits: LoginThrottleLimits = DEFAULT_LOGIN_THROTTLE): LoginThrottle {
  const limiter = (keyPrefix: string, failures: number, windowMinutes: number, blockMinutes: number) =>
    new RateLimiterPostgres({
      storeClient: dataSource,
      storeType: 'typeorm',
      tableName: LOGIN_THROTTLE_TABLE,
      tableCreated: true,
      keyPrefix,
      points: failures,
      duration: windowMinutes * 60,
      blockDuration: blockMinutes * 60,
    });
  const perAccount = limiter('login_fail_account', limits.accountFailures, limits.accountWindowMinutes, limits.accountBlockMinutes);
  const perAddress = limiter('login_fail_address', limits.addressFailures, limits.addressWindowMinutes, limits.addressBlockMinutes);

  return {
    async attempt(username, clientAddress) {
      const address = addressGroup(clientAddress);
      // Unknown usernames are keyed the same way, so a block says nothing about who has an account.
      const accountKey = `${address}|${username.trim().toLowerCase().slice(0, 160)}`;
      const [account, fromAddress] = await Promise.allSettled([perAccount.consume(accountKey), perAddress.consume(address)]);
      const blocks = [
        blockOf(account, msg('apiAuth.tooManyFailedSignIns')),
        blockOf(fromAddress, msg('apiAuth.tooManyFailedSignIns2')),
      ].filter((block) => block !== null);
      if (blocks.length > 0) {
        // No password was checked, so the counter that did not refuse gets its attempt back: a
        // person retrying a blocked account must not use up their office's daily allowance.
        await Promise.all([
          account.status === 'fulfilled' ? perAccount.reward(accountKey, 1) : null,
          fromAddress.status === 'fulfilled' ? perAddress.reward(address, 1) : null,
        ]);
        const longest = blocks.reduce((a, b) => (b.msBeforeNext > a.msBeforeNext ? b : a));
        throw tooManyRequests(longest.reason, longest.msBeforeNext);
      }
      return {
        async succeeded() {
          await Promise.all([perAccount.delete(accountKey), perAddress.reward(address, 1)]);
        },
      };
    },
  };
}

function blockOf(outcome: PromiseSettledResult<RateLimiterRes>, reason: Message): { reason: Message; msBeforeNext: number } | null {
  if (outcome.status === 'fulfilled') return null;
  // The library rejects with its result when over the limit, and with an Error when the store failed.
  if (outcome.reason instanceof RateLimiterRes) return { reason, msBeforeNext: outcome.reason.msBeforeNext };
  throw outcome.reason;
}

function tooManyRequests(reason: Message, msBeforeNext: number): GraphQLError {
  const code: ErrorCode = 'TOO_MANY_REQUESTS';
  const retryAfterSeconds = Math.max(1, Math.ceil(msBeforeNext / 1000));
  return keyedGraphQLError(msg('apiAuth.reasonTryAgainDescribewait', { reason, describeWait: describeWait(retryAfterSeconds) }), {
    extensions: { code, retryAfterSeconds },
  });
}

export function describeWait(seconds: number): Message {
  const minutes = Math.ceil(seconds / 60);
  if (minutes <= 90) return minutes === 1 ? msg('apiAuth.n1Minute') : msg('apiAuth.minutesMinutes', { minutes });
  return msg('apiAuth.minutesHours', { minutes: Math.ceil(minutes / 60) });
}

/**
 * The address a counter is kept for. One IPv6 customer usually holds a whole /64, so counting
 * single IPv6 addresses would let a guesser rotate through them; IPv4-mapped addresses are IPv4.
 */
export function addressGroup(address: string): string {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(address);
  if (mapped) return mapped[1]!;
  if (!isIPv6(address)) return address || 'unknown';
  const [head = '', tail] = address.toLowerCase().split('::');
  const headGroups = head ? head.split(':') : [];
  const tailGroups = tail ? tail.split(':') : [];
  // A dotted IPv4 tail (`64:ff9b::192.0.2.1`) fills two groups.
  const width = (groups: string[]) => groups.reduce((sum, group) => sum + (group.includes('.') ? 2 : 1), 0);
  const missing = tail === undefined ? 0 : 8 - width(headGroups) - width(tailGroups);
  const groups = [...headGroups, ...Array<string>(missing).fill('0'), ...tailGroups];
  return `${groups.slice(0, 4).map((group) => group.replace(/^0+(?=.)/, '')).join(':')}::/64`;
}
