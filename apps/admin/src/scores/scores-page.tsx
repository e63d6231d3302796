import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useQuery } from 'urql';
import { Alert, Button, Card, DataTable, MonthField, PageLayout, SearchBox, Toolbar } from '@aftersales/ui';
import { useAuthorizedDownload } from '../common/download';
import { useReportMonth } from '../common/use-report-month';
import { useErrorMapper } from '../graphql/use-form-errors';
import { ListPagination } from '../common/lists/list-pagination';
import { useConnectionList } from '../common/lists/use-connection-list';
import { useViewer } from '../session/session-context';
import { GradeDistributionCard } from './grade-distribution-card';
import { LateSubmissionsCard } from './late-submissions-card';
import { scoreColumns } from './score-columns';
import { ScoreFilters } from './score-filters';
import { INITIAL_SCORE_LIST_STATE, SCORE_PAGE_SIZE, toScoreFilter, type ScoreListState } from './score-list-state';
import { SCORE_CHANGE_CONTEXT, ScoreMonthActions, type ScoreNotice } from './score-month-actions';
import { ScoreMonthSummaryCard } from './score-month-summary';
import { SCORE_MONTH_SUMMARY_QUERY, TECHNICIAN_SCORES_QUERY, type ScoreListItem } from './score-queries';

/**
 * 技术员月度考核 for `?month=YYYY-MM`, last month by default (scores are due early the next month).
 * Head office sees the month's progress, grades and late submissions beside the table and acts by
 * role; a partner sees only its own technicians' published scores (the API filters).
 */
export function ScoresPage() {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const viewer = useViewer();
  const isPartner = viewer.repairCenter !== null;
  const reportMonth = useReportMonth();
  const { month } = reportMonth;
  const exporter = useAuthorizedDownload();
  const [notice, setNotice] = useState<ScoreNotice | null>(null);
  // 5,000 technicians are paged by the API, 50 at a time.
  const list = useConnectionList<ScoreListItem, ScoreListState>({
    query: TECHNICIAN_SCORES_QUERY,
    field: 'technicianScores',
    typename: 'TechnicianScore',
    initialFilter: INITIAL_SCORE_LIST_STATE,
    pageSize: SCORE_PAGE_SIZE,
    toVariables: (state) => ({ period: month, orderBy: state.orderBy, filter: toScoreFilter(state) }),
  });
  const { reset } = list.cursor;
  useEffect(() => {
    reset();
    setNotice(null);
  }, [month, reset]);
  const [summaryResult] = useQuery({
    query: SCORE_MONTH_SUMMARY_QUERY,
    variables: { period: month },
    context: SCORE_CHANGE_CONTEXT,
    requestPolicy: 'cache-and-network',
  });
  const summary = summaryResult.data?.scoreMonthSummary;
  // A partner reads published scores only, and HR publishes a month some days into the next.
  const newerPublishedMonth =
    isPartner && summary && summary.published === 0 && summary.latestPublishedPeriod && summary.latestPublishedPeriod !== month
      ? summary.latestPublishedPeriod
      : null;

  return (
    <PageLayout
      title={t('scores.title')}
      description={isPartner ? t('scores.partnerDescription') : t('scores.description')}
      actions={
        <>
          <Link className="ui-button" to="/scores/year-review">{t('scores.yearReview.nav')}</Link>
          {!isPartner && <ScoreMonthActions period={month} summary={summary} listState={list.filter} exporter={exporter} onNotice={setNotice} />}
        </>
      }
    >
      <Toolbar>
        <MonthField label={t('scores.month')} value={reportMonth.draft} onChange={reportMonth.changeMonth} error={reportMonth.draftValid ? null : t('scores.monthInvalid')} />
      </Toolbar>
      {notice && (
        <Alert tone={notice.tone}>{notice.text}</Alert>
      )}
      {exporter.error && <Alert tone="danger">{exporter.error}</Alert>}
      {summaryResult.error && <Alert tone="danger">{mapError(summaryResult.error).message}</Alert>}
      {newerPublishedMonth && (
        <Alert tone="info">
          {t('scores.notYetPublished', { month, latest: newerPublishedMonth })}{' '}
          <Button size="small" onClick={() => reportMonth.changeMonth(newerPublishedMonth)}>
            {t('scores.showMonth', { month: newerPublishedMonth })}
          </Button>
        </Alert>
      )}
      {summary && !isPartner && <ScoreMonthSummaryCard summary={summary} />}
      <Card>
        <Toolbar>
          <SearchBox label={t('scores.search')} placeholder={t('scores.search')} onSearch={(search) => list.setFilter({ search })} />
          <ScoreFilters list={list} isPartner={isPartner} />
        </Toolbar>
        {list.error && <Alert tone="danger">{mapError(list.error).message}</Alert>}
        <DataTable
          label={t('scores.title')}
          columns={scoreColumns(t, i18n.language)}
          rows={list.rows}
          rowKey={(score) => score.id}
          emptyMessage={t('scores.empty')}
          loading={list.fetching}
          loadingMessage={t('common.loading')}
        />
        <ListPagination list={list} />
      </Card>
      {!isPartner && (
        <div className="app-detail-grid">
          <LateSubmissionsCard period={month} dueOn={summary?.dueOn} />
          <GradeDistributionCard period={month} filter={toScoreFilter(list.filter)} />
        </div>
      )}
    </PageLayout>
  );
}
