import { IsUUID } from 'class-validator';
import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { IsName } from '../common/input-rules.js';
import { ApiKey } from './api-key.entity.js';
import { msg, validationMessage } from '../i18n/message.js';

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiApiKeys.chooseRepairCenter')) })
  repairCenterId: string;

  @Field(() => String, { description: 'What the key is for, e.g. "ERP 对接"' })
  @IsName(50)
  name: string;
}

@ObjectType({ description: '新建的 API 密钥: the secret is shown only this once' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field(() => String, { description: 'The full key; store it now, it cannot be shown again' })
  secret: string;
}
