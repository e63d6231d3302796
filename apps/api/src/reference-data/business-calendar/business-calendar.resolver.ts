import { Arg, Authorized, Ctx, FieldResolver, Int, Mutation, Query, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../../common/request-context.js';
import { LocalDateScalar } from '../../common/scalars.js';
import { BusinessCalendar, BusinessCalendarSettings, CalendarDay } from './business-calendar.entity.js';
import { BusinessCalendarInput, CalendarDayInput } from './business-calendar.input.js';
import { businessCalendarService } from './business-calendar.service.js';

const toGraphQL = (settings: BusinessCalendarSettings): BusinessCalendar => ({
  id: String(settings.id),
  timeZone: settings.timeZone,
  workingWeekdays: settings.workingWeekdays,
  workingPeriods: settings.workingPeriods,
});

@Resolver(() => BusinessCalendar)
export class BusinessCalendarResolver {
  @Authorized('referenceData.read')
  @Query(() => BusinessCalendar, { description: '工作日历' })
  async businessCalendar(@Ctx() context: RequestContext) {
    return toGraphQL(await businessCalendarService.settings(context));
  }

  @FieldResolver(() => [CalendarDay], { description: '节假日与调休上班日' })
  days(
    @Root() _calendar: BusinessCalendar,
    @Ctx() context: RequestContext,
    @Arg('year', () => Int, { nullable: true }) year?: number | null,
  ) {
    return businessCalendarService.days(context, year);
  }

  @Authorized('referenceData.manage')
  @Mutation(() => BusinessCalendar, { description: '修改工作时间' })
  async updateBusinessCalendar(
    @Ctx() context: RequestContext,
    @Arg('input', () => BusinessCalendarInput) input: BusinessCalendarInput,
  ) {
    return toGraphQL(await businessCalendarService.update(context, input));
  }

  @Authorized('referenceData.manage')
  @Mutation(() => CalendarDay, { description: '设置节假日 / 调休上班日' })
  setCalendarDay(@Ctx() context: RequestContext, @Arg('input', () => CalendarDayInput) input: CalendarDayInput) {
    return businessCalendarService.setDay(context, input);
  }

  @Authorized('referenceData.manage')
  @Mutation(() => Boolean, { description: '恢复为普通日 (kept in the audit log)' })
  clearCalendarDay(@Ctx() context: RequestContext, @Arg('date', () => LocalDateScalar) date: string) {
    return businessCalendarService.clearDay(context, date);
  }
}
