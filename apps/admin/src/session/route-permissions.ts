import type { Permission, Viewer } from '../graphql/types';
import { canAny } from './permissions';

const READS_COMPLAINTS: readonly Permission[] = ['complaints.read'];
const READS_WORK_ORDERS: readonly Permission[] = ['workOrders.read'];
const READS_CONTRACTS: readonly Permission[] = ['contracts.read'];
const READS_CENTERS: readonly Permission[] = ['repairCenters.read'];
const READS_PARTS: readonly Permission[] = ['parts.read'];
const REQUESTS_PARTS: readonly Permission[] = ['parts.request'];
const READS_SCORES: readonly Permission[] = ['scores.read'];
// ADMIN for every endpoint, a partner for its own center's.
const MANAGES_WEBHOOKS: readonly Permission[] = ['webhooks.manage'];

/**
 * Who may open each page (any one of the permissions, from `@aftersales/domain`'s roles). The
 * route guards and the navigation both read this table, so a link shows exactly when its page opens.
 * The API still scopes what each page lists (a partner: its own center's rows).
 */
export const ROUTE_PERMISSIONS = {
  '/complaints': READS_COMPLAINTS,
  '/complaints/new': ['complaints.register'],
  '/complaints/ledger': READS_COMPLAINTS,
  '/complaints/quality-report': READS_COMPLAINTS,
  '/complaints/:id': READS_COMPLAINTS,
  '/work-orders': READS_WORK_ORDERS,
  '/work-orders/new': ['workOrders.register'],
  '/work-orders/dispatch': ['workOrders.dispatch'],
  '/work-orders/:id': READS_WORK_ORDERS,
  '/maintenance-contracts': READS_CONTRACTS,
  '/maintenance-contracts/:id': READS_CONTRACTS,
  '/surveys': ['surveys.enter'],
  '/repair-centers': READS_CENTERS,
  '/repair-centers/:id': READS_CENTERS,
  '/repair-centers/:id/summary': READS_CENTERS,
  '/technicians': READS_CENTERS,
  '/parts': READS_PARTS,
  '/parts/requisitions/new': REQUESTS_PARTS,
  '/parts/requisitions/:id/edit': REQUESTS_PARTS,
  // Head office reads every technician's scores; a partner only its own technicians' published ones.
  '/scores': READS_SCORES,
  '/scores/year-review': READS_SCORES,
  '/scores/:id': READS_SCORES,
  '/webhooks': MANAGES_WEBHOOKS,
  '/webhooks/:id': MANAGES_WEBHOOKS,
} as const satisfies Record<string, readonly Permission[]>;

export type GuardedPath = keyof typeof ROUTE_PERMISSIONS;

/** Whether the viewer may open `path`; a path without an entry (the dashboard) is open to everyone signed in. */
export function mayOpen(viewer: Viewer, path: string): boolean {
  const permissions = (ROUTE_PERMISSIONS as Record<string, readonly Permission[]>)[path];
  return permissions === undefined || canAny(viewer, permissions);
}
