import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, ConfirmDialog } from '@aftersales/ui';
import type { AuthorizedDownload } from '../common/download';
import { useErrorMapper } from '../graphql/use-form-errors';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { scoreExportUrl, type ScoreExportFormat, type ScoreListState } from './score-list-state';
import { COMPUTE_MONTHLY_SCORES, PUBLISH_MONTHLY_SCORES, SUBMIT_TECHNICIAN_SCORES, type ScoreMonthSummary } from './score-queries';

/** Every list of scores reloads after a change to the month (their queries name this type). */
export const SCORE_CHANGE_CONTEXT = { additionalTypenames: ['TechnicianScore'] };

export interface ScoreNotice {
  tone: 'success' | 'danger';
  text: string;
}

interface ScoreMonthActionsProps {
  period: string;
  summary: ScoreMonthSummary | undefined;
  listState: ScoreListState;
  exporter: AuthorizedDownload;
  onNotice: (notice: ScoreNotice) => void;
}

type Confirming = 'submit' | 'publish' | null;

/**
 * The month's workflow for who may take it: the supervisor (`scores.assess`) computes the drafts
 * and submits them, HR (`scores.publish`) publishes what was submitted. Head office exports the
 * table as it is filtered.
 */
export function ScoreMonthActions({ period, summary, listState, exporter, onNotice }: ScoreMonthActionsProps) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const mapError = useErrorMapper();
  const [confirming, setConfirming] = useState<Confirming>(null);
  const [confirmError, setConfirmError] = useState<string | null>(null);
  const [compute, executeCompute] = useMutation(COMPUTE_MONTHLY_SCORES);
  const [submit, executeSubmit] = useMutation(SUBMIT_TECHNICIAN_SCORES);
  const [publish, executePublish] = useMutation(PUBLISH_MONTHLY_SCORES);
  const canAssess = can(viewer, 'scores.assess');
  const canPublish = can(viewer, 'scores.publish');

  const runCompute = async () => {
    const result = await executeCompute({ period }, SCORE_CHANGE_CONTEXT);
    const data = result.data?.computeMonthlyScores;
    if (result.error || !data) onNotice({ tone: 'danger', text: mapError(result.error).message ?? '' });
    else onNotice({ tone: 'success', text: t('scores.compute.done', { month: period, computed: data.computed, unchanged: data.unchanged, noData: data.noData }) });
  };

  const open = (which: Confirming) => {
    setConfirmError(null);
    setConfirming(which);
  };

  const confirm = async () => {
    const result =
      confirming === 'submit'
        ? await executeSubmit({ input: { period } }, SCORE_CHANGE_CONTEXT)
        : await executePublish({ period }, SCORE_CHANGE_CONTEXT);
    if (result.error || !result.data) {
      setConfirmError(mapError(result.error).message);
      return;
    }
    const count = 'submitTechnicianScores' in result.data ? result.data.submitTechnicianScores : result.data.publishMonthlyScores;
    onNotice({ tone: 'success', text: t(confirming === 'submit' ? 'scores.submit.done' : 'scores.publish.done', { count }) });
    setConfirming(null);
  };

  const download = (format: ScoreExportFormat) => void exporter.download(scoreExportUrl(format, period, listState), `${t('scores.fileName', { month: period })}.${format}`);
  const submittedCount = summary?.submitted ?? 0;

  return (
    <>
      {canAssess && (
        <>
          <Button loading={compute.fetching} onClick={() => void runCompute()}>
            {t('scores.actions.compute')}
          </Button>
          {/* The confirmation counts the month's drafts: wait for them rather than say 0. */}
          <Button variant="primary" disabled={!summary} onClick={() => open('submit')}>
            {t('scores.actions.submit')}
          </Button>
        </>
      )}
      {canPublish && (
        <Button variant="primary" disabled={!summary} onClick={() => open('publish')}>
          {t('scores.actions.publish')}
        </Button>
      )}
      <Button loading={exporter.downloading} onClick={() => download('xlsx')}>
        {t('scores.actions.exportXlsx')}
      </Button>
      <Button loading={exporter.downloading} onClick={() => download('csv')}>
        {t('scores.actions.exportCsv')}
      </Button>
      <ConfirmDialog
        open={confirming === 'submit'}
        title={t('scores.submit.title', { month: period })}
        message={t('scores.submit.message', { month: period, count: summary?.draft ?? 0 })}
        confirmLabel={t('scores.submit.confirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
        loading={submit.fetching}
        error={confirmError}
      />
      <ConfirmDialog
        open={confirming === 'publish'}
        title={t('scores.publish.title', { month: period })}
        message={submittedCount > 0 ? t('scores.publish.message', { month: period, count: submittedCount }) : t('scores.publish.nothing', { month: period })}
        confirmLabel={t('scores.publish.confirm')}
        cancelLabel={t('common.cancel')}
        onConfirm={() => void confirm()}
        onCancel={() => setConfirming(null)}
        loading={publish.fetching}
        error={confirmError}
      />
    </>
  );
}
