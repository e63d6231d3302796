import { createContext, useCallback, useContext, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { Provider as UrqlProvider, type CombinedError } from 'urql';
import { createApiClient } from '../graphql/client';
import { hasErrorCode } from '../graphql/error-mapper';
import type { LoginPayload, Viewer } from '../graphql/types';
import { ME_QUERY } from './queries';
import { clearSession, readSession, readViewer, writeSession, writeViewer } from './session-storage';

/** Why there is no session: never signed in, signed out on purpose, or rejected by the API. */
export type SignedOutReason = 'none' | 'signed-out' | 'expired';

export type SessionState =
  | { status: 'checking' }
  | { status: 'signed-out'; reason: SignedOutReason }
  | { status: 'signed-in'; viewer: Viewer }
  | { status: 'unavailable'; error: CombinedError };

interface SessionContextValue {
  state: SessionState;
  signIn: (payload: LoginPayload) => void;
  signOut: () => void;
  /** Asks the API for `me` again (after it could not be reached). */
  recheck: () => void;
  /** The network boundary, for requests outside GraphQL (file exports). */
  fetch: typeof fetch;
}

const SessionContext = createContext<SessionContextValue | null>(null);

export interface SessionProviderProps {
  children: ReactNode;
  url?: string;
  /** Injected by tests: the network boundary. */
  fetch?: typeof fetch;
}

/** Signed in at once when the viewer is remembered with the session; checking with `me` otherwise. */
function initialState(): SessionState {
  if (!readSession()) return { status: 'signed-out', reason: 'none' };
  const viewer = readViewer();
  return viewer ? { status: 'signed-in', viewer } : { status: 'checking' };
}

/**
 * Owns the session and the urql client. Signing out (or the API rejecting the token) replaces the
 * client, so nothing one user loaded stays in the cache for the next one.
 */
export function SessionProvider({ children, url, fetch }: SessionProviderProps) {
  const [state, setState] = useState<SessionState>(initialState);
  // A session drawn from the remembered viewer is still asked about once (`me`), beside the page.
  const [confirmed, setConfirmed] = useState(false);
  const [generation, setGeneration] = useState(0);
  const stateRef = useRef(state);
  stateRef.current = state;

  const end = useCallback((reason: SignedOutReason) => {
    clearSession();
    if (stateRef.current.status === 'signed-out') return;
    setState({ status: 'signed-out', reason });
    setGeneration((current) => current + 1);
  }, []);
  const signOut = useCallback(() => end('signed-out'), [end]);
  const expire = useCallback(() => end('expired'), [end]);

  const client = useMemo(() => createApiClient({ url, fetch, onUnauthenticated: expire }), [url, fetch, expire, generation]);

  const signIn = useCallback((payload: LoginPayload) => {
    writeSession({ token: payload.token, expiresAt: payload.expiresAt });
    writeViewer(payload.viewer);
    setConfirmed(true);
    setState({ status: 'signed-in', viewer: payload.viewer });
  }, []);

  const recheck = useCallback(() => setState(readSession() ? { status: 'checking' } : { status: 'signed-out', reason: 'none' }), []);

  const remembered = state.status === 'signed-in' && !confirmed;
  useEffect(() => {
    if (state.status !== 'checking' && !remembered) return;
    let cancelled = false;
    void client
      .query(ME_QUERY, {}, { requestPolicy: 'network-only' })
      .toPromise()
      .then((result) => {
        if (cancelled) return;
        setConfirmed(true);
        if (result.data?.me) {
          writeViewer(result.data.me);
          setState({ status: 'signed-in', viewer: result.data.me });
        } else if (result.error && !hasErrorCode(result.error, 'UNAUTHENTICATED')) {
          // Already drawn from the remembered viewer: the page's own queries say what is wrong.
          if (!remembered) setState({ status: 'unavailable', error: result.error });
        } else expire();
      });
    return () => {
      cancelled = true;
    };
  }, [client, state.status, remembered, expire]);

  const apiFetch = useMemo<typeof globalThis.fetch>(() => fetch ?? ((input, init) => globalThis.fetch(input, init)), [fetch]);
  const value = useMemo(() => ({ state, signIn, signOut, recheck, fetch: apiFetch }), [state, signIn, signOut, recheck, apiFetch]);
  return (
    <SessionContext.Provider value={value}>
      <UrqlProvider value={client}>{children}</UrqlProvider>
    </SessionContext.Provider>
  );
}

export function useSession(): SessionContextValue {
  const value = useContext(SessionContext);
  if (!value) throw new Error('useSession must be used inside <SessionProvider>');
  return value;
}

/** The signed-in viewer; only for pages behind <RequireSession>. */
export function useViewer(): Viewer {
  const { state } = useSession();
  if (state.status !== 'signed-in') throw new Error('useViewer needs a signed-in session');
  return state.viewer;
}
