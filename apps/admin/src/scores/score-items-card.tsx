import { useTranslation } from 'react-i18next';
import { ABILITY_ITEMS, ATTITUDE_ITEMS, SCORE_ITEMS, type ScoreItem } from '@aftersales/domain';
import { Card, DataTable, type DataTableColumn } from '@aftersales/ui';
import { DetailList } from '../common/detail-list';
import { GradeBadge, PendingScoreMarker, PerformanceMarker } from './score-badges';
import { formatPayRatio, formatPoints, scoreItemLabel } from './score-format';
import { ITEM_FIELDS, type ScoreDetail, type ScoreMaxima } from './score-queries';

type Dimension = 'attitude' | 'ability' | 'performance';

function dimensionOf(item: ScoreItem): Dimension {
  if ((ATTITUDE_ITEMS as readonly string[]).includes(item)) return 'attitude';
  if ((ABILITY_ITEMS as readonly string[]).includes(item)) return 'ability';
  return 'performance';
}

interface ItemRow {
  item: ScoreItem;
  dimension: Dimension;
  maximum: number | undefined;
  points: number | null;
}

/** Every rubric item out of its maximum, then D1, D2, D3, the deduction, the total, grade and pay. */
export function ScoreItemsCard({ score, maxima }: { score: ScoreDetail; maxima: ScoreMaxima | undefined }) {
  const { t, i18n } = useTranslation();
  const points = (value: number | null) => formatPoints(value, i18n.language);
  const rows: ItemRow[] = SCORE_ITEMS.map((item) => ({ item, dimension: dimensionOf(item), maximum: maxima?.[item], points: score[ITEM_FIELDS[item]] }));
  const columns: DataTableColumn<ItemRow>[] = [
    { key: 'dimension', header: t('scores.detail.dimension'), render: (row) => t(`scores.dimensions.${row.dimension}`) },
    { key: 'item', header: t('scores.detail.item'), render: (row) => scoreItemLabel(row.item, i18n.language) },
    { key: 'maximum', header: t('scores.detail.maximum'), align: 'end', render: (row) => (row.maximum === undefined ? '—' : row.maximum) },
    { key: 'points', header: t('scores.detail.score'), align: 'end', render: (row) => (row.points === null ? <span className="app-muted">{t('scores.detail.noRecords')}</span> : points(row.points)) },
  ];
  const entered = score.supervisorScoresEntered;
  const adjusted = score.currentTotal !== score.total || score.adjustments.length > 0;
  const figures = [
    { label: t('scores.dimensions.attitude'), value: points(score.attitude) },
    { label: t('scores.dimensions.ability'), value: points(score.ability) },
    {
      label: t('scores.dimensions.performance'),
      value: (
        <span className="app-inline">
          {points(score.performance)}
          <PerformanceMarker status={score.performanceStatus} />
        </span>
      ),
    },
    ...(score.creditedPoints > 0 ? [{ label: t('scores.detail.creditedPoints'), value: points(score.creditedPoints) }] : []),
    { label: t('scores.fields.subtotal'), value: points(score.subtotal) },
    { label: t('scores.fields.deduction'), value: score.complaintDeduction > 0 ? `-${points(score.complaintDeduction)}` : '0' },
    // Until the supervisor scores D1/D2 the figures stand on D3 alone (0 / C / 0.90): not shown.
    { label: t('scores.fields.total'), value: entered ? <span className="app-total">{points(score.total)}</span> : <PendingScoreMarker /> },
    { label: t('scores.fields.grade'), value: entered ? <GradeBadge grade={score.grade} /> : <PendingScoreMarker /> },
    { label: t('scores.fields.payRatio'), value: entered ? formatPayRatio(score.payRatio) : <PendingScoreMarker /> },
    ...(adjusted
      ? [
          { label: t('scores.detail.adjustedTotal'), value: <span className="app-total">{points(score.currentTotal)}</span> },
          { label: t('scores.detail.adjustedGrade'), value: <GradeBadge grade={score.currentGrade} /> },
          { label: t('scores.detail.adjustedPayRatio'), value: formatPayRatio(score.currentPayRatio) },
        ]
      : []),
  ];
  return (
    <Card title={t('scores.detail.items')}>
      <div className="app-stack">
        <DataTable label={t('scores.detail.items')} columns={columns} rows={rows} rowKey={(row) => row.item} emptyMessage="" loadingMessage={t('common.loading')} />
        <DetailList label={t('scores.detail.summary')} items={figures} />
      </div>
    </Card>
  );
}
