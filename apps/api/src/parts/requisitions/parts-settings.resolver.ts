import type { PartsSettings } from '@aftersales/domain';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { MoneyScalar } from '../../common/scalars.js';
import { partsSettingsService } from './parts-settings.service.js';

@ObjectType('PartsSettings', { description: '三包配件参数: the director’s signature threshold, the scrap appraisal threshold, the quotes a local purchase compares' })
class PartsSettingsType implements PartsSettings {
  @Field(() => MoneyScalar, { description: '总监签字金额: a requisition worth more needs the DIRECTOR too' })
  directorApprovalThreshold: number;

  @Field(() => MoneyScalar, { description: '报废鉴定金额: scrapping this much or more needs an appraisal' })
  scrapAppraisalThreshold: number;

  @Field(() => Int, { description: '比价家数: quotes from different suppliers a local purchase compares' })
  localPurchaseQuoteCount: number;
}

@InputType()
class PartsSettingsInput implements PartsSettings {
  @Field(() => MoneyScalar) directorApprovalThreshold: number;
  @Field(() => MoneyScalar) scrapAppraisalThreshold: number;
  @Field(() => Int) localPurchaseQuoteCount: number;
}

@Resolver()
export class PartsSettingsResolver {
  @Authorized('parts.read')
  @Query(() => PartsSettingsType, { description: '三包配件参数' })
  async partsSettings(@Ctx() context: RequestContext) {
    return partsSettingsService.read(context);
  }

  @Authorized('parts.configure')
  @Mutation(() => PartsSettingsType, { description: '修改三包配件参数 (one audited write)' })
  updatePartsSettings(@Ctx() context: RequestContext, @Arg('input', () => PartsSettingsInput) input: PartsSettingsInput) {
    return partsSettingsService.save(context, {
      directorApprovalThreshold: input.directorApprovalThreshold,
      scrapAppraisalThreshold: input.scrapAppraisalThreshold,
      localPurchaseQuoteCount: input.localPurchaseQuoteCount,
    });
  }
}
