import { afterEach, describe, expect, it } from 'vitest';
import { writeSession } from '../session/session-storage';
import { credentialFor, readRememberedKey, rememberKey } from './credentials';

const KEY = 'ask_demoFZ01keys_only-in-the-demo-data-for-the-api-explorer1';

afterEach(() => localStorage.clear());

describe("the explorer's credential", () => {
  it('keeps the key in the browser only when the user asks to remember it', () => {
    rememberKey(KEY, false);
    expect(readRememberedKey()).toBe('');
    rememberKey(KEY, true);
    expect(readRememberedKey()).toBe(KEY);
    // Unticking "remember" and using the key again forgets it.
    rememberKey(KEY, false);
    expect(readRememberedKey()).toBe('');
  });

  it('is the key typed in, else the admin sign-in of this browser, else nothing', () => {
    expect(credentialFor('  ')).toEqual({ kind: 'NONE' });
    writeSession({ token: 'session-token', expiresAt: new Date(Date.now() + 3_600_000).toISOString() });
    expect(credentialFor('')).toEqual({ kind: 'ADMIN_SESSION', token: 'session-token' });
    expect(credentialFor(` ${KEY} `)).toEqual({ kind: 'API_KEY', token: KEY });
  });
});
