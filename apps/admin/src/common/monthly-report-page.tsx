import type { CombinedError } from 'urql';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Alert, Button, MonthField, PageLayout, Toolbar } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import type { ReportMonth } from './use-report-month';

interface MonthlyReportPageProps {
  title: string;
  description: string;
  monthLabel: string;
  monthInvalid: string;
  exportLabel: string;
  reportMonth: ReportMonth;
  exporter: { downloading: boolean; error: string | null };
  onExport: () => void;
  error: CombinedError | undefined;
  /** True while the first answer is awaited; the children render once there is data. */
  loading: boolean;
  /** Above the month picker, e.g. a link back. */
  header?: ReactNode;
  children: ReactNode;
}

/** The frame every monthly report shares: month in the address, an Excel export, errors, loading. */
export function MonthlyReportPage(props: MonthlyReportPageProps) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const { reportMonth, exporter } = props;
  return (
    <PageLayout
      title={props.title}
      description={props.description}
      actions={
        <Button variant="primary" loading={exporter.downloading} onClick={props.onExport}>
          {props.exportLabel}
        </Button>
      }
    >
      {props.header}
      <Toolbar>
        <MonthField
          label={props.monthLabel}
          value={reportMonth.draft}
          onChange={reportMonth.changeMonth}
          error={reportMonth.draftValid ? null : props.monthInvalid}
        />
      </Toolbar>
      {exporter.error && <Alert tone="danger">{exporter.error}</Alert>}
      {props.error && <Alert tone="danger">{mapError(props.error).message}</Alert>}
      {props.loading && <p role="status">{t('common.loading')}</p>}
      {props.children}
    </PageLayout>
  );
}
