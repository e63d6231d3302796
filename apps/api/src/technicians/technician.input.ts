import { IsNotEmpty, IsOptional, IsUUID, MaxLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { CodedInput } from '../common/coded-record.js';
import { LocalDateScalar } from '../common/scalars.js';

@InputType({ description: '技术员 Technician' })
export class TechnicianInput extends CodedInput {
  @Field(() => String)
  @IsNotEmpty({ message: 'Enter a phone number.' })
  @MaxLength(30)
  phone: string;

  @Field(() => ID, { nullable: true, description: 'The employing repair center; omit for head-office staff' })
  @IsOptional()
  @IsUUID('all', { message: 'Choose a repair center.' })
  repairCenterId?: string | null;

  @Field(() => [ID], { description: 'Product categories the technician can service' })
  @IsUUID('all', { each: true, message: 'Choose existing product categories.' })
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
  @IsUUID('all', { message: 'Choose a technician.' })
  technicianId: string;

  @Field(() => ID)
  @IsUUID('all', { message: 'Choose a region.' })
  regionId: string;

  @Field(() => LocalDateScalar)
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  endsOn?: string | null;

  @Field(() => String)
  @IsNotEmpty({ message: 'Give the reason for the assignment.' })
  @MaxLength(500)
  reason: string;
}
