import type { WorkOrderSettings } from '@aftersales/domain';
import { ValidateNested } from 'class-validator';
import { Arg, Authorized, Ctx, Field, InputType, Int, Mutation, ObjectType, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { MoneyScalar } from '../common/scalars.js';
import { saveWorkOrderSettings } from './work-order-settings.js';

@ObjectType({ description: '到达时限 Working hours from the call to arrival, by site' })
class ArrivalHours {
  @Field(() => Int, { description: '市区' }) URBAN: number;
  @Field(() => Int, { description: '郊区' }) SUBURBAN: number;
}

@InputType()
class ArrivalHoursInput {
  @Field(() => Int) URBAN: number;
  @Field(() => Int) SUBURBAN: number;
}

@ObjectType('WorkOrderSettings', { description: '派工单参数: arrival SLA, repeat-repair window and the labour rate of the fee schedule' })
class WorkOrderSettingsType implements WorkOrderSettings {
  @Field(() => ArrivalHours) arrivalHours: ArrivalHours;
  @Field(() => Int, { description: '重复维修期 (calendar days after a completed repair)' }) repeatRepairDays: number;
  @Field(() => MoneyScalar, { description: '工时费 per hour (收费标准表)' }) hourlyRate: number;
}

@InputType()
class WorkOrderSettingsInput implements WorkOrderSettings {
  @Field(() => ArrivalHoursInput)
  @ValidateNested()
  arrivalHours: ArrivalHoursInput;

  @Field(() => Int) repeatRepairDays: number;
  @Field(() => MoneyScalar) hourlyRate: number;
}

@Resolver()
export class WorkOrderSettingsResolver {
  @Authorized('workOrders.read')
  @Query(() => WorkOrderSettingsType, { name: 'workOrderSettings', description: '派工单参数' })
  settings(@Ctx() context: RequestContext) {
    return context.loaders.workOrderSettings();
  }

  @Authorized('workOrders.configure')
  @Mutation(() => WorkOrderSettingsType, { name: 'updateWorkOrderSettings', description: '修改派工单参数 (arrival hours, repeat-repair days, hourly rate)' })
  update(@Ctx() context: RequestContext, @Arg('input', () => WorkOrderSettingsInput) input: WorkOrderSettingsInput) {
    return saveWorkOrderSettings(context, {
      arrivalHours: { URBAN: input.arrivalHours.URBAN, SUBURBAN: input.arrivalHours.SUBURBAN },
      repeatRepairDays: input.repeatRepairDays,
      hourlyRate: input.hourlyRate,
    });
  }
}
