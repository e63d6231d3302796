import { throwIfFieldErrors, validatePartsSettings, type PartsSettings } from '@aftersales/domain';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import { recordAudit } from '../../audit/audit.service.js';
import type { RequestContext } from '../../common/request-context.js';
import { MoneyScalar } from '../../common/scalars.js';
import { AppSetting } from '../../settings/app-setting.entity.js';
import { PARTS_SETTINGS_KEY, readPartsSettings } from '../parts-settings.js';
import { storeNextApprovers } from './requisition-next-approver.js';
import { msg } from '../../i18n/message.js';

/** Replaces the parts settings in one audited write, with whose signature each requisition now waits for. */
async function savePartsSettings(context: RequestContext, next: PartsSettings): Promise<PartsSettings> {
  throwIfFieldErrors(validatePartsSettings(next), msg('apiParts.partsSettingsValidCorrectFields'));
  return context.transaction(async (manager) => {
    const before = await readPartsSettings(manager);
    await manager.upsert(AppSetting, { key: PARTS_SETTINGS_KEY, value: { ...next } as never }, ['key']);
    // A new threshold can add or spare the director's signature on what is waiting now.
    await storeNextApprovers(manager, next);
    await recordAudit(manager, context.principal, { action: 'UPDATE', entityType: 'Settings', entityId: PARTS_SETTINGS_KEY, before, after: next });
    return next;
  });
}

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
    return readPartsSettings(await context.manager());
  }

  @Authorized('parts.configure')
  @Mutation(() => PartsSettingsType, { description: '修改三包配件参数 (one audited write)' })
  updatePartsSettings(@Ctx() context: RequestContext, @Arg('input', () => PartsSettingsInput) input: PartsSettingsInput) {
    return savePartsSettings(context, {
      directorApprovalThreshold: input.directorApprovalThreshold,
      scrapAppraisalThreshold: input.scrapAppraisalThreshold,
      localPurchaseQuoteCount: input.localPurchaseQuoteCount,
    });
  }
}
