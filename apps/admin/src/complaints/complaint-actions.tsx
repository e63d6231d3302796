import { useTranslation } from 'react-i18next';
import { complaintTransitionsFrom, isOpenComplaint, type ComplaintStatus } from '@aftersales/domain';
import { Button } from '@aftersales/ui';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import type { ComplaintDetail } from './complaint-queries';
import { ForwardingDialog } from './forwarding-dialog';
import { InvestigationDialog } from './investigation-dialog';
import { OfficeMeetingDialog } from './office-meeting-dialog';
import { ReplyExtensionDialog } from './reply-extension-dialog';
import { RerouteDialog } from './reroute-dialog';
import { ResolutionDialog } from './resolution-dialog';
import { ResponsibilityDialog } from './responsibility-dialog';
import { SpecialCaseDialog } from './special-case-dialog';
import { TransitionDialog } from './transition-dialog';
import { useActionDialog } from './use-action-dialog';

type OpenAction = { kind: 'transition'; target: ComplaintStatus } | { kind: 'investigate' | 'responsibility' | 'resolution' | 'approve' | 'specialCase' | 'forward' | 'reroute' | 'replyExtension' };

/**
 * Only what this viewer may do now: the next statuses the API allows them (`complaints.handle`),
 * the appraisal, split and resolution of an open complaint (`complaints.investigate`), the office
 * meeting's approval (`complaints.approve`), the crisis mark and the forwarding to the technical
 * center of an open complaint (`complaints.handle`), and the 转派 to another department when the
 * API says this viewer may (`canReroute`: CS, while the complaint is open), and the purchaser's
 * consent to a later reply when the API says it may still be recorded (`canAgreeReplyExtension`).
 */
export function ComplaintActions({ complaint, onChanged }: { complaint: ComplaintDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const { open, setOpen, dialogProps } = useActionDialog<OpenAction>(complaint, onChanged);
  const canHandle = can(viewer, 'complaints.handle');
  const canInvestigate = can(viewer, 'complaints.investigate') && isOpenComplaint(complaint.status);
  const canApprove = can(viewer, 'complaints.approve') && complaint.especiallyMajor && !complaint.officeMeetingApprovedAt;
  const canMarkSpecial = canHandle && complaintTransitionsFrom(complaint.status).length > 0;
  const canForward = canHandle && isOpenComplaint(complaint.status);
  const targets = canHandle ? complaint.allowedTransitions : [];

  return (
    <>
      {targets.map((target) => (
        <Button key={target} variant={target === 'REJECTED' ? 'danger' : 'primary'} onClick={() => setOpen({ kind: 'transition', target })}>
          {t(`complaints.actions.transitions.${target}`)}
        </Button>
      ))}
      {canInvestigate && (
        <>
          <Button onClick={() => setOpen({ kind: 'investigate' })}>{t('complaints.actions.investigate')}</Button>
          <Button onClick={() => setOpen({ kind: 'responsibility' })}>{t('complaints.actions.responsibility')}</Button>
          <Button onClick={() => setOpen({ kind: 'resolution' })}>{t('complaints.actions.resolution')}</Button>
        </>
      )}
      {canForward && <Button onClick={() => setOpen({ kind: 'forward' })}>{t('complaints.actions.forward')}</Button>}
      {complaint.canReroute && <Button onClick={() => setOpen({ kind: 'reroute' })}>{t('complaints.actions.reroute')}</Button>}
      {complaint.canAgreeReplyExtension && <Button onClick={() => setOpen({ kind: 'replyExtension' })}>{t('complaints.actions.agreeReplyExtension')}</Button>}
      {canApprove && <Button onClick={() => setOpen({ kind: 'approve' })}>{t('complaints.actions.approve')}</Button>}
      {canMarkSpecial && (
        <Button variant={complaint.specialCase ? 'secondary' : 'danger'} onClick={() => setOpen({ kind: 'specialCase' })}>
          {t(complaint.specialCase ? 'complaints.actions.unmarkSpecial' : 'complaints.actions.markSpecial')}
        </Button>
      )}
      {open?.kind === 'transition' && <TransitionDialog {...dialogProps} target={open.target} />}
      {open?.kind === 'investigate' && <InvestigationDialog {...dialogProps} />}
      {open?.kind === 'responsibility' && <ResponsibilityDialog {...dialogProps} />}
      {open?.kind === 'resolution' && <ResolutionDialog {...dialogProps} />}
      {open?.kind === 'approve' && <OfficeMeetingDialog {...dialogProps} />}
      {open?.kind === 'specialCase' && <SpecialCaseDialog {...dialogProps} />}
      {open?.kind === 'forward' && <ForwardingDialog {...dialogProps} />}
      {open?.kind === 'reroute' && <RerouteDialog {...dialogProps} />}
      {open?.kind === 'replyExtension' && <ReplyExtensionDialog {...dialogProps} />}
    </>
  );
}
