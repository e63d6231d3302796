import type { WriteOffStatus } from '@aftersales/domain';
import { ArrayMaxSize, IsOptional, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { ArgsType, Field, ID, InputType, Int } from 'type-graphql';
import { WriteOffStatusEnum } from '../stock/stock-enums.js';
import { msg, validationMessage } from '../../i18n/message.js';
import { SyncPageArgs } from '../../common/incremental-sync.js';

@InputType({ description: 'Which write-offs to list' })
export class WriteOffFilter {
  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { ...validationMessage(msg('apiParts.chooseRepairCenter')) })
  repairCenterId?: string | null;

  @Field(() => String, { nullable: true, description: 'YYYY-Qn' })
  @IsOptional()
  @MaxLength(7)
  quarter?: string | null;

  @Field(() => WriteOffStatusEnum, { nullable: true })
  status?: WriteOffStatus | null;
}

@ArgsType()
export class WriteOffPageArgs extends SyncPageArgs {}

@InputType({ description: '盘点 What CS counted for one part, and why a difference is what it is' })
export class WriteOffCountInput {
  @Field(() => ID)
  partId: string;

  @Field(() => Int, { description: '季初在库 counted on the quarter’s first day' })
  onHandAtStart: number;

  @Field(() => Int, { description: '季末在库 counted on the quarter’s last day' })
  onHandAtEnd: number;

  @Field(() => String, { nullable: true, description: '差异说明 e.g. the customer kept the old part; it lets the write-off close' })
  @IsOptional()
  @MaxLength(1000)
  explanation?: string | null;
}

@ArgsType()
export class RecordWriteOffCountsArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => [WriteOffCountInput])
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  counts: WriteOffCountInput[];
}

@ArgsType()
export class RecordOldPartsReturnedArgs {
  @Field(() => ID)
  id: string;

  @Field(() => Int)
  version: number;

  @Field(() => ID)
  partId: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => String, { description: 'HEAD_OFFICE or FACTORY (the manufacturing unit)' })
  @MaxLength(20)
  to: string;
}
