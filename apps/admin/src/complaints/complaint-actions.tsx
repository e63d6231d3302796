import { useTranslation } from 'react-i18next';
import type { ComplaintStatus } from '@aftersales/domain';
import { Button } from '@aftersales/ui';
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
 * Exactly what the API says this viewer may do now, from the domain's complaint command table
 * (state, permission and guards): the next statuses (`allowedTransitions`), the other commands
 * (`allowedActions`), the 转派 (`canReroute`) and the purchaser's consent to a later reply
 * (`canAgreeReplyExtension`). Nothing is re-decided here.
 */
export function ComplaintActions({ complaint, onChanged }: { complaint: ComplaintDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const { open, setOpen, dialogProps } = useActionDialog<OpenAction>(complaint, onChanged);
  const allows = (action: ComplaintDetail['allowedActions'][number]) => complaint.allowedActions.includes(action);
  const targets = complaint.allowedTransitions;

  return (
    <>
      {targets.map((target) => (
        <Button key={target} variant={target === 'REJECTED' ? 'danger' : 'primary'} onClick={() => setOpen({ kind: 'transition', target })}>
          {t(`complaints.actions.transitions.${target}`)}
        </Button>
      ))}
      {allows('RECORD_INVESTIGATION') && <Button onClick={() => setOpen({ kind: 'investigate' })}>{t('complaints.actions.investigate')}</Button>}
      {allows('SET_RESPONSIBILITY') && <Button onClick={() => setOpen({ kind: 'responsibility' })}>{t('complaints.actions.responsibility')}</Button>}
      {allows('SET_RESOLUTION') && <Button onClick={() => setOpen({ kind: 'resolution' })}>{t('complaints.actions.resolution')}</Button>}
      {allows('RECORD_FORWARDING') && <Button onClick={() => setOpen({ kind: 'forward' })}>{t('complaints.actions.forward')}</Button>}
      {complaint.canReroute && <Button onClick={() => setOpen({ kind: 'reroute' })}>{t('complaints.actions.reroute')}</Button>}
      {complaint.canAgreeReplyExtension && <Button onClick={() => setOpen({ kind: 'replyExtension' })}>{t('complaints.actions.agreeReplyExtension')}</Button>}
      {allows('APPROVE_OFFICE_MEETING') && <Button onClick={() => setOpen({ kind: 'approve' })}>{t('complaints.actions.approve')}</Button>}
      {allows('SET_SPECIAL_CASE') && (
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
