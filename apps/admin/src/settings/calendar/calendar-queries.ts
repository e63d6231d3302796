import { graphql } from '../../graphql/graphql';

export const WORKING_HOURS_QUERY = graphql(`
  query WorkingHours {
    businessCalendar {
      timeZone
      workingWeekdays
      workingPeriods { start end }
    }
  }
`);

export const CALENDAR_DAYS_QUERY = graphql(`
  query CalendarDays($year: Int) {
    businessCalendar {
      days(year: $year) { id date kind name }
    }
  }
`);

export const UPDATE_BUSINESS_CALENDAR = graphql(`
  mutation UpdateBusinessCalendar($input: BusinessCalendarInput!) {
    updateBusinessCalendar(input: $input) {
      timeZone
      workingWeekdays
      workingPeriods { start end }
    }
  }
`);

export const SET_CALENDAR_DAY = graphql(`
  mutation SetCalendarDay($input: CalendarDayInput!) {
    setCalendarDay(input: $input) { id date kind name }
  }
`);

export const CLEAR_CALENDAR_DAY = graphql(`
  mutation ClearCalendarDay($date: LocalDate!) {
    clearCalendarDay(date: $date)
  }
`);
