import type { ContractStatus, RenewalNoticeMethod, RenewalOutcome } from '@aftersales/domain';
import { IsInt, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { LocalDateScalar, MoneyScalar } from '../common/scalars.js';
import { MaintenanceContractStatusEnum, RenewalNoticeMethodEnum, RenewalOutcomeEnum } from './maintenance-contract.types.js';
import { msg, validationMessage } from '../i18n/message.js';

/*
 * Required texts, serials and dates are checked by the domain, which names every bad field at
 * once (serials by line: serialNumbers.<index>); here only id formats.
 */
@InputType({ description: '保养合同 as typed on the form' })
export class MaintenanceContractInput {
  @Field(() => String, { description: '合同编号' })
  contractNumber: string;

  @Field(() => String)
  customerName: string;

  @Field(() => String)
  customerPhone: string;

  @Field(() => String, { description: '地址 (the expiry notice is mailed here)' })
  customerAddress: string;

  @Field(() => [String], { description: '出厂编号 of every unit covered, at least one; matched like work orders (case and spaces ignored)' })
  serialNumbers: string[];

  @Field(() => LocalDateScalar, { description: '有效期起' })
  validFrom: string;

  @Field(() => LocalDateScalar, { description: '有效期止 (on or after validFrom)' })
  validTo: string;

  @Field(() => ID, { nullable: true, description: 'The repair center that serves it; null: head office' })
  @IsOptional()
  @IsUUID('all', { ...validationMessage(msg('apiMaintenanceContracts.chooseRepairCenter')) })
  repairCenterId?: string | null;

  @Field(() => MoneyScalar, { nullable: true, description: '年费; null when the contract states none' })
  annualFee?: number | null;
}

@InputType({ description: '修改保养合同: the contract as it should read, with the version you read' })
export class UpdateMaintenanceContractInput extends MaintenanceContractInput {
  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: 'The contract and the version you read' })
export class MaintenanceContractChange {
  @Field(() => ID)
  id: string;

  @Field(() => Int, { description: 'The version you read; a stale one gets CONFLICT' })
  @IsInt()
  @Min(1)
  version: number;
}

@InputType({ description: '记录到期通知 (保养到期通知书 sent, 003 §15)' })
export class RecordContractRenewalNoticeInput extends MaintenanceContractChange {
  @Field(() => LocalDateScalar, { description: '寄送 / 上门 / 电话日期: not in the future, not before the contract started' })
  sentOn: string;

  @Field(() => RenewalNoticeMethodEnum)
  method: RenewalNoticeMethod;

  @Field(() => String, { description: '经办人: who sent it or visited the customer' })
  sentBy: string;

  @Field(() => String, { nullable: true })
  note?: string | null;
}

@InputType({ description: '记录续约结果: RENEWED names the new contract; DECLINED needs the reason' })
export class RecordContractRenewalInput extends MaintenanceContractChange {
  @Field(() => RenewalOutcomeEnum)
  outcome: RenewalOutcome;

  @Field(() => ID, { nullable: true, description: 'RENEWED: the contract that continues this one (ends later, covers one of its units)' })
  renewedByContractId?: string | null;

  @Field(() => String, { nullable: true, description: 'DECLINED: why the customer declined' })
  note?: string | null;
}

@InputType({ description: '保养合同筛选' })
export class MaintenanceContractFilter {
  @Field(() => String, { nullable: true, description: 'Contract number, customer, phone or a covered serial' })
  @IsOptional()
  @MaxLength(100)
  search?: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description: '即将到期: ends within the notice period (settings, or expiringWithinDays) and no notice or renewal recorded yet',
  })
  expiring?: boolean | null;

  @Field(() => Int, { nullable: true, description: 'With expiring: this many days instead of the settings’ notice period' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  expiringWithinDays?: number | null;

  @Field(() => MaintenanceContractStatusEnum, { nullable: true })
  status?: ContractStatus | null;

  @Field(() => ID, { nullable: true })
  repairCenterId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'true: contracts head office serves itself' })
  headOffice?: boolean | null;
}

@InputType({ description: '保养合同参数' })
export class MaintenanceContractSettingsInput {
  @Field(() => Int, { description: '到期通知提前天数, 1–365' })
  renewalNoticeDays: number;
}
