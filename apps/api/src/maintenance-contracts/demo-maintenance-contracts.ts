import { normalizeSerialNumber } from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { demoMaintenanceContracts } from '../seed/demo-data.js';
import { MaintenanceContract, MaintenanceContractSerial } from './maintenance-contract.entity.js';

/**
 * Loads the demo maintenance contracts (demo-data.ts `demoMaintenanceContracts`) as the API would
 * have left them: the covered serials keyed like work orders, the expiry notice and the renewal.
 */
export async function loadDemoMaintenanceContracts(manager: EntityManager, today: string, now = new Date()): Promise<void> {
  const centers = new Map((await manager.find(RepairCenter)).map((center) => [center.code, center.id]));
  const specs = demoMaintenanceContracts(today);
  const ids = new Map<string, string>();
  for (const { center, serialNumbers, notice, renewedBy: _renewedBy, ...spec } of specs) {
    const contract = await manager.save(
      manager.create(MaintenanceContract, {
        ...spec,
        version: 1,
        repairCenterId: center ? centers.get(center)! : null,
        ...(notice && {
          renewalNoticeSentOn: notice.sentOn,
          renewalNoticeMethod: notice.method,
          renewalNoticeSentBy: notice.sentBy,
          renewalNoticeNote: notice.note,
          renewalNoticeRecordedByName: '李客服 (cs_agent)',
          renewalNoticeRecordedAt: now,
        }),
      }),
    );
    ids.set(spec.contractNumber, contract.id);
    await manager.insert(
      MaintenanceContractSerial,
      serialNumbers.map((serialNumber, position) => ({ contractId: contract.id, serialNumber, serialKey: normalizeSerialNumber(serialNumber), position })),
    );
  }
  for (const spec of specs.filter((candidate) => candidate.renewedBy)) {
    await manager.update(MaintenanceContract, { id: ids.get(spec.contractNumber)! }, {
      renewalOutcome: 'RENEWED',
      renewedByContractId: ids.get(spec.renewedBy!)!,
      renewalRecordedByName: '李客服 (cs_agent)',
      renewalRecordedAt: now,
      version: 2,
    });
  }
}
