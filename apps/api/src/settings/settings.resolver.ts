import type { RepairCenterSettings as RepairCenterSettingsShape } from '@aftersales/domain';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { settingsService } from './settings.service.js';

@ObjectType({ description: '维修中心参数' })
export class RepairCenterSettings implements RepairCenterSettingsShape {
  @Field(() => Int, { description: '考核合格分 (each item must reach it)' })
  assessmentPassMark: number;

  @Field(() => Int, { description: '整改期限 (days after a failed assessment)' })
  rectificationDays: number;

  @Field(() => Int, { description: '协议到期提醒 (days ahead)' })
  agreementExpiryWarningDays: number;
}

@InputType()
export class RepairCenterSettingsInput implements RepairCenterSettingsShape {
  @Field(() => Int)
  assessmentPassMark: number;

  @Field(() => Int)
  rectificationDays: number;

  @Field(() => Int)
  agreementExpiryWarningDays: number;
}

@Resolver()
export class SettingsResolver {
  @Authorized('repairCenters.read')
  @Query(() => RepairCenterSettings, { description: '维修中心参数' })
  repairCenterSettings(@Ctx() context: RequestContext) {
    return settingsService.repairCenters(context);
  }

  @Authorized('repairCenters.manage')
  @Mutation(() => RepairCenterSettings, { description: '修改维修中心参数' })
  updateRepairCenterSettings(
    @Ctx() context: RequestContext,
    @Arg('input', () => RepairCenterSettingsInput) input: RepairCenterSettingsInput,
  ) {
    return settingsService.updateRepairCenters(context, input);
  }
}
