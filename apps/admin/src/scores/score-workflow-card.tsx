import { useTranslation } from 'react-i18next';
import { Card } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import { DetailList } from '../common/detail-list';
import { LateMarker, ScoreStatusBadge } from './score-badges';
import { formatPoints } from './score-format';
import type { ScoreDetail } from './score-queries';

/** Who did what when (computed, scored, submitted, published), and the month's record counts. */
export function ScoreWorkflowCard({ score }: { score: ScoreDetail }) {
  const { t, i18n } = useTranslation();
  const at = (iso: string | null) => formatDateTime(iso, i18n.language);
  const byAt = (name: string | null, iso: string | null) => (iso ? t('scores.detail.byAt', { name: name ?? '—', at: at(iso) }) : null);
  const workflow = [
    { label: t('scores.fields.status'), value: <ScoreStatusBadge status={score.status} /> },
    { label: t('scores.detail.computedAt'), value: at(score.computedAt) },
    { label: t('scores.detail.supervisorEntered'), value: byAt(score.supervisorEnteredByName, score.supervisorEnteredAt) },
    {
      label: t('scores.detail.submitted'),
      value: score.submittedAt ? (
        <span className="app-inline app-wrap">
          {byAt(score.submittedByName, score.submittedAt)}
          <LateMarker late={score.lateSubmission} />
        </span>
      ) : (
        score.lateSubmission ? <LateMarker late /> : null
      ),
    },
    { label: t('scores.detail.published'), value: byAt(score.publishedByName, score.publishedAt) },
    ...(score.returnedReason ? [{ label: t('scores.detail.returnedReason'), value: score.returnedReason }] : []),
  ];
  const records = [
    { label: t('scores.detail.surveyCount'), value: score.surveyCount },
    { label: t('scores.detail.surveyAverage'), value: formatPoints(score.surveyAverage, i18n.language) },
    { label: t('scores.detail.arrivalCount'), value: score.arrivalCount },
    { label: t('scores.detail.lateArrivalCount'), value: score.lateArrivalCount },
    { label: t('scores.detail.repairCount'), value: score.repairCount },
    { label: t('scores.detail.notFirstTimeFixCount'), value: score.notFirstTimeFixCount },
    { label: t('scores.detail.complaintCount'), value: score.complaintCount },
  ];
  return (
    <>
      <Card title={t('scores.detail.workflow')}>
        <DetailList label={t('scores.detail.workflow')} items={workflow} />
      </Card>
      <Card title={t('scores.detail.records')}>
        <DetailList label={t('scores.detail.records')} items={records} />
      </Card>
    </>
  );
}
