import type { CapaStatus, ResolutionKind, ResponsibleUnit } from '@aftersales/domain';

export const RETURN_EXCHANGE_LEDGER_QUERY = /* GraphQL */ `
  query ReturnExchangeLedger($month: String!) {
    returnExchangeLedger(month: $month) {
      month
      rows { unit lossShare handlingCost penalties total }
      complaints { id code customerName directLoss handlingCost resolutionKind compensation resolvedAt }
      penalties { id unit reason amount at }
    }
  }
`;

/** Money values are yuan as decimal strings, e.g. `"1234.50"`. */
export interface LedgerRow {
  unit: ResponsibleUnit;
  lossShare: string;
  handlingCost: string;
  penalties: string;
  total: string;
}

export interface LedgerComplaint {
  id: string;
  code: string;
  customerName: string;
  directLoss: string | null;
  handlingCost: string | null;
  resolutionKind: ResolutionKind | null;
  compensation: string | null;
  resolvedAt: string | null;
}

export interface LedgerPenalty {
  id: string;
  unit: ResponsibleUnit;
  /** LATE_FORWARD or LATE_HANDLING; a plain string in the schema. */
  reason: string;
  amount: string;
  at: string;
}

export interface ReturnExchangeLedger {
  month: string;
  rows: LedgerRow[];
  complaints: LedgerComplaint[];
  penalties: LedgerPenalty[];
}

const COUNT_FIELDS = 'key label count';

export const QUALITY_REPORT_QUERY = /* GraphQL */ `
  query QualityReport($month: String!) {
    qualityReport(month: $month) {
      month
      total
      byModel { ${COUNT_FIELDS} }
      byCause { ${COUNT_FIELDS} }
      byTier { ${COUNT_FIELDS} }
      byRegion { ${COUNT_FIELDS} }
      byCenter { ${COUNT_FIELDS} }
      topFaults { ${COUNT_FIELDS} }
      openCorrections { id responsibleUnit status issuedByName createdAt }
    }
  }
`;

/** One line of a breakdown: `key` is the code counted (model code, cause, tier…), `label` its name. */
export interface CountItem {
  key: string;
  label: string;
  count: number;
}

export interface OpenCorrection {
  id: string;
  responsibleUnit: ResponsibleUnit;
  status: CapaStatus;
  issuedByName: string;
  createdAt: string;
}

export interface QualityReport {
  month: string;
  total: number;
  byModel: CountItem[];
  byCause: CountItem[];
  byTier: CountItem[];
  byRegion: CountItem[];
  byCenter: CountItem[];
  topFaults: CountItem[];
  openCorrections: OpenCorrection[];
}

/** The XLSX files of the same reports (Chinese headers); they need the session's bearer token. */
export const ledgerExportUrl = (month: string) => `/exports/return-exchange-ledger.xlsx?${new URLSearchParams({ month }).toString()}`;
export const qualityReportExportUrl = (month: string) => `/exports/quality-report.xlsx?${new URLSearchParams({ month }).toString()}`;
