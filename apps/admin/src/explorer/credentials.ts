import { readSession } from '../session/session-storage';

/** Where a remembered API key is kept: only when the user ticks "remember". */
export const REMEMBERED_KEY_STORAGE = 'aftersales.explorer.apiKey';

export function readRememberedKey(): string {
  return localStorage.getItem(REMEMBERED_KEY_STORAGE) ?? '';
}

/** Keeps the key for the next visit, or forgets any kept one. */
export function rememberKey(key: string, remember: boolean): void {
  if (remember && key) localStorage.setItem(REMEMBERED_KEY_STORAGE, key);
  else localStorage.removeItem(REMEMBERED_KEY_STORAGE);
}

export type Credential = { kind: 'API_KEY'; token: string } | { kind: 'ADMIN_SESSION'; token: string } | { kind: 'NONE' };

/**
 * What the explorer's requests are sent with: the key typed in, else the admin app's sign-in in
 * this browser (the admin keeps a bearer token in localStorage, not a cookie), else nothing.
 */
export function credentialFor(key: string): Credential {
  const trimmed = key.trim();
  if (trimmed) return { kind: 'API_KEY', token: trimmed };
  const session = readSession();
  return session ? { kind: 'ADMIN_SESSION', token: session.token } : { kind: 'NONE' };
}
