import { useTranslation } from 'react-i18next';
import { Card } from '@aftersales/ui';
import { FigureList } from '../common/figure-list';
import type { ScoreMonthSummary } from './score-queries';

/** Where the month stands: the due day, how many scores are at each step, how many came late. */
export function ScoreMonthSummaryCard({ summary }: { summary: ScoreMonthSummary }) {
  const { t } = useTranslation();
  const figures = [
    { label: t('scores.summary.dueOn'), value: summary.dueOn },
    { label: t('scores.summary.total'), value: summary.total },
    { label: t('scores.summary.draft'), value: summary.draft },
    { label: t('scores.summary.submitted'), value: summary.submitted },
    { label: t('scores.summary.published'), value: summary.published },
    { label: t('scores.summary.late'), value: summary.lateCount },
  ];
  return (
    <Card title={t('scores.summary.title', { month: summary.period })}>
      <FigureList figures={figures} />
    </Card>
  );
}
