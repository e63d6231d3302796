import { hasPermission, type Permission } from '@aftersales/domain';
import type { AuthCheckerFn } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';

/**
 * `@Authorized('users.manage')` lists permissions, not roles: the domain package decides which
 * roles hold them. `@Authorized()` alone means "any signed-in principal".
 * Anonymous callers get UNAUTHENTICATED (from requirePrincipal), signed-in ones FORBIDDEN.
 */
export const authChecker: AuthCheckerFn<RequestContext, Permission> = ({ context }, permissions) => {
  const principal = context.requirePrincipal();
  return permissions.length === 0 || permissions.some((permission) => hasPermission(principal.role, permission));
};
