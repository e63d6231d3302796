import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { YEAR_REVIEW_OUTCOMES } from '@aftersales/domain';
import { Alert, DataTable, NumberField, PageLayout, SelectField, Toolbar, type DataTableColumn } from '@aftersales/ui';
import { todayLocalDate } from '../common/format';
import { useErrorMapper } from '../graphql/use-form-errors';
import { OutcomeBadge } from './score-badges';
import { centerName } from './score-columns';
import { YEAR_REVIEWS_QUERY, type YearReviewOutcome, type YearReviewRow } from './score-queries';

const isYear = (value: number | null): value is number => value !== null && Number.isInteger(value) && value >= 2000 && value <= 9999;

/**
 * 年度考核评审 (001 part 2 §5 E3–E4): each technician's A, B and C grades of the year's published
 * scores and what they call for: a promotion and raise, or a demotion or termination review.
 */
export function YearReviewPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [draftYear, setDraftYear] = useState<number | null>(() => Number(todayLocalDate().slice(0, 4)));
  const [year, setYear] = useState<number>(() => Number(todayLocalDate().slice(0, 4)));
  const [outcome, setOutcome] = useState<YearReviewOutcome | ''>('');
  const [{ data, error, fetching }] = useQuery({
    query: YEAR_REVIEWS_QUERY,
    variables: { year, outcome: outcome || null },
    requestPolicy: 'cache-and-network',
  });
  const changeYear = (value: number | null) => {
    setDraftYear(value);
    if (isYear(value)) setYear(value);
  };
  const columns: DataTableColumn<YearReviewRow>[] = [
    {
      key: 'technician',
      header: t('scores.fields.technician'),
      render: ({ technician }) => (
        <div className="app-cell-stack">
          <span>{technician.code}</span>
          <span>{technician.name}</span>
        </div>
      ),
    },
    { key: 'center', header: t('scores.fields.center'), render: (row) => centerName(row.technician.repairCenter, t) },
    { key: 'gradeA', header: t('scores.yearReview.gradeA'), align: 'end', render: (row) => row.gradeA },
    { key: 'gradeB', header: t('scores.yearReview.gradeB'), align: 'end', render: (row) => row.gradeB },
    { key: 'gradeC', header: t('scores.yearReview.gradeC'), align: 'end', render: (row) => row.gradeC },
    { key: 'outcome', header: t('scores.yearReview.outcome'), render: (row) => <OutcomeBadge outcome={row.outcome} /> },
  ];

  return (
    <PageLayout
      title={t('scores.yearReview.title')}
      description={t('scores.yearReview.description')}
      actions={
        <Link className="ui-button" to="/scores">
          {t('scores.nav')}
        </Link>
      }
    >
      <Toolbar>
        <NumberField
          label={t('scores.yearReview.year')}
          className="app-year-field"
          min={2000}
          max={9999}
          step={1}
          value={draftYear}
          onChange={changeYear}
          error={isYear(draftYear) ? undefined : t('scores.yearReview.yearInvalid')}
        />
        <SelectField
          label={t('scores.yearReview.outcome')}
          value={outcome}
          onChange={(value) => setOutcome(value as YearReviewOutcome | '')}
          options={YEAR_REVIEW_OUTCOMES.map((value) => ({ value, label: t(`scores.yearReview.outcomes.${value}`) }))}
          placeholder={t('common.all')}
        />
      </Toolbar>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      <DataTable
        label={t('scores.yearReview.title')}
        columns={columns}
        rows={data?.yearReviews ?? []}
        rowKey={(row) => row.technician.id}
        emptyMessage={t('scores.yearReview.empty')}
        loading={fetching}
        loadingMessage={t('common.loading')}
      />
    </PageLayout>
  );
}
