import { useTranslation } from 'react-i18next';
import type { DiscardChangesLabels } from '@aftersales/ui';

/** The question every form dialog asks before throwing typed input away, in the reader's language. */
export function useDiscardLabels(): DiscardChangesLabels {
  const { t } = useTranslation();
  return {
    title: t('common.discardChanges.title'),
    message: t('common.discardChanges.message'),
    discardLabel: t('common.discardChanges.discard'),
    keepLabel: t('common.discardChanges.keep'),
  };
}
