import { useTranslation } from 'react-i18next';
import { EmptyState, PageLayout } from '@aftersales/ui';
import type { TranslationKey } from '../i18n/translation-key';

export interface ComingSoonPageProps {
  titleKey: TranslationKey;
  descriptionKey: TranslationKey;
}

/** The areas whose capabilities arrive in later issues: say so plainly. */
export function ComingSoonPage({ titleKey, descriptionKey }: ComingSoonPageProps) {
  const { t } = useTranslation();
  return (
    <PageLayout title={t(titleKey)} description={t(descriptionKey)}>
      <div className="ui-card">
        <EmptyState title={t('areas.buildingTitle')} description={t('areas.buildingDescription')} />
      </div>
    </PageLayout>
  );
}
