import { useTranslation } from 'react-i18next';
import { formatDeadline } from '../common/format';
import { ShownOnceDialog } from '../common/shown-once-dialog';
import type { SurveyLink } from './survey-queries';

/** The customer's one-time survey link: shown once, to be sent to the customer (SMS, chat). */
export function SurveyLinkDialog({ link, workOrderCode, onClose }: { link: SurveyLink; workOrderCode: string; onClose: () => void }) {
  const { t, i18n } = useTranslation();
  return (
    <ShownOnceDialog
      title={t('surveys.link.title', { code: workOrderCode })}
      warning={t('surveys.link.warning', { expiresAt: formatDeadline(link.expiresAt, i18n.language) })}
      value={new URL(link.url, window.location.origin).toString()}
      valueLabel={t('surveys.link.url')}
      doneLabel={t('surveys.link.done')}
      copyFailedMessage={t('surveys.link.copyFailed')}
      onClose={onClose}
    />
  );
}
