import { ASSESSMENT_FIELDS, STATUS_CHANGE_FIELDS } from '../repair-center-queries';
import type { CenterAssessment, CenterStatusChange } from '../repair-center-types';

export const CENTER_MONTHLY_SUMMARY_QUERY = /* GraphQL */ `
  query CenterMonthlySummary($repairCenterId: ID!, $month: String!) {
    centerMonthlySummary(repairCenterId: $repairCenterId, month: $month) {
      repairCenter { id code name }
      month
      technicianCount
      dispatchableTechnicianCount
      certificatesExpiringCount
      assessments { ${ASSESSMENT_FIELDS} }
      statusChanges { ${STATUS_CHANGE_FIELDS} }
    }
  }
`;

export interface CenterMonthlySummary {
  repairCenter: { id: string; code: string; name: string };
  month: string;
  technicianCount: number;
  dispatchableTechnicianCount: number;
  certificatesExpiringCount: number;
  assessments: CenterAssessment[];
  statusChanges: CenterStatusChange[];
}

/** The XLSX of the same summary (Chinese headers); needs the session's bearer token. */
export function summaryExportUrl(repairCenterId: string, month: string): string {
  return `/exports/center-monthly-summary.xlsx?${new URLSearchParams({ repairCenterId, month }).toString()}`;
}
