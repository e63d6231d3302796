import { useEffect, useState } from 'react';
import { useSearchParams } from 'react-router';
import { isMonth } from '@aftersales/domain';
import { previousMonth } from './format';

export interface ReportMonth {
  /** The month shown: `?month=YYYY-MM`, or last month (the reports are due at the start of the next). */
  month: string;
  /** What the month field holds, possibly half typed. */
  draft: string;
  draftValid: boolean;
  changeMonth: (value: string) => void;
}

/** The report month kept in the address, so a report can be bookmarked and shared. */
export function useReportMonth(): ReportMonth {
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('month') ?? '';
  const month = isMonth(requested) ? requested : previousMonth();
  const [draft, setDraft] = useState(month);
  useEffect(() => setDraft(month), [month]);
  const changeMonth = (value: string) => {
    setDraft(value);
    if (isMonth(value)) setSearchParams({ month: value }, { replace: true });
  };
  return { month, draft, draftValid: isMonth(draft), changeMonth };
}
