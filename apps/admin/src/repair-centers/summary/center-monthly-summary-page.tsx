import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import { useQuery } from 'urql';
import { isMonth } from '@aftersales/domain';
import { Alert, Button, Card, MonthField, PageLayout, Toolbar } from '@aftersales/ui';
import { useAuthorizedDownload } from '../../common/download';
import { previousMonth } from '../../common/format';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { AssessmentsTable } from '../assessment/assessments-table';
import { StatusHistoryTable } from '../status-history-table';
import { CENTER_MONTHLY_SUMMARY_QUERY, summaryExportUrl, type CenterMonthlySummary } from './center-summary-queries';

/** A center's monthly summary (004 §5.3) for `?month=YYYY-MM`, last month by default, with its Excel export. */
export function CenterMonthlySummaryPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const { id = '' } = useParams();
  const [searchParams, setSearchParams] = useSearchParams();
  const requested = searchParams.get('month') ?? '';
  const month = isMonth(requested) ? requested : previousMonth();
  const [draft, setDraft] = useState(month);
  useEffect(() => setDraft(month), [month]);
  const exporter = useAuthorizedDownload();
  const [{ data, error, fetching }] = useQuery<{ centerMonthlySummary: CenterMonthlySummary }>({
    query: CENTER_MONTHLY_SUMMARY_QUERY,
    variables: { repairCenterId: id, month },
    requestPolicy: 'cache-and-network',
  });
  const summary = data?.centerMonthlySummary;
  const center = summary?.repairCenter;

  const changeMonth = (value: string) => {
    setDraft(value);
    if (isMonth(value)) setSearchParams({ month: value }, { replace: true });
  };
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
    <PageLayout
      title={center ? t('repairCenters.summary.titleFor', { name: `${center.code} ${center.name}` }) : t('repairCenters.summary.title')}
      description={t('repairCenters.summary.description')}
      actions={
        <Button variant="primary" loading={exporter.downloading} onClick={exportFile}>
          {t('repairCenters.summary.export')}
        </Button>
      }
    >
      <div>
        <Link to={`/repair-centers/${id}`}>{t('repairCenters.summary.back')}</Link>
      </div>
      <Toolbar>
        <MonthField label={t('repairCenters.summary.month')} value={draft} onChange={changeMonth} error={isMonth(draft) ? null : t('repairCenters.summary.monthInvalid')} />
      </Toolbar>
      {exporter.error && <Alert tone="danger">{exporter.error}</Alert>}
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {!summary && fetching && <p role="status">{t('common.loading')}</p>}
      {summary && (
        <>
          <Card title={t('repairCenters.summary.figures', { month: summary.month })}>
            <dl className="app-stats">
              {figures.map((figure) => (
                <div key={figure.label} className="app-stats__item">
                  <dt>{figure.label}</dt>
                  <dd>{figure.value}</dd>
                </div>
              ))}
            </dl>
          </Card>
          <Card title={t('repairCenters.summary.assessments')}>
            <AssessmentsTable assessments={summary.assessments} label={t('repairCenters.summary.assessments')} emptyMessage={t('repairCenters.summary.noAssessments')} />
          </Card>
          <Card title={t('repairCenters.summary.statusChanges')}>
            <StatusHistoryTable changes={summary.statusChanges} label={t('repairCenters.summary.statusChanges')} emptyMessage={t('repairCenters.summary.noStatusChanges')} />
          </Card>
        </>
      )}
    </PageLayout>
  );
}
