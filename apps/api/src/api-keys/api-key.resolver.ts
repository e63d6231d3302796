import { Arg, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { ApiKey } from './api-key.entity.js';
import { CreateApiKeyInput, CreatedApiKey } from './api-key.input.js';
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
  @Mutation(() => ApiKey, { description: '吊销 API 密钥; it stops working at once' })
  revokeApiKey(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return apiKeyService.revoke(context, id);
  }

  @FieldResolver(() => RepairCenter)
  repairCenter(@Root() apiKey: ApiKey, @Ctx() context: RequestContext) {
    return context.loaders.repairCenter.load(apiKey.repairCenterId);
  }
}
