import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { EmptyState, PageLayout } from '@aftersales/ui';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <PageLayout title={t('common.notFoundTitle')}>
      <div className="ui-card">
        <EmptyState title={t('common.notFoundDescription')} action={<Link to="/">{t('nav.dashboard')}</Link>} />
      </div>
    </PageLayout>
  );
}
