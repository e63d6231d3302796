import { type Actor, permissionsOf } from '@aftersales/domain';
import type { Principal } from './principal.js';

/** The principal as a lifecycle's `assertCommand` sees it: its role's permissions (as `@Authorized` checks them). */
export function actorOf(principal: Principal): Actor {
  return { permissions: new Set(permissionsOf(principal.role)) };
}
