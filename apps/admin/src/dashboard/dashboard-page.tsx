import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageLayout } from '@aftersales/ui';
import { AREA_NAVIGATION } from '../layout/navigation';
import { ExpiringContractsCard } from '../maintenance-contracts/expiring-contracts-card';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { CenterDashboard } from './center-dashboard';
import { InboxCard } from './inbox-card';
import { MyCenterCard } from './my-center-card';
import { OverdueComplaintsCard } from './overdue-complaints-card';
import { ReferenceCounts } from './reference-counts';

export function DashboardPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const areas = AREA_NAVIGATION.filter((item) => item.to !== '/');
  return (
    <PageLayout title={t('dashboard.greeting', { name: viewer.displayName })} description={t('dashboard.roleLine', { role: t(`roles.${viewer.role}`) })}>
      {/* What waits for me comes first; the areas and the overviews follow. */}
      <InboxCard />
      <ul className="app-card-grid" aria-label={t('dashboard.areas')}>
        {areas.map((area) => (
          <li key={area.to}>
            <Link to={area.to} className="app-link-card">
              <span className="app-link-card__title">{t(area.labelKey)}</span>
            </Link>
          </li>
        ))}
      </ul>
      {viewer.role !== 'PARTNER' && can(viewer, 'complaints.read') && <OverdueComplaintsCard />}
      {/* Those who send the expiry notices (CS) see which are due. */}
      {can(viewer, 'contracts.manage') && <ExpiringContractsCard />}
      {viewer.role === 'PARTNER' ? <MyCenterCard /> : can(viewer, 'repairCenters.read') && <CenterDashboard />}
      {can(viewer, 'referenceData.manage') && can(viewer, 'users.manage') && <ReferenceCounts />}
    </PageLayout>
  );
}
