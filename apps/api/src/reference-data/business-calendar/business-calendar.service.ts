import { type BusinessCalendarConfig, throwIfFieldErrors, validateCalendarConfig } from '@aftersales/domain';
import { type EntityManager, IsNull } from 'typeorm';
import { recordAudit } from '../../audit/audit.service.js';
import { trimmed } from '../../common/input-rules.js';
import type { RequestContext } from '../../common/request-context.js';
import { storeReplyDue } from '../../complaints/reply-due.js';
import { storeSubmittedLate } from '../../technician-scores/submitted-late.js';
import { BusinessCalendarSettings, CalendarDay } from './business-calendar.entity.js';
import type { BusinessCalendarInput, CalendarDayInput } from './business-calendar.input.js';

const SETTINGS_ID = 1;

const lockedDayOn = (manager: EntityManager, date: string) =>
  manager.findOne(CalendarDay, { where: { date, clearedAt: IsNull() }, lock: { mode: 'pessimistic_write' } });

/** The calendar as the domain rules take it (deadlines, SLAs), read with the given manager. */
export async function readCalendarConfig(manager: EntityManager): Promise<BusinessCalendarConfig> {
  // One after the other: outside a request (seed, migrations) the manager's connection runs one query at a time.
  const settings = await manager.findOneByOrFail(BusinessCalendarSettings, { id: SETTINGS_ID });
  const days = await manager.find(CalendarDay, { where: { clearedAt: IsNull() }, order: { date: 'ASC' } });
  return calendarConfigOf(settings, days);
}

function calendarConfigOf(settings: BusinessCalendarSettings, days: CalendarDay[]): BusinessCalendarConfig {
  return {
    timeZone: settings.timeZone,
    workingWeekdays: settings.workingWeekdays,
    workingPeriods: settings.workingPeriods,
    holidays: days.filter((day) => day.kind === 'HOLIDAY').map((day) => day.date),
    makeUpWorkdays: days.filter((day) => day.kind === 'WORKDAY').map((day) => day.date),
  };
}

export const businessCalendarService = {
  async settings(context: RequestContext): Promise<BusinessCalendarSettings> {
    const manager = await context.manager();
    return manager.findOneByOrFail(BusinessCalendarSettings, { id: SETTINGS_ID });
  },

  async days(context: RequestContext, year?: number | null): Promise<CalendarDay[]> {
    const manager = await context.manager();
    const query = manager
      .createQueryBuilder(CalendarDay, 'day')
      .where('day.clearedAt IS NULL')
      .orderBy('day.date');
    if (year) query.andWhere('EXTRACT(YEAR FROM day.date) = :year', { year });
    return query.getMany();
  },

  /** The calendar as the domain rules take it (deadlines, SLAs). */
  configOf(settings: BusinessCalendarSettings, days: CalendarDay[]): BusinessCalendarConfig {
    return calendarConfigOf(settings, days);
  },

  async update(context: RequestContext, input: BusinessCalendarInput): Promise<BusinessCalendarSettings> {
    const workingPeriods = input.workingPeriods.map(({ start, end }) => ({ start: start.trim(), end: end.trim() }));
    const workingWeekdays = [...input.workingWeekdays].sort();
    throwIfFieldErrors(
      validateCalendarConfig({ timeZone: input.timeZone, workingWeekdays, workingPeriods, holidays: [], makeUpWorkdays: [] }),
    );
    return context.transaction(async (manager) => {
      const settings = await manager.findOneOrFail(BusinessCalendarSettings, {
        where: { id: SETTINGS_ID },
        lock: { mode: 'pessimistic_write' },
      });
      const before = { ...settings };
      Object.assign(settings, { timeZone: input.timeZone, workingWeekdays, workingPeriods });
      const saved = await manager.save(settings);
      // Lateness is judged by the date in the calendar's zone; reply deadlines by its days and hours.
      if (saved.timeZone !== before.timeZone) await storeSubmittedLate(manager);
      await storeReplyDue(manager);
      await recordAudit(manager, context.principal, {
        action: 'UPDATE',
        entityType: 'BusinessCalendar',
        entityId: String(SETTINGS_ID),
        before,
        after: saved,
      });
      return saved;
    });
  },

  /** Marks a date as a holiday or a make-up working day, replacing what the date had. */
  async setDay(context: RequestContext, input: CalendarDayInput): Promise<CalendarDay> {
    return context.transaction(async (manager) => {
      const existing = await lockedDayOn(manager, input.date);
      const before = existing ? { ...existing } : null;
      const day = existing ?? manager.create(CalendarDay, { date: input.date });
      Object.assign(day, { kind: input.kind, name: trimmed(input.name) });
      const saved = await manager.save(day);
      await storeReplyDue(manager);
      await recordAudit(manager, context.principal, {
        action: existing ? 'UPDATE' : 'CREATE',
        entityType: 'CalendarDay',
        entityId: saved.id,
        before,
        after: saved,
      });
      return saved;
    });
  },

  /** Makes a date ordinary again; the entry is kept, marked cleared. */
  async clearDay(context: RequestContext, date: string): Promise<boolean> {
    return context.transaction(async (manager) => {
      const existing = await lockedDayOn(manager, date);
      if (!existing) return false;
      const before = { ...existing };
      existing.clearedAt = new Date();
      const saved = await manager.save(existing);
      await storeReplyDue(manager);
      await recordAudit(manager, context.principal, {
        action: 'CLEAR',
        entityType: 'CalendarDay',
        entityId: saved.id,
        before,
        after: saved,
      });
      return true;
    });
  },
};
