export const WORKING_HOURS_QUERY = /* GraphQL */ `
  query WorkingHours {
    businessCalendar {
      timeZone
      workingWeekdays
      workingPeriods { start end }
    }
  }
`;

export const CALENDAR_DAYS_QUERY = /* GraphQL */ `
  query CalendarDays($year: Int) {
    businessCalendar {
      days(year: $year) { id date kind name }
    }
  }
`;

export const UPDATE_BUSINESS_CALENDAR = /* GraphQL */ `
  mutation UpdateBusinessCalendar($input: BusinessCalendarInput!) {
    updateBusinessCalendar(input: $input) {
      timeZone
      workingWeekdays
      workingPeriods { start end }
    }
  }
`;

export const SET_CALENDAR_DAY = /* GraphQL */ `
  mutation SetCalendarDay($input: CalendarDayInput!) {
    setCalendarDay(input: $input) { id date kind name }
  }
`;

export const CLEAR_CALENDAR_DAY = /* GraphQL */ `
  mutation ClearCalendarDay($date: LocalDate!) {
    clearCalendarDay(date: $date)
  }
`;
