import { graphql, type ResultOf } from '../../graphql/graphql';
import { ASSESSMENT_FIELDS, STATUS_CHANGE_FIELDS } from '../repair-center-queries';

export const CENTER_MONTHLY_SUMMARY_QUERY = graphql(
  `
  query CenterMonthlySummary($repairCenterId: ID!, $month: String!) {
    centerMonthlySummary(repairCenterId: $repairCenterId, month: $month) {
      repairCenter { id code name }
      month
      technicianCount
      dispatchableTechnicianCount
      certificatesExpiringCount
      assessments { ...CenterAssessmentFields }
      statusChanges { ...CenterStatusChangeFields }
    }
  }
`,
  [ASSESSMENT_FIELDS, STATUS_CHANGE_FIELDS],
);

export type CenterMonthlySummary = ResultOf<typeof CENTER_MONTHLY_SUMMARY_QUERY>['centerMonthlySummary'];

/** The XLSX of the same summary (Chinese headers); needs the session's bearer token. */
export function summaryExportUrl(repairCenterId: string, month: string): string {
  return `/exports/center-monthly-summary.xlsx?${new URLSearchParams({ repairCenterId, month }).toString()}`;
}
