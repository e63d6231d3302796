import { CONTRACT_EXPIRING_EVENT, isContractExpiring, todayIn } from '@aftersales/domain';
import type { DataSource } from 'typeorm';
import { schedulePeriodicJob } from '../common/periodic-job.js';
import { BusinessCalendarSettings } from '../reference-data/business-calendar/business-calendar.entity.js';
import { recordOutboxEvent } from '../webhooks/outbox.js';
import { readMaintenanceContractSettings } from './maintenance-contract-settings.js';
import { MaintenanceContract } from './maintenance-contract.entity.js';
import { contractEventData } from './maintenance-contract.event-data.js';

/**
 * Raises `maintenance_contract.expiring` for every contract that has entered its warning window
 * (`isContractExpiring`: within the notice period, nobody has acted yet), once per contract and
 * last day. The claim (maintenance_contract_expiry_warning, ON CONFLICT DO NOTHING) and the events
 * are one transaction, so a failed run raises nothing and two runs never raise one twice.
 * Returns the contract numbers it raised the event for.
 */
export async function raiseExpiringContracts(dataSource: DataSource, today?: string): Promise<string[]> {
  const calendar = await dataSource.manager.findOneByOrFail(BusinessCalendarSettings, { id: 1 });
  const day = today ?? todayIn(calendar.timeZone);
  return dataSource.transaction(async (manager) => {
    const { renewalNoticeDays } = await readMaintenanceContractSettings(manager);
    // The window's dates narrow the search (its index); the domain's rule decides.
    const candidates = await manager
      .createQueryBuilder(MaintenanceContract, 'contract')
      .where('contract.validTo BETWEEN :day AND CAST(:day AS date) + CAST(:days AS integer)', { day, days: renewalNoticeDays })
      .andWhere('NOT EXISTS (SELECT 1 FROM maintenance_contract_expiry_warning w WHERE w.contract_id = contract.id AND w.valid_to = contract.valid_to)')
      .orderBy('contract.contractNumber', 'ASC')
      .getMany();
    const expiring = candidates.filter((contract) => isContractExpiring(contract, day, renewalNoticeDays));
    if (expiring.length === 0) return [];
    const claimed = (await manager.query(
      `INSERT INTO maintenance_contract_expiry_warning (contract_id, valid_to)
       SELECT * FROM unnest($1::uuid[], $2::date[])
       ON CONFLICT DO NOTHING
       RETURNING contract_id`,
      [expiring.map((contract) => contract.id), expiring.map((contract) => contract.validTo)],
    )) as { contract_id: string }[];
    const claimedIds = new Set(claimed.map((row) => row.contract_id));
    const raised = expiring.filter((contract) => claimedIds.has(contract.id));
    for (const contract of raised) {
      await recordOutboxEvent(manager, {
        type: CONTRACT_EXPIRING_EVENT,
        repairCenterId: contract.repairCenterId,
        entityType: 'MaintenanceContract',
        entityId: contract.id,
        data: contractEventData(contract, day, renewalNoticeDays),
      });
    }
    return raised.map((contract) => contract.contractNumber);
  });
}

const HOUR = 3_600_000;

/** Runs the job now and then hourly; returns a function that stops it. */
export function scheduleContractExpiryWarnings(dataSource: DataSource, log: (message: string) => void = console.log): () => void {
  return schedulePeriodicJob('contract expiry', HOUR, () =>
    raiseExpiringContracts(dataSource).then((numbers) => numbers.length && log(`Maintenance contracts entering their expiry warning: ${numbers.join(', ')}`)),
  );
}
