import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Card, DataTable, type DataTableColumn } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import { useErrorMapper } from '../graphql/use-form-errors';
import { AgreementDaysLeft } from '../repair-centers/agreement-validity';
import { CENTER_DASHBOARD_QUERY, type DashboardNotice, type ExpiringAgreement } from './center-dashboard-queries';

/** Head office's watch list: agreements about to end (协议即将到期) and notices such as automatic revocations. */
export function CenterDashboard() {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const [{ data, error, fetching }] = useQuery({
    query: CENTER_DASHBOARD_QUERY,
    requestPolicy: 'cache-and-network',
  });
  const centerLink = (center: { id: string; name: string }) => <Link to={`/repair-centers/${center.id}`}>{center.name}</Link>;

  const agreementColumns: DataTableColumn<ExpiringAgreement>[] = [
    { key: 'code', header: t('repairCenters.fields.code'), render: (center) => center.code, width: '100px' },
    { key: 'name', header: t('repairCenters.fields.name'), render: centerLink },
    { key: 'validTo', header: t('dashboard.agreementEnds'), render: (center) => center.agreementValidTo },
    { key: 'daysLeft', header: t('dashboard.daysLeft'), render: (center) => <AgreementDaysLeft days={center.agreementDaysLeft} /> },
  ];
  const noticeColumns: DataTableColumn<DashboardNotice>[] = [
    { key: 'at', header: t('dashboard.noticeAt'), render: (notice) => formatDateTime(notice.at, i18n.language), width: '170px' },
    { key: 'message', header: t('dashboard.noticeMessage'), render: (notice) => notice.message },
    { key: 'center', header: t('dashboard.noticeCenter'), render: (notice) => (notice.repairCenter ? centerLink(notice.repairCenter) : '—') },
  ];

  return (
    <>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      <Card title={t('dashboard.expiringAgreements')}>
        <DataTable
          label={t('dashboard.expiringAgreements')}
          columns={agreementColumns}
          rows={data?.dashboard.expiringAgreements ?? []}
          rowKey={(center) => center.id}
          emptyMessage={t('dashboard.noExpiringAgreements')}
          loading={fetching}
          loadingMessage={t('common.loading')}
        />
      </Card>
      <Card title={t('dashboard.notices')}>
        <DataTable
          label={t('dashboard.notices')}
          columns={noticeColumns}
          rows={data?.dashboard.notices ?? []}
          rowKey={(notice) => notice.id}
          emptyMessage={t('dashboard.noNotices')}
          loading={fetching}
          loadingMessage={t('common.loading')}
        />
      </Card>
    </>
  );
}
