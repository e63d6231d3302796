import { useTranslation } from 'react-i18next';
import { Alert } from '@aftersales/ui';
import type { AssessmentItem, RepairCenterStatus } from '../../graphql/types';
import type { CenterAssessment } from '../repair-center-queries';

interface AssessmentOutcomeProps {
  assessment: CenterAssessment;
  /** The center's status after the assessment. */
  centerStatus: RepairCenterStatus | null;
}

/** What a recorded assessment found and did: result, failed items, the rectification deadline. */
export function AssessmentOutcome({ assessment, centerStatus }: AssessmentOutcomeProps) {
  const { t } = useTranslation();
  const items = (failed: readonly AssessmentItem[]) => failed.map((item) => t(`repairCenters.assessment.items.${item}`)).join('、');
  const passed = assessment.result === 'PASSED';
  return (
    <div className="app-stack">
      <Alert tone={passed ? 'success' : 'danger'} title={t(`repairCenters.assessment.outcome.${assessment.result}`)}>
        {assessment.failedItems.length > 0 && <p className="app-paragraph">{t('repairCenters.assessment.failedItems', { items: items(assessment.failedItems) })}</p>}
        {assessment.rectificationDeadline && <p className="app-paragraph">{t('repairCenters.assessment.rectificationUntil', { date: assessment.rectificationDeadline })}</p>}
        {centerStatus && <p className="app-paragraph">{t('repairCenters.assessment.centerStatusNow', { status: t(`repairCenters.statuses.${centerStatus}`) })}</p>}
      </Alert>
      {assessment.staff.length > 0 && (
        <ul className="app-plain-list" aria-label={t('repairCenters.assessment.staff')}>
          {assessment.staff.map((entry) => (
            <li key={entry.technician.id}>
              {t('repairCenters.assessment.staffOutcome', {
                name: entry.technician.name,
                result: t(`repairCenters.assessment.results.${entry.result}`),
              })}
              {entry.failedItems.length > 0 && <span className="app-muted"> {t('repairCenters.assessment.failedItems', { items: items(entry.failedItems) })}</span>}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
