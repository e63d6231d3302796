import type { ReactNode } from 'react';
import { Link } from 'react-router';
import { addMoney, formatMoney as formatYuan, parseMoney } from '@aftersales/domain';
import { DataTable, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime, formatMoney } from '../common/format';
import type { LedgerComplaint, LedgerPenalty, LedgerRow } from './complaint-report-queries';
import { penaltyReasonLabel, resolutionLabel, unitLabel } from './report-labels';
import { useReportTranslation } from './use-report-translation';

type Amounts = Omit<LedgerRow, 'unit'>;
/** A unit's row, or the totals row (`unit: null`) under them. */
type UnitRow = Amounts & { unit: LedgerRow['unit'] | null };

const AMOUNT_COLUMNS = ['lossShare', 'handlingCost', 'penalties', 'total'] as const;

/** The column sums, added in fen so they are exact. */
export function ledgerTotals(rows: readonly LedgerRow[]): Amounts {
  const sum = (column: keyof Amounts) => formatYuan(addMoney(...rows.map((row) => parseMoney(row[column]))));
  return { lossShare: sum('lossShare'), handlingCost: sum('handlingCost'), penalties: sum('penalties'), total: sum('total') };
}

/** Each responsible unit's loss share, handling costs and fines, with a totals row. */
export function LedgerUnitsTable({ rows, label }: { rows: readonly LedgerRow[]; label: string }) {
  const { t, language } = useReportTranslation();
  const withTotals: UnitRow[] = rows.length > 0 ? [...rows, { unit: null, ...ledgerTotals(rows) }] : [];
  const emphasize = (row: UnitRow, content: ReactNode) => (row.unit === null ? <strong>{content}</strong> : content);
  const columns: DataTableColumn<UnitRow>[] = [
    { key: 'unit', header: t('complaintReports.ledger.unit'), render: (row) => (row.unit === null ? emphasize(row, t('complaintReports.ledger.totalRow')) : unitLabel(t, row.unit)) },
    ...AMOUNT_COLUMNS.map((column) => ({
      key: column,
      header: t(`complaintReports.ledger.${column}`),
      align: 'end' as const,
      render: (row: UnitRow) => emphasize(row, formatMoney(row[column], language)),
    })),
  ];
  return (
    <DataTable
      label={label}
      columns={columns}
      rows={withTotals}
      rowKey={(row) => row.unit ?? 'TOTAL'}
      emptyMessage={t('complaintReports.ledger.noRows')}
      loadingMessage={t('common.loading')}
    />
  );
}

/** The complaints resolved in the month, each linking to its record. */
export function LedgerComplaintsTable({ complaints, label }: { complaints: readonly LedgerComplaint[]; label: string }) {
  const { t, language } = useReportTranslation();
  const resolution = (complaint: LedgerComplaint) => {
    if (!complaint.resolutionKind) return '—';
    const kind = resolutionLabel(t, complaint.resolutionKind);
    return complaint.resolutionKind === 'COMPENSATE' && complaint.compensation
      ? t('complaintReports.ledger.compensation', { kind, amount: formatMoney(complaint.compensation, language) })
      : kind;
  };
  const columns: DataTableColumn<LedgerComplaint>[] = [
    { key: 'code', header: t('complaintReports.ledger.code'), render: (complaint) => <Link to={`/complaints/${complaint.id}`}>{complaint.code}</Link> },
    { key: 'customer', header: t('complaintReports.ledger.customer'), render: (complaint) => complaint.customerName },
    { key: 'loss', header: t('complaintReports.ledger.loss'), align: 'end', render: (complaint) => formatMoney(complaint.directLoss, language) || '—' },
    { key: 'handlingCost', header: t('complaintReports.ledger.handlingCost'), align: 'end', render: (complaint) => formatMoney(complaint.handlingCost, language) || '—' },
    { key: 'resolution', header: t('complaintReports.ledger.resolution'), render: resolution },
  ];
  return (
    <DataTable
      label={label}
      columns={columns}
      rows={complaints}
      rowKey={(complaint) => complaint.id}
      emptyMessage={t('complaintReports.ledger.noComplaints')}
      loadingMessage={t('common.loading')}
    />
  );
}

/** The fines of the month (001 §4: late forwarding, late handling). */
export function LedgerFinesTable({ penalties, label }: { penalties: readonly LedgerPenalty[]; label: string }) {
  const { t, language } = useReportTranslation();
  const columns: DataTableColumn<LedgerPenalty>[] = [
    { key: 'at', header: t('complaintReports.ledger.at'), render: (penalty) => formatDateTime(penalty.at, language) },
    { key: 'unit', header: t('complaintReports.ledger.unit'), render: (penalty) => unitLabel(t, penalty.unit) },
    { key: 'reason', header: t('complaintReports.ledger.reason'), render: (penalty) => penaltyReasonLabel(t, penalty.reason) },
    { key: 'amount', header: t('complaintReports.ledger.amount'), align: 'end', render: (penalty) => formatMoney(penalty.amount, language) },
  ];
  return (
    <DataTable
      label={label}
      columns={columns}
      rows={penalties}
      rowKey={(penalty) => penalty.id}
      emptyMessage={t('complaintReports.ledger.noFines')}
      loadingMessage={t('common.loading')}
    />
  );
}
