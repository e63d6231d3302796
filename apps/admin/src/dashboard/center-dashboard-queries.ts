import type { RepairCenterStatus } from '../graphql/types';

export const CENTER_DASHBOARD_QUERY = /* GraphQL */ `
  query CenterDashboard {
    dashboard {
      expiringAgreements { id code name agreementValidTo agreementDaysLeft }
      notices {
        id
        at
        kind
        message
        repairCenter { id code name }
      }
    }
  }
`;

export const MY_CENTER_QUERY = /* GraphQL */ `
  query MyCenter {
    myCenter { id code name status rectificationDeadline agreementValidTo agreementDaysLeft canReceiveWork }
  }
`;

export interface ExpiringAgreement {
  id: string;
  code: string;
  name: string;
  agreementValidTo: string;
  agreementDaysLeft: number;
}

export interface DashboardNotice {
  id: string;
  at: string;
  kind: string;
  message: string;
  repairCenter: { id: string; code: string; name: string } | null;
}

export interface MyCenter {
  id: string;
  code: string;
  name: string;
  status: RepairCenterStatus;
  rectificationDeadline: string | null;
  agreementValidTo: string;
  agreementDaysLeft: number;
  canReceiveWork: boolean;
}
