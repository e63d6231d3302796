import type { ApiKeySettings } from '@aftersales/domain';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { apiKeySettingsService } from './api-key-settings.js';

@ObjectType('ApiKeySettings', { description: 'API 密钥参数' })
class ApiKeySettingsType implements ApiKeySettings {
  @Field(() => Int, { description: '默认限流: requests per minute for every key without a limit of its own' })
  defaultRateLimitPerMinute: number;
}

@InputType()
class ApiKeySettingsInput implements ApiKeySettings {
  @Field(() => Int) defaultRateLimitPerMinute: number;
}

@Resolver()
export class ApiKeySettingsResolver {
  @Authorized('apiKeys.read')
  @Query(() => ApiKeySettingsType, { description: 'API 密钥参数' })
  apiKeySettings(@Ctx() context: RequestContext) {
    return apiKeySettingsService.read(context);
  }

  @Authorized('apiKeys.manage')
  @Mutation(() => ApiKeySettingsType, { description: '修改 API 密钥参数 (one audited write)' })
  updateApiKeySettings(@Ctx() context: RequestContext, @Arg('input', () => ApiKeySettingsInput) input: ApiKeySettingsInput) {
    return apiKeySettingsService.save(context, { defaultRateLimitPerMinute: input.defaultRateLimitPerMinute });
  }
}
