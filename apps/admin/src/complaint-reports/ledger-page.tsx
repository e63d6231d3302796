import { useQuery } from 'urql';
import { Card } from '@aftersales/ui';
import { useAuthorizedDownload } from '../common/download';
import { MonthlyReportPage } from '../common/monthly-report-page';
import { ledgerExportUrl, RETURN_EXCHANGE_LEDGER_QUERY } from './complaint-report-queries';
import { LedgerComplaintsTable, LedgerFinesTable, LedgerUnitsTable } from './ledger-tables';
import { useReportMonth } from '../common/use-report-month';
import { useReportTranslation } from './use-report-translation';

/** The monthly 退赔换 ledger (001 §1.5, §4) for `?month=YYYY-MM`, last month by default, with its Excel export. */
export function LedgerPage() {
  const { t } = useReportTranslation();
  const reportMonth = useReportMonth();
  const { month } = reportMonth;
  const exporter = useAuthorizedDownload();
  const [{ data, error, fetching }] = useQuery({
    query: RETURN_EXCHANGE_LEDGER_QUERY,
    variables: { month },
    requestPolicy: 'cache-and-network',
  });
  const ledger = data?.returnExchangeLedger;
  const exportFile = () => void exporter.download(ledgerExportUrl(month), t('complaintReports.ledger.fileName', { month }));
  const unitsTitle = t('complaintReports.ledger.units', { month });

  return (
    <MonthlyReportPage
      title={t('complaintReports.ledger.title')}
      description={t('complaintReports.ledger.description')}
      monthLabel={t('complaintReports.month')}
      monthInvalid={t('complaintReports.monthInvalid')}
      exportLabel={t('complaintReports.export')}
      reportMonth={reportMonth}
      exporter={exporter}
      onExport={exportFile}
      error={error}
      loading={!ledger && fetching}
    >
      {ledger && (
        <>
          <Card title={unitsTitle}>
            <LedgerUnitsTable rows={ledger.rows} label={unitsTitle} />
          </Card>
          <Card title={t('complaintReports.ledger.complaints')}>
            <LedgerComplaintsTable complaints={ledger.complaints} label={t('complaintReports.ledger.complaints')} />
          </Card>
          <Card title={t('complaintReports.ledger.fines')}>
            <LedgerFinesTable penalties={ledger.penalties} label={t('complaintReports.ledger.fines')} />
          </Card>
        </>
      )}
    </MonthlyReportPage>
  );
}
