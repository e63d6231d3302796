import { IsUUID } from 'class-validator';
import type { ApiKeyScope } from '@aftersales/domain';
import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { IsName } from '../common/input-rules.js';
import { ApiKey, ApiKeyScopeEnum } from './api-key.entity.js';
import { msg, validationMessage } from '../i18n/message.js';

@InputType()
export class CreateApiKeyInput {
  @Field(() => ID)
  @IsUUID('all', { ...validationMessage(msg('apiApiKeys.chooseRepairCenter')) })
  repairCenterId: string;

  @Field(() => String, { description: 'What the key is for, e.g. "ERP 对接"' })
  @IsName(50)
  name: string;

  @Field(() => ApiKeyScopeEnum, { nullable: true, description: 'READ 只读 or READ_WRITE 读写; READ_WRITE when left out (what every key could do before scopes)' })
  scope?: ApiKeyScope | null;

  @Field(() => Int, { nullable: true, description: 'The key’s own requests-per-minute limit; left out, the key follows the default in apiKeySettings' })
  rateLimitPerMinute?: number | null;
}

@InputType()
export class UpdateApiKeyInput {
  @Field(() => ApiKeyScopeEnum)
  scope: ApiKeyScope;

  @Field(() => Int, { nullable: true, description: 'null: the key follows the default in apiKeySettings' })
  rateLimitPerMinute?: number | null;
}

@ObjectType({ description: '新建的 API 密钥: the secret is shown only this once' })
export class CreatedApiKey {
  @Field(() => ApiKey)
  apiKey: ApiKey;

  @Field(() => String, { description: 'The full key; store it now, it cannot be shown again' })
  secret: string;
}
