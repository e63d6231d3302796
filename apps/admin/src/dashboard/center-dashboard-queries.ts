import { graphql, type ResultOf } from '../graphql/graphql';

export const CENTER_DASHBOARD_QUERY = graphql(`
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
`);

export const MY_CENTER_QUERY = graphql(`
  query MyCenter {
    myCenter { id code name status rectificationDeadline agreementValidTo agreementDaysLeft canReceiveWork }
  }
`);

export type ExpiringAgreement = ResultOf<typeof CENTER_DASHBOARD_QUERY>['dashboard']['expiringAgreements'][number];

export type DashboardNotice = ResultOf<typeof CENTER_DASHBOARD_QUERY>['dashboard']['notices'][number];

export type MyCenter = NonNullable<ResultOf<typeof MY_CENTER_QUERY>['myCenter']>;
