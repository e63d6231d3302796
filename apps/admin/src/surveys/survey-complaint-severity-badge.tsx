import { useTranslation } from 'react-i18next';
import { StatusBadge } from '@aftersales/ui';
import type { SurveyComplaintSeverity } from '@aftersales/domain';

/** 一般 / 重大 as CS judged the survey's complaint when opening it; the hint says what follows. */
export function SurveyComplaintSeverityBadge({ severity }: { severity: SurveyComplaintSeverity }) {
  const { t } = useTranslation();
  return (
    <StatusBadge tone={severity === 'MAJOR' ? 'danger' : 'neutral'} title={t(`surveys.complaint.choiceHints.${severity}`)}>
      {t(`surveys.severities.${severity}`)}
    </StatusBadge>
  );
}
