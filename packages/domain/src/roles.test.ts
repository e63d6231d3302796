import { describe, expect, it } from 'vitest';
import {
  HEAD_OFFICE_ROLES,
  hasPermission,
  isPermission,
  isRole,
  PERMISSIONS,
  permissionsOf,
  ROLES,
  type Permission,
  type Role,
} from './roles.js';

const ADMIN_ONLY = ['referenceData.manage', 'users.manage', 'audit.read'] as const;

describe('roles', () => {
  it('lists the nine roles of DOMAIN §9', () => {
    expect(ROLES).toEqual(['ADMIN', 'CS_AGENT', 'CS_MANAGER', 'TECH_CENTER', 'COMMERCE', 'DIRECTOR', 'SUPERVISOR', 'HR', 'PARTNER']);
  });

  it('counts every role but PARTNER as head office', () => {
    expect(HEAD_OFFICE_ROLES).toHaveLength(ROLES.length - 1);
    expect(HEAD_OFFICE_ROLES).not.toContain('PARTNER');
    expect(HEAD_OFFICE_ROLES).toContain('ADMIN');
    expect(HEAD_OFFICE_ROLES).toContain('HR');
  });

  it('recognises roles and permissions from untrusted strings', () => {
    expect(isRole('HR')).toBe(true);
    expect(isRole('hr')).toBe(false);
    expect(isRole('ROOT')).toBe(false);
    expect(isRole(undefined)).toBe(false);
    expect(isPermission('audit.read')).toBe(true);
    expect(isPermission('audit.write')).toBe(false);
  });
});

describe('permissions', () => {
  it('gives ADMIN every permission', () => {
    expect(permissionsOf('ADMIN').sort()).toEqual([...PERMISSIONS].sort());
  });

  it('lets every role read reference data', () => {
    for (const role of ROLES) expect(hasPermission(role, 'referenceData.read')).toBe(true);
  });

  it.each(ADMIN_ONLY)('keeps %s for ADMIN alone', (permission) => {
    const holders = ROLES.filter((role) => hasPermission(role, permission));
    expect(holders).toEqual(['ADMIN']);
  });

  it('lets ADMIN and PARTNER list API keys, and only ADMIN issue or revoke them', () => {
    expect(ROLES.filter((role) => hasPermission(role, 'apiKeys.read'))).toEqual(['ADMIN', 'PARTNER']);
    expect(ROLES.filter((role) => hasPermission(role, 'apiKeys.manage'))).toEqual(['ADMIN']);
    expect(ROLES.filter((role) => hasPermission(role, 'webhooks.manage'))).toEqual(['ADMIN', 'PARTNER']);
  });

  it('lets every role, partners included, read repair centers', () => {
    for (const role of ROLES) expect(hasPermission(role, 'repairCenters.read')).toBe(true);
  });

  it('lets ADMIN and the CS manager manage repair centers', () => {
    expect(ROLES.filter((role) => hasPermission(role, 'repairCenters.manage'))).toEqual(['ADMIN', 'CS_MANAGER']);
  });

  it('lets ADMIN and the CS department assess centers and keep technicians', () => {
    const csDepartment = ['ADMIN', 'CS_AGENT', 'CS_MANAGER'];
    expect(ROLES.filter((role) => hasPermission(role, 'repairCenters.assess'))).toEqual(csDepartment);
    expect(ROLES.filter((role) => hasPermission(role, 'technicians.manage'))).toEqual(csDepartment);
  });

  it('lets every role, partners included, read complaints', () => {
    expect(ROLES.filter((role) => hasPermission(role, 'complaints.read'))).toEqual([...ROLES]);
  });

  it('gives each complaint step to the department the regulations name', () => {
    const holders = (permission: Permission) => ROLES.filter((role) => hasPermission(role, permission));
    expect(holders('complaints.register')).toEqual(['ADMIN', 'CS_AGENT', 'CS_MANAGER', 'PARTNER']);
    expect(holders('complaints.handle')).toEqual(['ADMIN', 'CS_AGENT', 'CS_MANAGER', 'TECH_CENTER', 'DIRECTOR']);
    expect(holders('complaints.investigate')).toEqual(['ADMIN', 'CS_MANAGER', 'TECH_CENTER']);
    expect(holders('complaints.approve')).toEqual(['ADMIN', 'DIRECTOR']);
    // 转派 is CS's: the departments that handle complaints do not move them off their own desk.
    expect(holders('complaints.route')).toEqual(['ADMIN', 'CS_AGENT', 'CS_MANAGER']);
    expect(holders('complaints.configure')).toEqual(['ADMIN', 'CS_MANAGER']);
  });

  it('gives commerce the shipping of parts, supervisors dispatch and D1/D2, HR the publishing of scores', () => {
    const reads = ['referenceData.read', 'repairCenters.read', 'complaints.read', 'workOrders.read', 'parts.read', 'contracts.read'];
    expect(permissionsOf('COMMERCE').sort()).toEqual([...reads, 'parts.fulfil', 'parts.stock'].sort());
    expect(permissionsOf('SUPERVISOR').sort()).toEqual(
      [...reads, 'workOrders.register', 'workOrders.record', 'workOrders.dispatch', 'scores.read', 'scores.assess', 'parts.use'].sort(),
    );
    expect(permissionsOf('HR').sort()).toEqual([...reads, 'scores.read', 'scores.publish'].sort());
    // Publishing is HR's and D1/D2 the supervisor's: neither does the other's step.
    expect(hasPermission('SUPERVISOR', 'scores.publish')).toBe(false);
    expect(hasPermission('HR', 'scores.assess')).toBe(false);
  });

  it("gives partners their own center's desk work, nothing that changes head-office data", () => {
    expect(permissionsOf('PARTNER').sort()).toEqual(
      [
        'apiKeys.read',
        'complaints.read',
        'complaints.register',
        'contracts.read',
        'parts.read',
        'parts.receive',
        'parts.request',
        'parts.use',
        'referenceData.read',
        'repairCenters.read',
        'scores.read',
        'workOrders.dispatch',
        'workOrders.read',
        'workOrders.record',
        'workOrders.register',
        'webhooks.manage',
      ].sort(),
    );
    for (const permission of ['parts.approve', 'parts.fulfil', 'parts.stock', 'parts.writeOff', 'scores.publish', 'scores.assess'] as const) {
      expect(hasPermission('PARTNER', permission)).toBe(false);
    }
  });

  it('lets the CS leader and the director sign requisitions, and only the CS leader configure parts', () => {
    expect(hasPermission('CS_MANAGER', 'parts.approve')).toBe(true);
    expect(hasPermission('DIRECTOR', 'parts.approve')).toBe(true);
    expect(hasPermission('CS_AGENT', 'parts.approve')).toBe(false);
    expect(hasPermission('CS_MANAGER', 'parts.configure')).toBe(true);
    expect(hasPermission('DIRECTOR', 'parts.configure')).toBe(false);
  });

  it('lets everyone read maintenance contracts, the CS department keep them and its leader set the notice period', () => {
    expect(ROLES.filter((role) => hasPermission(role, 'contracts.read'))).toEqual([...ROLES]);
    expect(ROLES.filter((role) => hasPermission(role, 'contracts.manage'))).toEqual(['ADMIN', 'CS_AGENT', 'CS_MANAGER']);
    expect(ROLES.filter((role) => hasPermission(role, 'contracts.configure'))).toEqual(['ADMIN', 'CS_MANAGER']);
  });

  it('returns a copy that callers may change freely', () => {
    permissionsOf('HR').push('audit.read');
    expect(hasPermission('HR', 'audit.read')).toBe(false);
  });

  it('denies unknown roles instead of throwing', () => {
    expect(permissionsOf('ROOT' as Role)).toEqual([]);
    expect(hasPermission('ROOT' as Role, 'referenceData.read')).toBe(false);
  });
});
