export const ROLES = [
  'ADMIN',
  'CS_AGENT',
  'CS_MANAGER',
  'TECH_CENTER',
  'COMMERCE',
  'DIRECTOR',
  'SUPERVISOR',
  'HR',
  'PARTNER',
] as const;
export type Role = (typeof ROLES)[number];

/** Everyone but partners: partners are outside the company and see only their own center. */
export const HEAD_OFFICE_ROLES: readonly Role[] = ROLES.filter((role) => role !== 'PARTNER');

export const PERMISSIONS = [
  'referenceData.read',
  'referenceData.manage',
  'users.manage',
  'apiKeys.read',
  'apiKeys.manage',
  'webhooks.manage',
  'audit.read',
  'repairCenters.read',
  'repairCenters.manage',
  'repairCenters.assess',
  'technicians.manage',
  'complaints.read',
  'complaints.register',
  'complaints.handle',
  'complaints.investigate',
  'complaints.approve',
  'complaints.route',
  'complaints.configure',
  'workOrders.read',
  'workOrders.register',
  'workOrders.dispatch',
  'workOrders.record',
  'workOrders.configure',
  'surveys.enter',
  'scores.read',
  'scores.assess',
  'scores.publish',
  'scores.configure',
  'parts.read',
  'parts.request',
  'parts.approve',
  'parts.fulfil',
  'parts.receive',
  'parts.use',
  'parts.stock',
  'parts.writeOff',
  'parts.configure',
  'contracts.read',
  'contracts.manage',
  'contracts.configure',
] as const;
export type Permission = (typeof PERMISSIONS)[number];

/*
 * Partners read repair centers too, because they read their own; that they see only their own
 * center and its technicians is a data-scope rule, enforced by the API.
 */
const EVERYONE: readonly Permission[] = ['referenceData.read', 'repairCenters.read', 'complaints.read', 'workOrders.read', 'parts.read', 'contracts.read'];

/*
 * 三包 parts (004 §6.2–6.3): the CS agent or a center fills a requisition, receives the parts and
 * records each replacement; CS keeps the ledger and runs the quarterly write-off.
 */
const PARTS_DESK: readonly Permission[] = ['parts.request', 'parts.receive', 'parts.use'];

/*
 * A call is registered and its visit recorded by whoever takes it (003 §3–7): CS at head office,
 * the supervisor's service staff, or a center for its own customers (row-level security scopes it).
 */
const WORK_ORDER_DESK: readonly Permission[] = ['workOrders.register', 'workOrders.record'];

/*
 * The CS department tracks the centers and dispatches their technicians (004 §5.2, §5.4), so its
 * agents record assessments and keep technicians; creating centers and changing their status
 * touches the agreement with a partner and is left to the department's leader and ADMIN.
 */
const CS_STAFF: readonly Permission[] = [
  ...EVERYONE,
  'repairCenters.assess',
  'technicians.manage',
  // CS registers every call, letter and visit and drives the complaint (004 §4.2, §4.5).
  'complaints.register',
  'complaints.handle',
  /*
   * …and sends it to the department that handles it (000 §3), so CS alone moves it to another
   * one later (转派): a handling department such as the technical center could otherwise move a
   * complaint, and the performance it counts against, off its own desk.
   */
  'complaints.route',
  ...WORK_ORDER_DESK,
  // CS calls every customer back for the survey (003 §16).
  'surveys.enter',
  ...PARTS_DESK,
  'parts.writeOff',
  // CS keeps the maintenance contracts and sends the expiry notices (003 §1, §15).
  'contracts.manage',
];

/*
 * Partners may list API keys because they call the API with them; that they see only their
 * own center's keys is a data-scope rule, enforced by the API. Head office issues and revokes.
 * Webhook endpoints are the partner's own integration, so it registers them for its own center
 * (row-level security keeps it there); at head office ADMIN, who issues the API keys, does.
 */
const PERMISSIONS_BY_ROLE: Record<Role, readonly Permission[]> = {
  ADMIN: PERMISSIONS,
  CS_AGENT: CS_STAFF,
  CS_MANAGER: [...CS_STAFF, 'repairCenters.manage', 'complaints.investigate', 'complaints.configure', 'workOrders.configure', 'scores.read',
    // The CS leader signs requisitions and local purchases (004 §6.1–6.2) and keeps the stock rules.
    'parts.approve', 'parts.stock', 'parts.configure',
    // …and sets when a maintenance contract's expiry notice falls due.
    'contracts.configure'],
  // The technical center appraises the fault and determines responsibility (004 §2.4, 001 §1).
  TECH_CENTER: [...EVERYONE, 'complaints.handle', 'complaints.investigate'],
  // Commerce ships from the manufacturing unit's stock or back-orders (004 §6.2) and keeps that stock.
  COMMERCE: [...EVERYONE, 'parts.fulfil', 'parts.stock'],
  // The leader in charge approves what goes above the department (001 §2.2).
  // …and signs large and stocking requisitions (003 parts §9, 004 §6.3).
  DIRECTOR: [...EVERYONE, 'complaints.handle', 'complaints.approve', 'scores.read', 'parts.approve'],
  // The supervisor dispatches (003 §3) and assesses the technicians monthly (001 part 2 §5: D1, D2).
  SUPERVISOR: [...EVERYONE, ...WORK_ORDER_DESK, 'workOrders.dispatch', 'scores.read', 'scores.assess', 'parts.use'],
  // HR publishes the month's scores, corrects published ones by adjustment and exports them.
  HR: [...EVERYONE, 'scores.read', 'scores.publish'],
  /*
   * A center registers the complaints and calls it receives and dispatches its own technicians;
   * it reads its technicians' published scores. Row-level security keeps it to its own rows.
   */
  PARTNER: [...EVERYONE, 'apiKeys.read', 'webhooks.manage', 'complaints.register', ...WORK_ORDER_DESK, 'workOrders.dispatch', 'scores.read', ...PARTS_DESK],
};

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

export function isPermission(value: unknown): value is Permission {
  return typeof value === 'string' && (PERMISSIONS as readonly string[]).includes(value);
}

/** A fresh array, so callers cannot alter the shared table. */
export function permissionsOf(role: Role): Permission[] {
  return [...(PERMISSIONS_BY_ROLE[role] ?? [])];
}

export function hasPermission(role: Role, permission: Permission): boolean {
  return (PERMISSIONS_BY_ROLE[role] ?? []).includes(permission);
}
