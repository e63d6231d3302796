import type { Permission, Viewer } from '../graphql/types';

export function can(viewer: Viewer, permission: Permission): boolean {
  return viewer.permissions.includes(permission);
}

export function canAny(viewer: Viewer, permissions: readonly Permission[]): boolean {
  return permissions.some((permission) => can(viewer, permission));
}

/**
 * Head office (`apiKeys.manage`, not bound to a repair center) issues and revokes keys; a partner
 * only lists its own center's (`apiKeys.read`, or `apiKeys.manage` as the contract words it).
 */
export function canIssueApiKeys(viewer: Viewer): boolean {
  return can(viewer, 'apiKeys.manage') && viewer.repairCenter === null;
}
