import { MANUAL_CENTER_STATUSES, type RepairCenterStatus } from '@aftersales/domain';
import { ArrayNotEmpty, IsIn, IsInt, IsNotEmpty, IsOptional, IsUUID, Max, MaxLength, Min } from 'class-validator';
import { Field, ID, InputType, Int } from 'type-graphql';
import { CodedInput } from '../common/coded-record.js';
import { LocalDateScalar } from '../common/scalars.js';
import { RepairCenterStatusEnum } from './repair-center.entity.js';
import { msg, validationMessage } from '../i18n/message.js';

@InputType({ description: '特约维修中心 Repair center' })
export class RepairCenterInput extends CodedInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiRepairCenters.chooseRegion')) })
  regionId: string;

  @Field(() => String)
  @IsNotEmpty({ ...validationMessage(msg('apiRepairCenters.enterAddress')) })
  @MaxLength(200)
  address: string;

  @Field(() => String, { description: '联系人' })
  @IsNotEmpty({ ...validationMessage(msg('apiRepairCenters.enterContactPerson')) })
  @MaxLength(50)
  contactName: string;

  @Field(() => String)
  @IsNotEmpty({ ...validationMessage(msg('apiRepairCenters.enterPhoneNumber')) })
  @MaxLength(30)
  phone: string;

  @Field(() => String, { description: '合作协议编号' })
  @IsNotEmpty({ ...validationMessage(msg('apiRepairCenters.enterAgreementNumber')) })
  @MaxLength(50)
  agreementNumber: string;

  @Field(() => LocalDateScalar)
  agreementValidFrom: string;

  @Field(() => LocalDateScalar)
  agreementValidTo: string;

  @Field(() => [ID], { description: 'The product categories it may serve' })
  @ArrayNotEmpty({ ...validationMessage(msg('apiRepairCenters.chooseLeastOneProductCategory')) })
  @IsUUID('all', { each: true, ...validationMessage(msg('apiRepairCenters.chooseExistingProductCategories')) })
  categoryIds: string[];

  @Field(() => String, { nullable: true })
  @IsOptional()
  @MaxLength(1000)
  notes?: string | null;
}

@InputType()
export class ChangeRepairCenterStatusInput {
  @Field(() => RepairCenterStatusEnum, { description: 'ACTIVE (reinstate), SUSPENDED or REVOKED' })
  @IsIn(MANUAL_CENTER_STATUSES, { ...validationMessage(msg('apiRepairCenters.headOfficeSetsActiveSuspended')) })
  status: RepairCenterStatus;

  @Field(() => String)
  @IsNotEmpty({ ...validationMessage(msg('apiRepairCenters.giveReasonKeptCenterS')) })
  @MaxLength(500)
  reason: string;
}

@InputType()
export class RepairCenterFilter {
  @Field(() => String, { nullable: true })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  regionId?: string | null;

  @Field(() => RepairCenterStatusEnum, { nullable: true, description: 'The effective status (EXPIRED included)' })
  status?: RepairCenterStatus | null;

  @Field(() => ID, { nullable: true })
  categoryId?: string | null;

  @Field(() => Int, { nullable: true, description: 'Agreement ends between today and today + N days' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(3650)
  agreementExpiringWithinDays?: number | null;
}
