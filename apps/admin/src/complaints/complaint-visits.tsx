import { useTranslation } from 'react-i18next';
import { isOpenComplaint, type Permission, VISIT_LIFECYCLE } from '@aftersales/domain';
import { Button, Card, DataTable, StatusBadge, type DataTableColumn, type StatusTone } from '@aftersales/ui';
import { formatDateTime } from '../common/format';
import type { Role, Viewer } from '../graphql/types';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import type { ComplaintDetail, VisitRequest } from './complaint-queries';

/** The schema types a visit's status as a string; these are the ones the API writes. */
type VisitStatus = 'PENDING' | 'APPROVED' | 'REJECTED';
import { DecideVisitDialog } from './decide-visit-dialog';
import { RequestVisitDialog } from './request-visit-dialog';
import { useActionDialog } from './use-action-dialog';

const STATUS_TONES: Record<VisitStatus, StatusTone> = { PENDING: 'warning', APPROVED: 'success', REJECTED: 'danger' };
const isVisitStatus = (status: string): status is VisitStatus => status in STATUS_TONES;
/** The approvers 004 §4.5 names: the CS department's leader at home, the after-sales director elsewhere. */
const isNamedApprover = (role: Role): role is 'CS_MANAGER' | 'DIRECTOR' => role === 'CS_MANAGER' || role === 'DIRECTOR';

/** The domain's travel-request table decides: the approver the region calls for (or ADMIN), while the request waits. */
function mayDecide(viewer: Viewer, visit: VisitRequest): boolean {
  if (!VISIT_LIFECYCLE.isStatus(visit.status)) return false;
  const actor = { permissions: viewer.permissions as Permission[] };
  return VISIT_LIFECYCLE.allowedCommands(visit.status, actor, { approverRole: visit.approverRole, actorRole: viewer.role }).length > 0;
}

type OpenAction = { kind: 'request' } | { kind: 'decide'; visit: VisitRequest; approve: boolean };

/** 出差申请: on-site visits asked for this complaint, who approves each, and the decision. */
export function ComplaintVisits({ complaint, onChanged }: { complaint: ComplaintDetail; onChanged: () => void }) {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  const { open, setOpen, dialogProps } = useActionDialog<OpenAction>(complaint, onChanged);
  const canRequest = can(viewer, 'complaints.handle') && isOpenComplaint(complaint.status);
  const decidable = complaint.visitRequests.some((visit) => mayDecide(viewer, visit));
  const title = t('complaints.detail.sections.visits');

  const columns: DataTableColumn<VisitRequest>[] = [
    { key: 'plannedOn', header: t('complaints.visits.plannedOn'), render: (visit) => visit.plannedOn },
    { key: 'purpose', header: t('complaints.visits.purpose'), render: (visit) => visit.purpose },
    { key: 'zone', header: t('complaints.visits.zone'), render: (visit) => t(`regions.zones.${visit.zone}`) },
    {
      key: 'approver',
      header: t('complaints.visits.approver'),
      render: (visit) => (isNamedApprover(visit.approverRole) ? t(`complaints.visits.approvers.${visit.approverRole}`) : t(`roles.${visit.approverRole}`)),
    },
    {
      key: 'status',
      header: t('complaints.visits.status'),
      // A status added to the API later still shows, untranslated.
      render: (visit) => (isVisitStatus(visit.status) ? <StatusBadge tone={STATUS_TONES[visit.status]}>{t(`complaints.visitStatuses.${visit.status}`)}</StatusBadge> : visit.status),
    },
    { key: 'requestedBy', header: t('complaints.visits.requestedBy'), render: (visit) => visit.requestedByName },
    {
      key: 'decision',
      header: t('complaints.visits.decision'),
      render: (visit) =>
        visit.decidedByName ? (
          <>
            {t('complaints.visits.decidedBy', { name: visit.decidedByName, date: formatDateTime(visit.decidedAt, i18n.language) })}
            {visit.decisionNote && <p className="app-paragraph app-muted">{visit.decisionNote}</p>}
          </>
        ) : (
          '—'
        ),
    },
  ];

  const decide = (visit: VisitRequest) =>
    mayDecide(viewer, visit) ? (
      <span className="app-inline">
        <Button size="small" variant="primary" onClick={() => setOpen({ kind: 'decide', visit, approve: true })}>
          {t('complaints.visits.approve')}
        </Button>
        <Button size="small" variant="danger" onClick={() => setOpen({ kind: 'decide', visit, approve: false })}>
          {t('complaints.visits.reject')}
        </Button>
      </span>
    ) : null;

  return (
    <Card
      title={title}
      actions={
        canRequest && (
          <Button size="small" onClick={() => setOpen({ kind: 'request' })}>
            {t('complaints.visits.request')}
          </Button>
        )
      }
    >
      <DataTable
        label={title}
        columns={columns}
        rows={complaint.visitRequests}
        rowKey={(visit) => visit.id}
        emptyMessage={t('complaints.visits.empty')}
        loadingMessage={t('common.loading')}
        rowActions={decidable ? decide : undefined}
        actionsHeader={t('complaints.visits.decide')}
      />
      {open?.kind === 'request' && <RequestVisitDialog {...dialogProps} />}
      {open?.kind === 'decide' && <DecideVisitDialog {...dialogProps} visit={open.visit} approve={open.approve} />}
    </Card>
  );
}
