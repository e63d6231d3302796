// The complaint reports' operations, typed from the schema by gql.tada; the pages' types below are
// read off these documents.
import { graphql, type ResultOf } from '../graphql/graphql';

export const RETURN_EXCHANGE_LEDGER_QUERY = graphql(`
  query ReturnExchangeLedger($month: String!) {
    returnExchangeLedger(month: $month) {
      month
      rows { unit lossShare handlingCost penalties total }
      complaints { id code customerName directLoss handlingCost resolutionKind compensation resolvedAt }
      penalties { id unit reason amount at }
    }
  }
`);

export type ReturnExchangeLedger = ResultOf<typeof RETURN_EXCHANGE_LEDGER_QUERY>['returnExchangeLedger'];
/** Money values are yuan as decimal strings, e.g. `"1234.50"`. */
export type LedgerRow = ReturnExchangeLedger['rows'][number];

export type LedgerComplaint = ReturnExchangeLedger['complaints'][number];

/** `reason`: LATE_FORWARD or LATE_HANDLING; a plain string in the schema. */
export type LedgerPenalty = ReturnExchangeLedger['penalties'][number];

const COUNT_FIELDS = graphql(`fragment CountItemFields on CountItem { key label count }`);

export const QUALITY_REPORT_QUERY = graphql(
  `
  query QualityReport($month: String!) {
    qualityReport(month: $month) {
      month
      total
      byModel { ...CountItemFields }
      byCause { ...CountItemFields }
      byTier { ...CountItemFields }
      byRegion { ...CountItemFields }
      byCenter { ...CountItemFields }
      topFaults { ...CountItemFields }
      openCorrections { id responsibleUnit status issuedByName createdAt }
    }
  }
`,
  [COUNT_FIELDS],
);

export type QualityReport = ResultOf<typeof QUALITY_REPORT_QUERY>['qualityReport'];
/** One line of a breakdown: `key` is the code counted (model code, cause, tier…), `label` its name. */
export type CountItem = ResultOf<typeof COUNT_FIELDS>;

export type OpenCorrection = QualityReport['openCorrections'][number];

/** The XLSX files of the same reports (Chinese headers); they need the session's bearer token. */
export const ledgerExportUrl = (month: string) => `/exports/return-exchange-ledger.xlsx?${new URLSearchParams({ month }).toString()}`;
export const qualityReportExportUrl = (month: string) => `/exports/quality-report.xlsx?${new URLSearchParams({ month }).toString()}`;
