import { jwtVerify, SignJWT } from 'jose';

const ISSUER = 'aftersales';

export interface SessionTokens {
  issue(userId: string): Promise<{ token: string; expiresAt: Date }>;
  /** The user id, or null for a token that is forged, expired or malformed. */
  verify(token: string): Promise<string | null>;
}

export function sessionTokens(secret: string, hours: number): SessionTokens {
  const key = new TextEncoder().encode(secret);
  return {
    async issue(userId) {
      const expiresAt = new Date(Date.now() + hours * 3600_000);
      const token = await new SignJWT({})
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
        const { payload } = await jwtVerify(token, key, { issuer: ISSUER, algorithms: ['HS256'] });
        return payload.sub ?? null;
      } catch {
        return null;
      }
    },
  };
}
