import type { EntityManager } from 'typeorm';
import { appError } from '../common/app-error.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { msg } from '../i18n/message.js';

/**
 * A revoked center's users and API keys stop working at once (DOMAIN §4): checked on every
 * request, not only at sign-in. Head-office principals (no center) pass.
 */
export async function assertCenterStillAuthorized(
  manager: EntityManager,
  repairCenterId: string | null,
): Promise<RepairCenter | null> {
  if (!repairCenterId) return null;
  return assertCenterAuthorized(await manager.findOneBy(RepairCenter, { id: repairCenterId }));
}

/** The same check, for a center read along with its user or API key. */
export function assertCenterAuthorized(center: RepairCenter | null | undefined): RepairCenter {
  if (!center || center.recordedStatus === 'REVOKED') {
    throw appError('UNAUTHENTICATED', msg('apiAuth.yourRepairCenterSAuthorization'));
  }
  return center;
}
