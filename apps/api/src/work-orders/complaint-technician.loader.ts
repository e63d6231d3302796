import DataLoader from 'dataloader';
import { isUuid } from '../common/ids.js';
import type { RequestContext } from '../common/request-context.js';

export interface ComplaintTechnicianVerification {
  technicianId: string;
  verifiedAt: Date;
  verifiedByName: string | null;
}

/**
 * The technician a complaint was verified against (E2), by complaint id. Read with SQL rather
 * than through the Complaint entity so the complaint's own change helper, which writes back every
 * mapped column, never overwrites a verification made meanwhile.
 */
export function complaintTechnicianLoader(context: RequestContext) {
  return new DataLoader<string, ComplaintTechnicianVerification | null>(async (ids) => {
    const manager = await context.manager();
    const rows = (await manager.query(
      `SELECT id, technician_id, technician_verified_at, technician_verified_by_name
         FROM complaint WHERE id = ANY($1) AND technician_id IS NOT NULL`,
      [ids.filter(isUuid)],
    )) as { id: string; technician_id: string; technician_verified_at: Date; technician_verified_by_name: string | null }[];
    const found = new Map(
      rows.map((row) => [
        row.id,
        { technicianId: row.technician_id, verifiedAt: row.technician_verified_at, verifiedByName: row.technician_verified_by_name },
      ]),
    );
    return ids.map((id) => found.get(id) ?? null);
  });
}
