import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'aftersales';
/** The claim holding the user's session version at sign-in (see `app_user.session_version`). */
const SESSION_VERSION = 'sv';

export interface SessionClaims {
  userId: string;
  /** A token whose version is older than the user's was issued before its sessions were ended. */
  sessionVersion: number;
}

export interface SessionTokens {
  issue(userId: string, sessionVersion: number): Promise<{ token: string; expiresAt: Date }>;
  /** The claims, or null for a token that is forged, expired, malformed or without expiry. */
  verify(token: string): Promise<SessionClaims | null>;
}

export function sessionTokens(secret: string, hours: number): SessionTokens {
  const key = new TextEncoder().encode(secret);
  return {
    async issue(userId, sessionVersion) {
      const expiresAt = new Date(Date.now() + hours * 3600_000);
      const token = await new SignJWT({ [SESSION_VERSION]: sessionVersion })
        .setProtectedHeader({ alg: 'HS256' })
        .setSubject(userId)
        .setIssuer(ISSUER)
        .setIssuedAt()
        .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
        .sign(key);
      return { token, expiresAt };
    },
    async verify(token) {
      try {
        // jose checks `exp` only when present: a signed token without one would never expire.
        const { payload } = await jwtVerify(token, key, {
          issuer: ISSUER,
          algorithms: ['HS256'],
          requiredClaims: ['sub', 'exp', SESSION_VERSION],
        });
        const sessionVersion = payload[SESSION_VERSION];
        if (!payload.sub || !Number.isSafeInteger(sessionVersion)) return null;
        return { userId: payload.sub, sessionVersion: sessionVersion as number };
      } catch {
        return null;
      }
    },
  };
}
