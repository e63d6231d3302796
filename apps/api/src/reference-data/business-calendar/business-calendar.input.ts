import type { CalendarDayKind } from '@aftersales/domain';
import { MaxLength, IsNotEmpty } from 'class-validator';
import { Field, InputType, Int } from 'type-graphql';
import { LocalDateScalar } from '../../common/scalars.js';
import { CalendarDayKindEnum } from './business-calendar.entity.js';
import { msg, validationMessage } from '../../i18n/message.js';

@InputType()
export class WorkingPeriodInput {
  @Field(() => String, { description: '"HH:mm"' })
  start: string;

  @Field(() => String, { description: '"HH:mm"' })
  end: string;
}

@InputType({ description: '工作日历 Working week' })
export class BusinessCalendarInput {
  @Field(() => String, { description: 'IANA time zone, e.g. Asia/Shanghai' })
  timeZone: string;

  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday' })
  workingWeekdays: number[];

  @Field(() => [WorkingPeriodInput])
  workingPeriods: WorkingPeriodInput[];
}

@InputType({ description: '节假日 / 调休上班日' })
export class CalendarDayInput {
  @Field(() => LocalDateScalar)
  date: string;

  @Field(() => CalendarDayKindEnum)
  kind: CalendarDayKind;

  @Field(() => String, { description: 'e.g. 国庆节' })
  @IsNotEmpty({ ...validationMessage(msg('apiReferenceData.nameDay')) })
  @MaxLength(50)
  name: string;
}
