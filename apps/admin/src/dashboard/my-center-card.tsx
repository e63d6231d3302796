import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Card } from '@aftersales/ui';
import { DetailList } from '../common/detail-list';
import { useErrorMapper } from '../graphql/use-form-errors';
import { AgreementDaysLeft } from '../repair-centers/agreement-validity';
import { CenterStatusBadge, ReceivesWorkBadge } from '../repair-centers/center-status-badge';
import { MY_CENTER_QUERY } from './center-dashboard-queries';

/** A partner's own center at a glance: whether it may take work, and when its agreement ends. */
export function MyCenterCard() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [{ data, error }] = useQuery({ query: MY_CENTER_QUERY, requestPolicy: 'cache-and-network' });
  const center = data?.myCenter;
  return (
    <Card title={t('dashboard.myCenter')} actions={center && <Link to={`/repair-centers/${center.id}`}>{t('dashboard.openCenter')}</Link>}>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {center && (
        <DetailList
          label={t('dashboard.myCenter')}
          items={[
            { label: t('repairCenters.fields.name'), value: `${center.code} ${center.name}` },
            { label: t('repairCenters.fields.status'), value: <CenterStatusBadge status={center.status} rectificationDeadline={center.rectificationDeadline} /> },
            {
              label: t('dashboard.agreementEnds'),
              value: (
                <span className="app-inline">
                  {center.agreementValidTo}
                  <AgreementDaysLeft days={center.agreementDaysLeft} />
                </span>
              ),
            },
            { label: t('repairCenters.fields.canReceiveWork'), value: <ReceivesWorkBadge canReceiveWork={center.canReceiveWork} /> },
          ]}
        />
      )}
    </Card>
  );
}
