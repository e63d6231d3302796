import { useQuery } from 'urql';
import { Alert, Button, Card, MonthField, PageLayout, Toolbar } from '@aftersales/ui';
import { useAuthorizedDownload } from '../common/download';
import { useErrorMapper } from '../graphql/use-form-errors';
import { ledgerExportUrl, RETURN_EXCHANGE_LEDGER_QUERY, type ReturnExchangeLedger } from './complaint-report-queries';
import { LedgerComplaintsTable, LedgerFinesTable, LedgerUnitsTable } from './ledger-tables';
import { useReportMonth } from './use-report-month';
import { useReportTranslation } from './use-report-translation';

/** The monthly 退赔换 ledger (001 §1.5, §4) for `?month=YYYY-MM`, last month by default, with its Excel export. */
export function LedgerPage() {
  const { t } = useReportTranslation();
  const mapError = useErrorMapper();
  const { month, draft, draftValid, changeMonth } = useReportMonth();
  const exporter = useAuthorizedDownload();
  const [{ data, error, fetching }] = useQuery<{ returnExchangeLedger: ReturnExchangeLedger }>({
    query: RETURN_EXCHANGE_LEDGER_QUERY,
    variables: { month },
    requestPolicy: 'cache-and-network',
  });
  const ledger = data?.returnExchangeLedger;
  const exportFile = () => void exporter.download(ledgerExportUrl(month), t('complaintReports.ledger.fileName', { month }));
  const unitsTitle = t('complaintReports.ledger.units', { month });

  return (
    <PageLayout
      title={t('complaintReports.ledger.title')}
      description={t('complaintReports.ledger.description')}
      actions={
        <Button variant="primary" loading={exporter.downloading} onClick={exportFile}>
          {t('complaintReports.export')}
        </Button>
      }
    >
      <Toolbar>
        <MonthField label={t('complaintReports.month')} value={draft} onChange={changeMonth} error={draftValid ? null : t('complaintReports.monthInvalid')} />
      </Toolbar>
      {exporter.error && <Alert tone="danger">{exporter.error}</Alert>}
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {!ledger && fetching && <p role="status">{t('common.loading')}</p>}
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
    </PageLayout>
  );
}
