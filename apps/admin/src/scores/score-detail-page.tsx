import { useTranslation } from 'react-i18next';
import { RecordLoadState } from '../common/record-load-state';
import { Link, useParams } from 'react-router';
import { useQuery } from 'urql';
import { DEFAULT_TECHNICIAN_SCORE_SETTINGS } from '@aftersales/domain';
import { Alert, PageLayout } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { GradeBadge, LateMarker, PendingScoreMarker, PerformanceMarker, ScoreStatusBadge } from './score-badges';
import { ScoreAdjustmentsCard } from './score-adjustments';
import { centerName } from './score-columns';
import { ScoreDetailActions } from './score-detail-actions';
import { ScoreExplanationCard } from './score-explanation';
import { ScoreItemsCard } from './score-items-card';
import { SCORE_CHANGE_CONTEXT } from './score-month-actions';
import { SCORE_RUBRIC_QUERY, TECHNICIAN_SCORE_QUERY } from './score-queries';
import { ScoreTrendCard } from './score-trend-card';
import { ScoreWorkflowCard } from './score-workflow-card';
import { useReloadableQuery } from '../common/use-reloadable-query';

/**
 * One technician's month: every item out of its maximum, the dimensions, deduction, total, grade
 * and pay ratio, the workflow, the records behind the points, HR's adjustments, the last twelve
 * months; and what this viewer may do with it.
 */
export function ScoreDetailPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const { id = '' } = useParams();
  const [{ data, error, fetching }, refresh] = useReloadableQuery({
    query: TECHNICIAN_SCORE_QUERY,
    variables: { id },
    context: SCORE_CHANGE_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const [rubricResult] = useQuery({ query: SCORE_RUBRIC_QUERY, requestPolicy: 'cache-and-network' });
  const score = data?.technicianScore;
  const rubric = rubricResult.data?.technicianScoreSettings;
  const backLink = (period?: string) => <Link to={period ? `/scores?month=${period}` : '/scores'}>{t('scores.detail.back')}</Link>;

  if (!score) {
    return (
      <PageLayout title={t('scores.title')} actions={backLink()}>
        <RecordLoadState error={error} fetching={fetching} answered={Boolean(data)} notFound={t('common.recordNotFound')} />
      </PageLayout>
    );
  }

  return (
    <PageLayout
      title={t('scores.detail.title', { name: `${score.technician.code} ${score.technician.name}`, period: score.period })}
      description={
        <span className="app-inline app-wrap" role="group" aria-label={t('scores.detail.summary')}>
          <span>{centerName(score.repairCenter, t)}</span>
          <ScoreStatusBadge status={score.status} />
          {score.supervisorScoresEntered ? <GradeBadge grade={score.currentGrade} /> : <PendingScoreMarker />}
          <PerformanceMarker status={score.performanceStatus} />
          <LateMarker late={score.lateSubmission} />
        </span>
      }
      actions={<ScoreDetailActions score={score} maxima={rubric?.maxima ?? DEFAULT_TECHNICIAN_SCORE_SETTINGS.maxima} onChanged={refresh} />}
    >
      <div>{backLink(score.period)}</div>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {score.status === 'DRAFT' && score.returnedReason && (
        <Alert tone="warning" title={t('scores.detail.returnedReason')}>
          {score.returnedReason}
        </Alert>
      )}
      <div className="app-detail-grid">
        <ScoreItemsCard score={score} maxima={rubric?.maxima} />
        <div className="app-stack">
          <ScoreWorkflowCard score={score} />
        </div>
      </div>
      <ScoreExplanationCard score={score} />
      <ScoreAdjustmentsCard adjustments={score.adjustments} />
      <ScoreTrendCard technicianId={score.technician.id} thresholds={rubric?.gradeThresholds} />
    </PageLayout>
  );
}
