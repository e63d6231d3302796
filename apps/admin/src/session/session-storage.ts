/** Where the signed-in session lives between reloads. */
export const SESSION_STORAGE_KEY = 'aftersales.session';

export interface StoredSession {
  token: string;
  expiresAt: string;
}

function isStoredSession(value: unknown): value is StoredSession {
  if (!value || typeof value !== 'object') return false;
  const candidate = value as Record<string, unknown>;
  return typeof candidate['token'] === 'string' && typeof candidate['expiresAt'] === 'string';
}

/** The stored session, or `null` when there is none, it is malformed or it has expired. */
export function readSession(now: Date = new Date()): StoredSession | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(localStorage.getItem(SESSION_STORAGE_KEY) ?? 'null');
  } catch {
    parsed = null;
  }
  if (!isStoredSession(parsed)) return null;
  const expiresAt = Date.parse(parsed.expiresAt);
  if (Number.isNaN(expiresAt) || expiresAt <= now.getTime()) {
    clearSession();
    return null;
  }
  return parsed;
}

export function writeSession(session: StoredSession): void {
  localStorage.setItem(SESSION_STORAGE_KEY, JSON.stringify({ token: session.token, expiresAt: session.expiresAt }));
}

export function clearSession(): void {
  localStorage.removeItem(SESSION_STORAGE_KEY);
}
