import { type Actor, permissionsOf } from '@aftersales/domain';
import type { Principal } from './principal.js';

/** The domain's actor for a principal: its role's permissions, as the auth checker reads them. */
export function actorOf(principal: Principal): Actor {
  return { permissions: permissionsOf(principal.role) };
}
