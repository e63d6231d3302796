import { effectiveRateLimit } from '@aftersales/domain';
import { Arg, Authorized, Ctx, FieldResolver, Float, ID, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { ApiKey } from './api-key.entity.js';
import { CreateApiKeyInput, CreatedApiKey, UpdateApiKeyInput } from './api-key.input.js';
import { apiKeyService } from './api-key.service.js';

@Resolver(() => ApiKey)
export class ApiKeyResolver {
  @Authorized('apiKeys.read')
  @Query(() => [ApiKey], { description: 'API 密钥 (a partner sees only its own center’s)' })
  apiKeys(
    @Ctx() context: RequestContext,
    @Arg('repairCenterId', () => ID, { nullable: true }) repairCenterId?: string | null,
    @Arg('includeRevoked', () => Boolean, { nullable: true }) includeRevoked?: boolean | null,
  ) {
    return apiKeyService.list(context, repairCenterId, includeRevoked ?? false);
  }

  @Authorized('apiKeys.manage')
  @Mutation(() => CreatedApiKey, { description: '新建 API 密钥 for a repair center' })
  createApiKey(@Ctx() context: RequestContext, @Arg('input', () => CreateApiKeyInput) input: CreateApiKeyInput) {
    return apiKeyService.create(context, input);
  }

  @Authorized('apiKeys.manage')
  @Mutation(() => ApiKey, { description: '修改 API 密钥的权限和限流; applies from the key’s next request' })
  updateApiKey(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateApiKeyInput) input: UpdateApiKeyInput,
  ) {
    return apiKeyService.update(context, id, input);
  }

  @Authorized('apiKeys.manage')
  @Mutation(() => ApiKey, { description: '吊销 API 密钥; it stops working at once' })
  revokeApiKey(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return apiKeyService.revoke(context, id);
  }

  @FieldResolver(() => Int, { description: '限流: requests per minute the key gets, its own limit or the default' })
  async rateLimitPerMinute(@Root() apiKey: ApiKey, @Ctx() context: RequestContext) {
    return effectiveRateLimit(apiKey.ownRateLimitPerMinute, await context.loaders.apiKeySettings());
  }

  @FieldResolver(() => Float, { description: '近 30 天请求数 (UTC days, today included; written every few seconds)' })
  requestsLast30Days(@Root() apiKey: ApiKey, @Ctx() context: RequestContext) {
    return context.loaders.requestsLast30Days.load(apiKey.id);
  }

  @FieldResolver(() => RepairCenter)
  repairCenter(@Root() apiKey: ApiKey, @Ctx() context: RequestContext) {
    return context.loaders.repairCenter.load(apiKey.repairCenterId);
  }
}
