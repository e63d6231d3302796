import type { Role } from '@aftersales/domain';
import { IsOptional, IsUUID, Matches, MaxLength, MinLength } from 'class-validator';
import { Field, ID, InputType } from 'type-graphql';
import { IsName } from '../common/input-rules.js';
import { RoleEnum } from './user.entity.js';
import { msg, validationMessage } from '../i18n/message.js';

@InputType()
export class CreateUserInput {
  @Field(() => String)
  @MinLength(3, { ...validationMessage(msg('apiUsers.usernameLeast3Characters')) })
  @MaxLength(32)
  @Matches(/^[A-Za-z0-9_.-]+$/, { ...validationMessage(msg('apiUsers.useLettersDigitsOnly')) })
  username: string;

  @Field(() => String)
  @IsName(50)
  displayName: string;

  /** Checked by the users service, the same rule as a password reset. */
  @Field(() => String)
  password: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true, description: 'Required for PARTNER users: their repair center' })
  @IsOptional()
  @IsUUID('all', { ...validationMessage(msg('apiUsers.chooseRepairCenter')) })
  repairCenterId?: string | null;
}

@InputType()
export class UpdateUserInput {
  @Field(() => String)
  @IsName(50)
  displayName: string;

  @Field(() => RoleEnum)
  role: Role;

  @Field(() => ID, { nullable: true })
  @IsOptional()
  @IsUUID('all', { ...validationMessage(msg('apiUsers.chooseRepairCenter')) })
  repairCenterId?: string | null;
}

@InputType()
export class UserFilter {
  @Field(() => String, { nullable: true, description: 'Matches username or display name' })
  search?: string | null;

  @Field(() => RoleEnum, { nullable: true })
  role?: Role | null;

  @Field(() => Boolean, { nullable: true })
  includeDisabled?: boolean | null;
}
