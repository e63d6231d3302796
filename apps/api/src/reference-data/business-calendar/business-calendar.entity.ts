import { CALENDAR_DAY_KINDS, type CalendarDayKind, type WorkingPeriod as WorkingPeriodShape } from '@aftersales/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn, UpdateDateColumn } from 'typeorm';
import { LocalDateScalar } from '../../common/scalars.js';
import { RecordBase } from '../../common/timestamps.js';

export const CalendarDayKindEnum = Object.fromEntries(CALENDAR_DAY_KINDS.map((v) => [v, v])) as { [K in CalendarDayKind]: K };
registerEnumType(CalendarDayKindEnum, { name: 'CalendarDayKind', description: 'HOLIDAY 节假日, WORKDAY 调休上班日' });

@ObjectType({ description: '工作时段 Working period, "HH:mm"' })
export class WorkingPeriod implements WorkingPeriodShape {
  @Field(() => String)
  start: string;

  @Field(() => String)
  end: string;
}

/** The single row holding the company's working week. */
@Entity('business_calendar_settings')
export class BusinessCalendarSettings {
  @PrimaryColumn({ type: 'integer' })
  id: number;

  @Column({ type: 'text', name: 'time_zone' })
  timeZone: string;

  @Column({ type: 'integer', array: true, name: 'working_weekdays' })
  workingWeekdays: number[];

  @Column({ type: 'jsonb', name: 'working_periods' })
  workingPeriods: WorkingPeriod[];

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}

@ObjectType({ description: '节假日 / 调休 A holiday or a make-up working day' })
@Entity('calendar_day')
export class CalendarDay extends RecordBase {
  @Field(() => LocalDateScalar)
  @Column({ type: 'date' })
  date: string;

  @Field(() => CalendarDayKindEnum)
  @Column({ type: 'text' })
  kind: CalendarDayKind;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;

  /** Cleared entries stay for the record. */
  @Column({ type: 'timestamptz', name: 'cleared_at', nullable: true })
  clearedAt: Date | null;
}

@ObjectType({ description: '工作日历 Business calendar' })
export class BusinessCalendar {
  @Field(() => ID)
  id: string;

  @Field(() => String)
  timeZone: string;

  @Field(() => [Int], { description: 'ISO weekdays, 1 = Monday … 7 = Sunday' })
  workingWeekdays: number[];

  @Field(() => [WorkingPeriod])
  workingPeriods: WorkingPeriod[];
}
