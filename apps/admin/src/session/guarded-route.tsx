import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { RequirePermission } from './require-permission';
import { ROUTE_PERMISSIONS, type GuardedPath } from './route-permissions';

/** A route at `path` (relative to `parent`), guarded by that path's entry in `ROUTE_PERMISSIONS`. */
export function guardedRoute(path: GuardedPath, page: ReactNode, parent = '/'): Omit<RouteObject, 'index'> & { path: string } {
  const prefix = parent.endsWith('/') ? parent : `${parent}/`;
  if (!path.startsWith(prefix)) throw new Error(`${path} is not under ${parent}`);
  return {
    path: path.slice(prefix.length),
    element: <RequirePermission permissions={ROUTE_PERMISSIONS[path]}>{page}</RequirePermission>,
  };
}
