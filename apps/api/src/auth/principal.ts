import type { ApiKeyScope, Role } from '@aftersales/domain';
import type { User } from '../users/user.entity.js';

/** Who is acting: a signed-in user or a partner's API key. */
export interface Principal {
  kind: 'USER' | 'API_KEY';
  /** The user's id, or the API key's id. */
  id: string;
  userId: string | null;
  username: string | null;
  displayName: string;
  role: Role;
  /** Set for partners: the one repair center whose data they may see. */
  repairCenterId: string | null;
  /** For an API key: what it may do and how often (read with the key on each request). */
  apiKey?: { scope: ApiKeyScope; rateLimitPerMinute: number };
}

export function principalOfUser(user: User): Principal {
  return {
    kind: 'USER',
    id: user.id,
    userId: user.id,
    username: user.username,
    displayName: user.displayName,
    role: user.role,
    repairCenterId: user.repairCenterId,
  };
}

/**
 * The system's own changes (scheduled jobs, seeding). Its name is stored as the code 'SYSTEM', not
 * a sentence (issue #13): readers word it in their language (the audit by actor_kind, a center's
 * history through `bySystem`).
 */
export const SYSTEM_ACTOR = { kind: 'SYSTEM' as const, id: null, name: 'SYSTEM' };
