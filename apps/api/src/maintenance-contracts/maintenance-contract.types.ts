import {
  CONTRACT_STATUSES,
  RENEWAL_NOTICE_METHODS,
  RENEWAL_OUTCOMES,
  RENEWAL_STATES,
  type RenewalNoticeMethod,
  type RenewalOutcome,
} from '@aftersales/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { graphQLEnum } from '../common/graphql-enum.js';
import { LocalDateScalar } from '../common/scalars.js';
import type { MaintenanceContract } from './maintenance-contract.entity.js';

export const MaintenanceContractStatusEnum = graphQLEnum(
  CONTRACT_STATUSES,
  'MaintenanceContractStatus',
  '保养合同状态 on today’s date: UPCOMING 未生效, ACTIVE 有效, EXPIRED 已到期',
);
export const RenewalNoticeMethodEnum = graphQLEnum(RENEWAL_NOTICE_METHODS, 'ContractRenewalNoticeMethod', '到期通知方式: LETTER 寄送, VISIT 派员上门, PHONE 电话');
export const RenewalOutcomeEnum = graphQLEnum(RENEWAL_OUTCOMES, 'ContractRenewalOutcome', '续约结果: RENEWED 已续约, DECLINED 不续约');
/** What a viewer may do with a contract now (the admin shows only these buttons). */
export const CONTRACT_ACTIONS = ['EDIT', 'RECORD_NOTICE', 'RECORD_RENEWAL'] as const;
export type ContractAction = (typeof CONTRACT_ACTIONS)[number];
export const ContractActionEnum = graphQLEnum(CONTRACT_ACTIONS, 'MaintenanceContractAction', '可执行操作: EDIT 修改, RECORD_NOTICE 登记到期通知, RECORD_RENEWAL 登记续约结果');
export const RenewalStateEnum = graphQLEnum(
  RENEWAL_STATES,
  'ContractRenewalState',
  '续约进度: NONE 未通知, NOTICE_SENT 已发到期通知, RENEWED 已续约, DECLINED 不续约',
);

@ObjectType({ description: '保养到期通知书 The expiry notice sent to the customer (003 §15)' })
export class ContractRenewalNotice {
  @Field(() => LocalDateScalar, { description: '寄送 / 上门 / 电话日期' })
  sentOn: string;

  @Field(() => RenewalNoticeMethodEnum)
  method: RenewalNoticeMethod;

  @Field(() => String, { description: '经办人 (who sent it or visited)' })
  sentBy: string;

  @Field(() => String, { nullable: true })
  note: string | null;

  @Field(() => String, { description: 'Who recorded it' })
  recordedByName: string;

  @Field(() => Date)
  recordedAt: Date;
}

@ObjectType({ description: '续约结果 RENEWED (see renewedBy) or DECLINED with the customer’s reason' })
export class ContractRenewal {
  @Field(() => RenewalOutcomeEnum)
  outcome: RenewalOutcome;

  @Field(() => String, { nullable: true, description: 'DECLINED: why; RENEWED: optional' })
  note: string | null;

  @Field(() => String)
  recordedByName: string;

  @Field(() => Date)
  recordedAt: Date;
}

@ObjectType({ description: '合同覆盖的产品 A unit the contract covers' })
export class CoveredUnit {
  @Field(() => String, { description: '出厂编号 as listed on the contract' })
  serialNumber: string;
}

export const CONTRACT_SERVERS = ['HEAD_OFFICE', 'REPAIR_CENTER'] as const;
export type ContractServer = (typeof CONTRACT_SERVERS)[number];
export const ContractServerEnum = graphQLEnum(CONTRACT_SERVERS, 'ContractServer', '合同服务方: HEAD_OFFICE 总部, REPAIR_CENTER 特约维修中心');

@ObjectType({
  description:
    '保养合同查询: the contract covering a serial on a date (a call for it is served under the contract). A partner is told of a contract it does not serve only that it exists and who serves it: the contract’s own fields are null',
})
export class ContractCoverage {
  @Field(() => ID, { nullable: true, description: 'null when the viewer may not read the contract (a partner: another’s)' })
  contractId: string | null;

  @Field(() => String, { nullable: true, description: '合同编号; null when the viewer may not read the contract' })
  contractNumber: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validFrom: string | null;

  @Field(() => LocalDateScalar, { nullable: true })
  validTo: string | null;

  @Field(() => ContractServerEnum, { description: 'Who serves the contract: head office or a repair center' })
  servedBy: ContractServer;

  /** The serving center, when the viewer may know which one (see the field resolver). */
  repairCenterId: string | null;
}

@ObjectType('MaintenanceContractSettings', { description: '保养合同参数' })
export class MaintenanceContractSettingsType {
  @Field(() => Int, { description: '到期通知提前天数 (003 §15: a month before expiry)' })
  renewalNoticeDays: number;
}

export function renewalNoticeOf(contract: MaintenanceContract): ContractRenewalNotice | null {
  if (!contract.renewalNoticeSentOn) return null;
  return {
    sentOn: contract.renewalNoticeSentOn,
    method: contract.renewalNoticeMethod!,
    sentBy: contract.renewalNoticeSentBy ?? '',
    note: contract.renewalNoticeNote,
    recordedByName: contract.renewalNoticeRecordedByName ?? '',
    recordedAt: contract.renewalNoticeRecordedAt!,
  };
}

export function renewalRecordOf(contract: MaintenanceContract): ContractRenewal | null {
  if (!contract.renewalOutcome) return null;
  return {
    outcome: contract.renewalOutcome,
    note: contract.renewalNote,
    recordedByName: contract.renewalRecordedByName ?? '',
    recordedAt: contract.renewalRecordedAt!,
  };
}
