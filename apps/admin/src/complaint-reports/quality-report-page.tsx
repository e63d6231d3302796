import { useQuery } from 'urql';
import { Card } from '@aftersales/ui';
import { useAuthorizedDownload } from '../common/download';
import { FigureList } from '../common/figure-list';
import { MonthlyReportPage } from '../common/monthly-report-page';
import { QUALITY_REPORT_QUERY, qualityReportExportUrl, type CountItem } from './complaint-report-queries';
import { CountBarChart } from './count-bar-chart';
import { CountTable, type CountRow } from './count-table';
import { OpenCorrectionsTable } from './open-corrections-table';
import { causeLabel, tierLabel } from './report-labels';
import { useReportMonth } from '../common/use-report-month';
import { useReportTranslation, type ReportTranslate } from './use-report-translation';

type Breakdown = 'byModel' | 'byCause' | 'byTier' | 'byRegion' | 'byCenter' | 'topFaults';

/** The API names models, regions and centers; causes and tiers come as codes, translated here. */
function namer(breakdown: Breakdown, t: ReportTranslate): (item: CountItem) => string {
  const codeAndName = (item: CountItem) => (item.label && item.label !== item.key ? `${item.key} ${item.label}` : item.key);
  switch (breakdown) {
    case 'byModel':
      return codeAndName;
    case 'byCause':
      return (item) => causeLabel(t, item.key);
    case 'byTier':
      return (item) => tierLabel(t, item.key);
    case 'byRegion':
    case 'topFaults':
      return (item) => item.label || item.key;
    case 'byCenter':
      // Complaints taken directly by head office, not through a repair center.
      return (item) => (item.key === 'HEAD_OFFICE' ? t('complaintReports.quality.headOffice') : codeAndName(item));
  }
}

const TABLES = ['byTier', 'byRegion', 'byCenter', 'topFaults'] as const;

/** 产品质量信息月报 (004 §4.12) for `?month=YYYY-MM`, last month by default, with its Excel export. */
export function QualityReportPage() {
  const { t } = useReportTranslation();
  const reportMonth = useReportMonth();
  const { month } = reportMonth;
  const exporter = useAuthorizedDownload();
  const [{ data, error, fetching }] = useQuery({
    query: QUALITY_REPORT_QUERY,
    variables: { month },
    requestPolicy: 'cache-and-network',
  });
  const report = data?.qualityReport;
  const rowsOf = (breakdown: Breakdown): CountRow[] => {
    const name = namer(breakdown, t);
    return (report?.[breakdown] ?? []).map((item) => ({ key: item.key, name: name(item), count: item.count }));
  };
  const exportFile = () => void exporter.download(qualityReportExportUrl(month), t('complaintReports.quality.fileName', { month }));
  const figures = report
    ? [
        { label: t('complaintReports.quality.total'), value: report.total },
        { label: t('complaintReports.quality.openCorrectionCount'), value: report.openCorrections.length },
      ]
    : [];

  return (
    <MonthlyReportPage
      title={t('complaintReports.quality.title')}
      description={t('complaintReports.quality.description')}
      monthLabel={t('complaintReports.month')}
      monthInvalid={t('complaintReports.monthInvalid')}
      exportLabel={t('complaintReports.export')}
      reportMonth={reportMonth}
      exporter={exporter}
      onExport={exportFile}
      error={error}
      loading={!report && fetching}
    >
      {report && (
        <>
          <Card title={t('complaintReports.quality.figures', { month: report.month })}>
            <FigureList figures={figures} />
          </Card>
          <Card title={t('complaintReports.quality.byModel')}>
            <CountBarChart title={t('complaintReports.quality.byModel')} rows={rowsOf('byModel')} axis="key" />
          </Card>
          <Card title={t('complaintReports.quality.byCause')}>
            <CountBarChart title={t('complaintReports.quality.byCause')} rows={rowsOf('byCause')} />
          </Card>
          {TABLES.map((breakdown) => (
            <Card key={breakdown} title={t(`complaintReports.quality.${breakdown}`)}>
              <CountTable label={t(`complaintReports.quality.${breakdown}`)} rows={rowsOf(breakdown)} />
            </Card>
          ))}
          <Card title={t('complaintReports.quality.openCorrections')}>
            <OpenCorrectionsTable corrections={report.openCorrections} label={t('complaintReports.quality.openCorrections')} />
          </Card>
        </>
      )}
    </MonthlyReportPage>
  );
}
