import {
  assertCanRecordRenewal,
  assertCanRecordRenewalNotice,
  assertMaintenanceContract,
  assertNoOverlappingCover,
  CONTRACT_LIFECYCLE,
  type ContractCommand,
  normalizeSerialNumber,
  renewalStateOf,
  throwIfFieldErrors,
  type CoveredSerial,
  type MaintenanceContractValues,
  type OtherContract,
  type RenewingContract,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { actorName, recordAudit, snapshot } from '../audit/audit.service.js';
import { appError, notFound } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import { pageOfList, type SyncPageArgs } from '../common/incremental-sync.js';
import type { RequestContext } from '../common/request-context.js';
import { type VersionedAggregate, versionedWrite } from '../common/versioned-write.js';
import { actorOf } from '../auth/actor.js';
import { MaintenanceContract, MaintenanceContractSerial } from './maintenance-contract.entity.js';
import { CONTRACT_ACTIONS, type ContractAction } from './maintenance-contract.types.js';
import type {
  MaintenanceContractFilter,
  MaintenanceContractInput,
  RecordContractRenewalInput,
  RecordContractRenewalNoticeInput,
  UpdateMaintenanceContractInput,
} from './maintenance-contract.input.js';
import { onlyPartnersCenter } from '../common/tenant-filter.js';
import { msg } from '../i18n/message.js';

const ENTITY = 'MaintenanceContract';

/** The contract's values from the form; every bad field is named at once. */
async function valuesOf(context: RequestContext, input: MaintenanceContractInput): Promise<MaintenanceContractValues & { repairCenterId: string | null }> {
  const values = assertMaintenanceContract({ ...input });
  const repairCenterId = input.repairCenterId ?? null;
  if (repairCenterId && !(await context.loaders.repairCenter.load(repairCenterId))) {
    throwIfFieldErrors({ repairCenterId: msg('apiMaintenanceContracts.chooseExistingRepairCenter') }, msg('apiMaintenanceContracts.maintenanceContractSavedYetCorrect'));
  }
  return { ...values, repairCenterId };
}

/**
 * Serializes changes to the contracts of these units until the transaction ends, so two contracts
 * saved at once cannot both pass the overlap check for one unit. Keys are locked in order, so
 * two such changes never wait on each other in a cycle.
 */
async function lockSerials(manager: EntityManager, serials: CoveredSerial[]): Promise<void> {
  const keys = [...new Set(serials.map((serial) => serial.serialKey))].sort();
  for (const key of keys) {
    await manager.query(
      `SELECT pg_advisory_xact_lock(
         hashtextextended($1, 0))`,
      [`maintenance_contract_serial:${key}`],
    );
  }
}

/** Other contracts covering any of these units, with all of their serials. */
async function otherContractsCovering(manager: EntityManager, serials: CoveredSerial[], exceptId: string | null): Promise<OtherContract[]> {
  const rows = (await manager.query(
    `SELECT c.id, c.contract_number, c.valid_from::text AS valid_from, c.valid_to::text AS valid_to, s.serial_number, s.serial_key
       FROM maintenance_contract c JOIN maintenance_contract_serial s ON s.contract_id = c.id
      WHERE s.serial_key = ANY($1) AND c.id IS DISTINCT FROM $2`,
    [serials.map((serial) => serial.serialKey), exceptId],
  )) as { id: string; contract_number: string; valid_from: string; valid_to: string; serial_number: string; serial_key: string }[];
  const byId = new Map<string, OtherContract>();
  for (const row of rows) {
    const contract = byId.get(row.id) ?? { contractNumber: row.contract_number, validFrom: row.valid_from, validTo: row.valid_to, serials: [] };
    contract.serials.push({ serialNumber: row.serial_number, serialKey: row.serial_key });
    byId.set(row.id, contract);
  }
  return [...byId.values()];
}

async function writeSerials(manager: EntityManager, contractId: string, serials: CoveredSerial[]): Promise<void> {
  await manager.delete(MaintenanceContractSerial, { contractId });
  await manager.insert(
    MaintenanceContractSerial,
    serials.map((serial, position) => ({ contractId, serialKey: serial.serialKey, serialNumber: serial.serialNumber, position })),
  );
}

async function serialsOf(manager: EntityManager, contractId: string): Promise<MaintenanceContractSerial[]> {
  return manager.find(MaintenanceContractSerial, { where: { contractId }, order: { position: 'ASC' } });
}

/** The audit's picture of a contract: its columns and the serials it covers. */
async function auditedContract(manager: EntityManager, contract: MaintenanceContract) {
  return { ...snapshot(contract), serialNumbers: (await serialsOf(manager, contract.id)).map((serial) => serial.serialNumber) };
}

const CONTRACT: VersionedAggregate<MaintenanceContract> = {
  entity: MaintenanceContract,
  entityType: ENTITY,
  noun: msg('apiMaintenanceContracts.maintenanceContract'),
  auditSnapshot: (contract, manager) => auditedContract(manager, contract),
  centerOf: (contract) => contract.repairCenterId,
  describeCurrent: (contract) => ({ renewalState: renewalStateOf(contract), version: contract.version }),
};

/**
 * Applies one command to a contract through the one versioned write: the lifecycle (over its
 * renewal state) is the precondition, run after `apply`'s own rule checks so their precise words
 * (already sent, already decided) come first; the serials and the audit land in one transaction.
 */
function changeContract(
  context: RequestContext,
  id: string,
  version: number,
  command: ContractCommand | ((contract: MaintenanceContract) => ContractCommand),
  action: string,
  apply: (contract: MaintenanceContract, manager: EntityManager) => void | Promise<void>,
): Promise<MaintenanceContract> {
  const principal = context.requirePrincipal();
  return versionedWrite(context, CONTRACT, {
    id,
    version,
    action,
    apply: async (contract, manager) => {
      const from = renewalStateOf(contract);
      await apply(contract, manager);
      CONTRACT_LIFECYCLE.assertCommand(typeof command === 'function' ? command(contract) : command, from, actorOf(principal));
    },
  });
}

/** The button each lifecycle command is offered as; renewed and declined are one dialog. */
const ACTION_OF: { [C in ContractCommand]: ContractAction } = {
  edit: 'EDIT',
  recordRenewalNotice: 'RECORD_NOTICE',
  recordRenewed: 'RECORD_RENEWAL',
  recordDeclined: 'RECORD_RENEWAL',
};

/** The contract named as the renewal, as the renewal rule reads it; null when it does not exist. */
async function renewingContract(manager: EntityManager, id: string | null | undefined): Promise<RenewingContract | null> {
  if (!id || !isUuid(id)) return null;
  const contract = await manager.findOneBy(MaintenanceContract, { id });
  if (!contract) return null;
  const renews = await manager.findOneBy(MaintenanceContract, { renewedByContractId: id });
  return {
    id: contract.id,
    contractNumber: contract.contractNumber,
    validFrom: contract.validFrom,
    validTo: contract.validTo,
    serials: await serialsOf(manager, id),
    renewsContractId: renews?.id ?? null,
  };
}

/** `%term%` for ILIKE, with the pattern characters the person typed taken literally. */
const likePattern = (term: string) => `%${term.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

export const maintenanceContractService = {
  async list(context: RequestContext, page: SyncPageArgs, filter: MaintenanceContractFilter = {}) {
    const manager = await context.manager();
    const today = await context.loaders.today();
    const query = onlyPartnersCenter(manager.createQueryBuilder(MaintenanceContract, 'contract'), context, 'contract.repairCenterId');
    const term = filter.search?.trim();
    if (term) {
      query.andWhere(
        `(contract.contractNumber ILIKE :pattern OR contract.customerName ILIKE :pattern OR contract.customerPhone ILIKE :pattern
          OR EXISTS (SELECT 1 FROM maintenance_contract_serial s WHERE s.contract_id = contract.id AND (s.serial_number ILIKE :pattern OR s.serial_key = :serialKey)))`,
        { pattern: likePattern(term), serialKey: normalizeSerialNumber(term) },
      );
    }
    if (filter.status === 'UPCOMING') query.andWhere('contract.validFrom > :today', { today });
    else if (filter.status === 'ACTIVE') query.andWhere(':today BETWEEN contract.validFrom AND contract.validTo', { today });
    else if (filter.status === 'EXPIRED') query.andWhere('contract.validTo < :today', { today });
    if (filter.repairCenterId) query.andWhere('contract.repairCenterId = :centerId', { centerId: isUuid(filter.repairCenterId) ? filter.repairCenterId : null });
    if (filter.headOffice) query.andWhere('contract.repairCenterId IS NULL');
    if (filter.expiring) {
      const days = filter.expiringWithinDays ?? (await context.loaders.maintenanceContractSettings()).renewalNoticeDays;
      query.andWhere(
        `contract.validTo BETWEEN :today AND CAST(:today AS date) + CAST(:days AS integer)
         AND contract.renewalNoticeSentOn IS NULL AND contract.renewalOutcome IS NULL`,
        { today, days },
      );
      // The most urgent notice first.
      query.orderBy('contract.validTo', 'ASC').addOrderBy('contract.contractNumber', 'ASC');
    } else {
      query.orderBy('contract.contractNumber', 'ASC');
    }
    return pageOfList(query, page, { alias: 'contract', name: 'maintenance-contracts', joinsOneToOne: true });
  },

  /** NOT_FOUND also for a contract another partner serves: row-level security hides it. */
  async findOrFail(context: RequestContext, id: string): Promise<MaintenanceContract> {
    if (!isUuid(id)) throw notFound(ENTITY, id);
    const contract = await context.loaders.maintenanceContract.load(id);
    if (!contract) throw notFound(ENTITY, id);
    return contract;
  },

  async create(context: RequestContext, input: MaintenanceContractInput): Promise<MaintenanceContract> {
    const principal = context.requirePrincipal();
    const { serials, ...values } = await valuesOf(context, input);
    return context.transaction(async (manager) => {
      await lockSerials(manager, serials);
      assertNoOverlappingCover({ ...values, serials }, await otherContractsCovering(manager, serials, null));
      const contract = await manager.save(manager.create(MaintenanceContract, { ...values, version: 1 }));
      await writeSerials(manager, contract.id, serials);
      await recordAudit(manager, principal, {
        action: 'CREATE',
        entityType: ENTITY,
        entityId: contract.id,
        after: await auditedContract(manager, contract),
        repairCenterId: contract.repairCenterId,
      });
      return manager.findOneByOrFail(MaintenanceContract, { id: contract.id });
    });
  },

  async update(context: RequestContext, id: string, input: UpdateMaintenanceContractInput): Promise<MaintenanceContract> {
    const { serials, ...values } = await valuesOf(context, input);
    return changeContract(context, id, input.version, 'edit', 'UPDATE', async (contract, manager) => {
      await lockSerials(manager, serials);
      assertNoOverlappingCover({ ...values, serials }, await otherContractsCovering(manager, serials, id));
      Object.assign(contract, values);
      await writeSerials(manager, id, serials);
    });
  },

  async recordRenewalNotice(context: RequestContext, input: RecordContractRenewalNoticeInput): Promise<MaintenanceContract> {
    const principal = context.requirePrincipal();
    const today = await context.loaders.today();
    return changeContract(context, input.id, input.version, 'recordRenewalNotice', 'RECORD_RENEWAL_NOTICE', (contract) => {
      const notice = assertCanRecordRenewalNotice(contract, input, today);
      Object.assign(contract, {
        renewalNoticeSentOn: notice.sentOn,
        renewalNoticeMethod: notice.method,
        renewalNoticeSentBy: notice.sentBy,
        renewalNoticeNote: notice.note,
        renewalNoticeRecordedByName: actorName(principal),
        renewalNoticeRecordedAt: new Date(),
      });
    });
  },

  async recordRenewal(context: RequestContext, input: RecordContractRenewalInput): Promise<MaintenanceContract> {
    const principal = context.requirePrincipal();
    return changeContract(context, input.id, input.version, (contract) => (contract.renewalOutcome === 'RENEWED' ? 'recordRenewed' : 'recordDeclined'), 'RECORD_RENEWAL', async (contract, manager) => {
      const renewal = assertCanRecordRenewal(
        { ...contract, serials: await serialsOf(manager, contract.id) },
        { outcome: input.outcome, renewedBy: await renewingContract(manager, input.renewedByContractId), note: input.note },
      );
      Object.assign(contract, {
        renewalOutcome: renewal.outcome,
        renewedByContractId: renewal.renewedByContractId,
        renewalNote: renewal.note,
        renewalRecordedByName: actorName(principal),
        renewalRecordedAt: new Date(),
      });
    });
  },

  /**
   * The contracts that could be recorded as this one's renewal: another contract covering one of
   * its units, ending after it, and not yet recorded as any contract's renewal.
   */
  allowedActions(context: RequestContext, contract: MaintenanceContract): ContractAction[] {
    const commands = CONTRACT_LIFECYCLE.allowedCommands(renewalStateOf(contract), actorOf(context.requirePrincipal()));
    const offered = new Set(commands.map((command) => ACTION_OF[command]));
    return CONTRACT_ACTIONS.filter((action) => offered.has(action));
  },

  async renewalCandidates(context: RequestContext, contract: MaintenanceContract): Promise<MaintenanceContract[]> {
    const manager = await context.manager();
    return manager
      .createQueryBuilder(MaintenanceContract, 'candidate')
      .where('candidate.id <> :id AND candidate.validTo > :validTo', { id: contract.id, validTo: contract.validTo })
      .andWhere(
        `EXISTS (SELECT 1 FROM maintenance_contract_serial mine JOIN maintenance_contract_serial theirs ON theirs.serial_key = mine.serial_key
                  WHERE mine.contract_id = :id AND theirs.contract_id = candidate.id)`,
      )
      .andWhere(
        `NOT EXISTS (SELECT 1 FROM maintenance_contract renewed
                      WHERE renewed.renewed_by_contract_id = candidate.id)`,
      )
      .orderBy('candidate.validFrom', 'ASC')
      .addOrderBy('candidate.contractNumber', 'ASC')
      .getMany();
  },
};
