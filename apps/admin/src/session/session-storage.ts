import type { Viewer } from '../graphql/types';

/** Where the signed-in session lives between reloads. */
export const SESSION_STORAGE_KEY = 'aftersales.session';
/**
 * Who signed in, as the API last said: a reload draws the app for them at once and asks `me` in
 * parallel with the page's own queries. Only what to draw: the API checks every request's token.
 */
export const VIEWER_STORAGE_KEY = 'aftersales.viewer';

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
  localStorage.removeItem(VIEWER_STORAGE_KEY);
}

/** The viewer the API last answered for this session; `null` when none is stored or it is malformed. */
export function readViewer(): Viewer | null {
  let parsed: unknown;
  try {
    parsed = JSON.parse(localStorage.getItem(VIEWER_STORAGE_KEY) ?? 'null');
  } catch {
    return null;
  }
  if (!parsed || typeof parsed !== 'object') return null;
  const candidate = parsed as Record<string, unknown>;
  return typeof candidate['role'] === 'string' && Array.isArray(candidate['permissions']) && 'repairCenter' in candidate ? (parsed as Viewer) : null;
}

export function writeViewer(viewer: Viewer): void {
  localStorage.setItem(VIEWER_STORAGE_KEY, JSON.stringify(viewer));
}
