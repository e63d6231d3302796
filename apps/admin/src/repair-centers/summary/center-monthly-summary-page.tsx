import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { Card } from '@aftersales/ui';
import { useAuthorizedDownload } from '../../common/download';
import { FigureList } from '../../common/figure-list';
import { MonthlyReportPage } from '../../common/monthly-report-page';
import { useReportMonth } from '../../common/use-report-month';
import { AssessmentsTable } from '../assessment/assessments-table';
import { StatusHistoryTable } from '../status-history-table';
import { CENTER_MONTHLY_SUMMARY_QUERY, summaryExportUrl } from './center-summary-queries';

/** A center's monthly summary (004 §5.3) for `?month=YYYY-MM`, last month by default, with its Excel export. */
export function CenterMonthlySummaryPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const reportMonth = useReportMonth();
  const { month } = reportMonth;
  const exporter = useAuthorizedDownload();
  const [{ data, error, fetching }] = useQuery({
    query: CENTER_MONTHLY_SUMMARY_QUERY,
    variables: { repairCenterId: id, month },
    requestPolicy: 'cache-and-network',
  });
  const summary = data?.centerMonthlySummary;
  const center = summary?.repairCenter;

  const exportFile = () => void exporter.download(summaryExportUrl(id, month), t('repairCenters.summary.fileName', { code: center?.code ?? id, month }));
  const figures = summary
    ? [
        { label: t('repairCenters.summary.technicianCount'), value: summary.technicianCount },
        { label: t('repairCenters.summary.dispatchableCount'), value: summary.dispatchableTechnicianCount },
        { label: t('repairCenters.summary.certificatesExpiring'), value: summary.certificatesExpiringCount },
        { label: t('repairCenters.summary.assessmentCount'), value: summary.assessments.length },
      ]
    : [];

  return (
    <MonthlyReportPage
      title={center ? t('repairCenters.summary.titleFor', { name: `${center.code} ${center.name}` }) : t('repairCenters.summary.title')}
      description={t('repairCenters.summary.description')}
      monthLabel={t('repairCenters.summary.month')}
      monthInvalid={t('repairCenters.summary.monthInvalid')}
      exportLabel={t('repairCenters.summary.export')}
      reportMonth={reportMonth}
      exporter={exporter}
      onExport={exportFile}
      error={error}
      loading={!summary && fetching}
      header={
        <div>
          <Link to={`/repair-centers/${id}`}>{t('repairCenters.summary.back')}</Link>
        </div>
      }
    >
      {summary && (
        <>
          <Card title={t('repairCenters.summary.figures', { month: summary.month })}>
            <FigureList figures={figures} />
          </Card>
          <Card title={t('repairCenters.summary.assessments')}>
            <AssessmentsTable assessments={summary.assessments} label={t('repairCenters.summary.assessments')} emptyMessage={t('repairCenters.summary.noAssessments')} />
          </Card>
          <Card title={t('repairCenters.summary.statusChanges')}>
            <StatusHistoryTable changes={summary.statusChanges} label={t('repairCenters.summary.statusChanges')} emptyMessage={t('repairCenters.summary.noStatusChanges')} />
          </Card>
        </>
      )}
    </MonthlyReportPage>
  );
}
