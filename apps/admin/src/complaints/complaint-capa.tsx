import { useTranslation } from 'react-i18next';
import { canIssueCapa, type CapaStatus } from '@aftersales/domain';
import { Button, Card, DataTable, StatusBadge, type DataTableColumn, type StatusTone } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { AdvanceCapaDialog } from './advance-capa-dialog';
import { NEXT_CAPA_STEP, type CapaStep } from './capa-steps';
import type { CapaRequest, ComplaintDetail } from './complaint-queries';
import { IssueCapaDialog } from './issue-capa-dialog';
import { useActionDialog } from './use-action-dialog';

const STATUS_TONES: Record<CapaStatus, StatusTone> = {
  ISSUED: 'info',
  ANALYZED: 'warning',
  ACTIONS_RECORDED: 'warning',
  VERIFIED_EFFECTIVE: 'success',
  VERIFIED_INEFFECTIVE: 'danger',
};

type OpenAction = { kind: 'issue' } | { kind: 'advance'; request: CapaRequest; step: CapaStep };

/**
 * 纠正预防措施 (002 §(九)): the requests issued to responsible departments and where each stands.
 * With `complaints.investigate`, a new request to a company unit of the split, and each request's next step.
 */
export function ComplaintCapa({ complaint, onChanged }: { complaint: ComplaintDetail; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const { open, setOpen, dialogProps } = useActionDialog<OpenAction>(complaint, onChanged);
  const canInvestigate = can(viewer, 'complaints.investigate');
  const canIssue = canInvestigate && canIssueCapa(complaint.responsibility);
  const title = t('complaints.detail.sections.capa');
  const text = (value: string | null) => value ?? '—';

  const columns: DataTableColumn<CapaRequest>[] = [
    { key: 'unit', header: t('complaints.capa.responsibleUnit'), render: (request) => t(`complaints.units.${request.responsibleUnit}`) },
    { key: 'status', header: t('complaints.capa.status'), render: (request) => <StatusBadge tone={STATUS_TONES[request.status]}>{t(`complaints.capaStatuses.${request.status}`)}</StatusBadge> },
    { key: 'rootCause', header: t('complaints.capa.fields.rootCause'), render: (request) => text(request.rootCause) },
    { key: 'correctiveAction', header: t('complaints.capa.fields.correctiveAction'), render: (request) => text(request.correctiveAction) },
    { key: 'preventiveAction', header: t('complaints.capa.fields.preventiveAction'), render: (request) => text(request.preventiveAction) },
    { key: 'verificationNote', header: t('complaints.capa.fields.verificationNote'), render: (request) => text(request.verificationNote) },
    {
      key: 'issued',
      header: t('complaints.capa.issued'),
      render: (request) => t('complaints.capa.issuedBy', { name: request.issuedByName, date: formatDateTime(request.createdAt, i18n.language) }),
    },
  ];

  const nextStep = (request: CapaRequest) => {
    const step = NEXT_CAPA_STEP[request.status];
    if (!step) return null;
    return (
      <Button size="small" onClick={() => setOpen({ kind: 'advance', request, step })}>
        {t(`complaints.capa.steps.${step}`)}
      </Button>
    );
  };

  return (
    <Card
      title={title}
      actions={
        canIssue && (
          <Button size="small" onClick={() => setOpen({ kind: 'issue' })}>
            {t('complaints.capa.issue')}
          </Button>
        )
      }
    >
      <DataTable
        label={title}
        columns={columns}
        rows={complaint.capaRequests}
        rowKey={(request) => request.id}
        emptyMessage={t('complaints.capa.empty')}
        loadingMessage={t('common.loading')}
        rowActions={canInvestigate ? nextStep : undefined}
        actionsHeader={t('complaints.capa.nextStep')}
      />
      {open?.kind === 'issue' && <IssueCapaDialog {...dialogProps} />}
      {open?.kind === 'advance' && <AdvanceCapaDialog {...dialogProps} request={open.request} step={open.step} />}
    </Card>
  );
}
