import { IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CodedInput } from '../common/coded-record.js';
import { LocalDateScalar } from '../common/scalars.js';
import { msg, validationMessage } from '../i18n/message.js';

@InputType({ description: '技术员 Technician' })
export class TechnicianInput extends CodedInput {
  @Field(() => String)
  @IsNotEmpty({ ...validationMessage(msg('apiTechnicians.enterPhoneNumber')) })
  @MaxLength(30)
  phone: string;

  @Field(() => ID, { nullable: true, description: 'The employing repair center; omit for head-office staff' })
  @IsOptional()
  @IsUUID('all', { ...validationMessage(msg('apiTechnicians.chooseRepairCenter')) })
  repairCenterId?: string | null;

  @Field(() => [ID], { description: 'Product categories the technician can service' })
  @IsUUID('all', { each: true, ...validationMessage(msg('apiTechnicians.chooseExistingProductCategories')) })
  skillCategoryIds: string[];

  @Field(() => String, { nullable: true, description: '资格证书编号' })
  @IsOptional()
  @MaxLength(50)
  certificateNumber?: string | null;

  @Field(() => LocalDateScalar, { nullable: true, description: '资格证书有效期至' })
  certificateExpiresOn?: string | null;
}

@InputType()
export class TechnicianFilter {
  @Field(() => String, { nullable: true, description: 'Matches code, name or phone' })
  search?: string | null;

  @Field(() => ID, { nullable: true })
  repairCenterId?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Only head-office staff' })
  headOfficeOnly?: boolean | null;

  @Field(() => ID, { nullable: true })
  skillCategoryId?: string | null;

  @Field(() => Boolean, { nullable: true })
  includeInactive?: boolean | null;
}

@InputType({ description: '跨区域派遣' })
export class TechnicianRegionAssignmentInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiTechnicians.chooseTechnician')) })
  technicianId: string;

  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiTechnicians.chooseRegion')) })
  regionId: string;

  @Field(() => LocalDateScalar)
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => String)
  @IsNotEmpty({ ...validationMessage(msg('apiTechnicians.giveReasonAssignment')) })
  @MaxLength(500)
  reason: string;
}
