import {
  contractDaysLeft,
  contractStatusOn,
  isContractExpiring,
  normalizeSerialNumber,
  renewalNoticeDueOn,
  renewalStateOf,
  type ContractStatus,
  type RenewalState,
} from '@aftersales/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType } from '../common/pagination.js';
import { SyncPageArgs } from '../common/incremental-sync.js';
import type { RequestContext } from '../common/request-context.js';
import { LocalDateScalar } from '../common/scalars.js';
import { trimmedOrNull } from '../common/input-rules.js';
import { ProductUnit } from '../reference-data/product-units/product-unit.entity.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { WorkOrder } from '../work-orders/work-order.entity.js';
import { contractCovering, coverageSeenBy } from './contract-coverage.js';
import { readMaintenanceContractSettings, saveMaintenanceContractSettings } from './maintenance-contract-settings.js';
import { MaintenanceContract } from './maintenance-contract.entity.js';
import {
  MaintenanceContractFilter,
  MaintenanceContractInput,
  MaintenanceContractSettingsInput,
  RecordContractRenewalInput,
  RecordContractRenewalNoticeInput,
  UpdateMaintenanceContractInput,
} from './maintenance-contract.input.js';
import { maintenanceContractService } from './maintenance-contract.service.js';
import {
  ContractCoverage,
  ContractRenewal,
  ContractRenewalNotice,
  CoveredUnit,
  MaintenanceContractSettingsType,
  MaintenanceContractStatusEnum,
  renewalNoticeOf,
  renewalRecordOf,
  RenewalStateEnum,
  ContractActionEnum,
} from './maintenance-contract.types.js';

const MaintenanceContractConnection = ConnectionType(MaintenanceContract, 'MaintenanceContract');

/** 保养合同: everyone reads (a partner the contracts its center serves, RLS); CS keeps them. */
@Resolver(() => MaintenanceContract)
export class MaintenanceContractResolver {
  @Authorized('contracts.read')
  @Query(() => MaintenanceContractConnection, { description: '保养合同列表 (a partner sees the contracts its center serves)' })
  maintenanceContracts(
    @Ctx() context: RequestContext,
    @Args(() => SyncPageArgs) page: SyncPageArgs,
    @Arg('filter', () => MaintenanceContractFilter, { nullable: true }) filter?: MaintenanceContractFilter,
  ) {
    return maintenanceContractService.list(context, page, filter ?? {});
  }

  @Authorized('contracts.read')
  @Query(() => MaintenanceContract, { description: '保养合同详情' })
  maintenanceContract(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return maintenanceContractService.findOrFail(context, id);
  }

  @Authorized('contracts.read')
  @Query(() => ContractCoverage, {
    nullable: true,
    description: '保养合同查询: the contract covering the serial on the date (default today), whichever center serves it; null when none. A call for it is served under the contract (CONTRACT) once out of warranty',
  })
  async contractCoverage(
    @Ctx() context: RequestContext,
    @Arg('serialNumber', () => String) serialNumber: string,
    @Arg('on', () => LocalDateScalar, { nullable: true }) on?: string | null,
  ) {
    const serial = trimmedOrNull(serialNumber);
    if (!serial) return null;
    const covering = await contractCovering(await context.manager(), normalizeSerialNumber(serial), on ?? (await context.loaders.today()));
    return covering && coverageSeenBy(context.requirePrincipal(), covering);
  }

  @Authorized('contracts.manage')
  @Mutation(() => MaintenanceContract, { description: '新建保养合同 (CONFLICT: a duplicate number, or a unit already under another contract in these dates)' })
  createMaintenanceContract(@Ctx() context: RequestContext, @Arg('input', () => MaintenanceContractInput) input: MaintenanceContractInput) {
    return maintenanceContractService.create(context, input);
  }

  @Authorized('contracts.manage')
  @Mutation(() => MaintenanceContract, { description: '修改保养合同 (versioned: a stale version gets CONFLICT)' })
  updateMaintenanceContract(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateMaintenanceContractInput) input: UpdateMaintenanceContractInput,
  ) {
    return maintenanceContractService.update(context, id, input);
  }

  @Authorized('contracts.manage')
  @Mutation(() => MaintenanceContract, { description: '记录到期通知: the 保养到期通知书 sent (when, how, who), once (003 §15)' })
  recordContractRenewalNotice(@Ctx() context: RequestContext, @Arg('input', () => RecordContractRenewalNoticeInput) input: RecordContractRenewalNoticeInput) {
    return maintenanceContractService.recordRenewalNotice(context, input);
  }

  @Authorized('contracts.manage')
  @Mutation(() => MaintenanceContract, { description: '记录续约结果: RENEWED links the new contract, DECLINED records why; once' })
  recordContractRenewal(@Ctx() context: RequestContext, @Arg('input', () => RecordContractRenewalInput) input: RecordContractRenewalInput) {
    return maintenanceContractService.recordRenewal(context, input);
  }

  @Authorized('contracts.read')
  @Query(() => MaintenanceContractSettingsType, { description: '保养合同参数' })
  async maintenanceContractSettings(@Ctx() context: RequestContext) {
    return readMaintenanceContractSettings(await context.manager());
  }

  @Authorized('contracts.configure')
  @Mutation(() => MaintenanceContractSettingsType, { description: '修改保养合同参数 (the notice period)' })
  updateMaintenanceContractSettings(@Ctx() context: RequestContext, @Arg('input', () => MaintenanceContractSettingsInput) input: MaintenanceContractSettingsInput) {
    return saveMaintenanceContractSettings(context, { renewalNoticeDays: input.renewalNoticeDays });
  }

  @FieldResolver(() => [String], { description: '出厂编号 of the covered units, in the order listed' })
  async serialNumbers(@Root() contract: MaintenanceContract, @Ctx() context: RequestContext) {
    return (await context.loaders.serialsOfContract.load(contract.id)).map((serial) => serial.serialNumber);
  }

  @FieldResolver(() => [CoveredUnit], { description: '合同覆盖的产品, with the registered unit where head office knows the serial' })
  async coveredUnits(@Root() contract: MaintenanceContract, @Ctx() context: RequestContext): Promise<CoveredUnit[]> {
    return (await context.loaders.serialsOfContract.load(contract.id)).map((serial) => ({ serialNumber: serial.serialNumber }));
  }

  @FieldResolver(() => RepairCenter, { nullable: true, description: '服务中心; null: head office serves it' })
  repairCenter(@Root() contract: MaintenanceContract, @Ctx() context: RequestContext) {
    return contract.repairCenterId ? context.loaders.repairCenter.load(contract.repairCenterId) : null;
  }

  @FieldResolver(() => MaintenanceContractStatusEnum, { description: 'On today’s date' })
  async status(@Root() contract: MaintenanceContract, @Ctx() context: RequestContext): Promise<ContractStatus> {
    return contractStatusOn(contract, await context.loaders.today());
  }

  @FieldResolver(() => Int, { description: '剩余天数: 0 on the last day, negative once ended' })
  async daysLeft(@Root() contract: MaintenanceContract, @Ctx() context: RequestContext) {
    return contractDaysLeft(contract, await context.loaders.today());
  }

  @FieldResolver(() => Boolean, { description: '即将到期: ends within the notice period and no notice or renewal recorded yet' })
  async expiring(@Root() contract: MaintenanceContract, @Ctx() context: RequestContext) {
    const [today, settings] = await Promise.all([context.loaders.today(), context.loaders.maintenanceContractSettings()]);
    return isContractExpiring(contract, today, settings.renewalNoticeDays);
  }

  @FieldResolver(() => LocalDateScalar, { description: '到期通知应发日期: the notice period before the last day' })
  async renewalNoticeDueOn(@Root() contract: MaintenanceContract, @Ctx() context: RequestContext) {
    return renewalNoticeDueOn(contract, (await context.loaders.maintenanceContractSettings()).renewalNoticeDays);
  }

  @FieldResolver(() => RenewalStateEnum)
  renewalState(@Root() contract: MaintenanceContract): RenewalState {
    return renewalStateOf(contract);
  }

  @FieldResolver(() => [ContractActionEnum], { description: 'What you may do with it now (the lifecycle’s allowed commands)' })
  allowedActions(@Root() contract: MaintenanceContract, @Ctx() context: RequestContext) {
    return maintenanceContractService.allowedActions(context, contract);
  }

  @FieldResolver(() => ContractRenewalNotice, { nullable: true, description: '保养到期通知书; null until recorded' })
  renewalNotice(@Root() contract: MaintenanceContract) {
    return renewalNoticeOf(contract);
  }

  @FieldResolver(() => ContractRenewal, { nullable: true, description: '续约结果; null until recorded' })
  renewal(@Root() contract: MaintenanceContract) {
    return renewalRecordOf(contract);
  }

  @FieldResolver(() => MaintenanceContract, { nullable: true, description: 'RENEWED: the contract that continues this one' })
  renewedBy(@Root() contract: MaintenanceContract, @Ctx() context: RequestContext) {
    return contract.renewedByContractId ? context.loaders.maintenanceContract.load(contract.renewedByContractId) : null;
  }

  @FieldResolver(() => MaintenanceContract, { nullable: true, description: 'The contract this one renews' })
  async renewalOf(@Root() contract: MaintenanceContract, @Ctx() context: RequestContext) {
    return (await context.loaders.renewedContractsOf.load(contract.id))[0] ?? null;
  }

  @FieldResolver(() => [MaintenanceContract], {
    description: 'Detail view only: the contracts that could be recorded as this one’s renewal (cover one of its units, end later, renew no other)',
  })
  renewalCandidates(@Root() contract: MaintenanceContract, @Ctx() context: RequestContext) {
    return maintenanceContractService.renewalCandidates(context, contract);
  }

  @FieldResolver(() => [WorkOrder], { description: '合同项下的派工单, newest call first' })
  workOrders(@Root() contract: MaintenanceContract, @Ctx() context: RequestContext) {
    return context.loaders.workOrdersOfContract.load(contract.id);
  }
}

@Resolver(() => CoveredUnit)
export class CoveredUnitResolver {
  @FieldResolver(() => ProductUnit, { nullable: true, description: 'The registered unit with this serial; null when head office does not know it' })
  productUnit(@Root() unit: CoveredUnit, @Ctx() context: RequestContext) {
    return context.loaders.productUnitBySerial.load(unit.serialNumber);
  }
}

@Resolver(() => ContractCoverage)
export class ContractCoverageResolver {
  @FieldResolver(() => MaintenanceContract, { nullable: true, description: 'The contract, when the viewer may read it (a partner: its own center’s)' })
  contract(@Root() coverage: ContractCoverage, @Ctx() context: RequestContext) {
    return coverage.contractId ? context.loaders.maintenanceContract.load(coverage.contractId) : null;
  }

  @FieldResolver(() => RepairCenter, { nullable: true, description: 'The center serving the contract, when the viewer may read it; null for head office' })
  repairCenter(@Root() coverage: ContractCoverage, @Ctx() context: RequestContext) {
    return coverage.repairCenterId ? context.loaders.repairCenter.load(coverage.repairCenterId) : null;
  }
}

/** 保养合同 on a work order: the contract covering its serial on the call date. */
@Resolver(() => WorkOrder)
export class WorkOrderContractResolver {
  @FieldResolver(() => MaintenanceContract, {
    nullable: true,
    description: '保养合同 covering the serial on the call date (then an out-of-warranty call is CONTRACT); null when none, or hidden from a partner that does not serve it',
  })
  maintenanceContract(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    return order.maintenanceContractId ? context.loaders.maintenanceContract.load(order.maintenanceContractId) : null;
  }
}
