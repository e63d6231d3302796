import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import type { DataSource } from 'typeorm';

/**
 * Signing secrets in the Standard Webhooks form (`whsec_` + base64 of 32 random bytes). The API
 * must sign with them, so they cannot be hashed like API keys; they are stored encrypted
 * (AES-256-GCM) with a key derived from SESSION_SECRET, so a copy of the database alone does not
 * give them away. Changing SESSION_SECRET therefore means rotating every endpoint's secret.
 */
export function generateSigningSecret(): string {
  return `whsec_${randomBytes(32).toString('base64')}`;
}

/** Enough to tell two secrets apart, far too little to sign with. */
export const secretHint = (secret: string) => `${secret.slice(0, 10)}…`;

export interface SecretBox {
  seal(secret: string): string;
  open(sealed: string): string;
}

export function secretBox(sessionSecret: string): SecretBox {
  const key = Buffer.from(hkdfSync('sha256', sessionSecret, 'aftersales', 'webhook signing secrets', 32));
  return {
    seal(secret) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const encrypted = Buffer.concat([cipher.update(secret, 'utf8'), cipher.final()]);
      return ['v1', iv.toString('base64'), cipher.getAuthTag().toString('base64'), encrypted.toString('base64')].join('.');
    },
    open(sealed) {
      const [version, iv, tag, encrypted] = sealed.split('.');
      if (version !== 'v1' || !iv || !tag || !encrypted) throw new Error('unknown webhook secret format');
      const decipher = createDecipheriv('aes-256-gcm', key, Buffer.from(iv, 'base64'));
      decipher.setAuthTag(Buffer.from(tag, 'base64'));
      return Buffer.concat([decipher.update(Buffer.from(encrypted, 'base64')), decipher.final()]).toString('utf8');
    },
  };
}

/** The server's box per database, registered by createServer (the services reach it through their manager's data source). */
const boxes = new WeakMap<DataSource, SecretBox>();

export function registerSecretBox(dataSource: DataSource, sessionSecret: string): void {
  boxes.set(dataSource, secretBox(sessionSecret));
}

export function secretBoxOf(dataSource: DataSource): SecretBox {
  const box = boxes.get(dataSource);
  if (!box) throw new Error('webhook secrets: no key registered for this database (createServer registers it)');
  return box;
}
