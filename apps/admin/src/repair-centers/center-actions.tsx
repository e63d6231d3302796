import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { isRecordedCenterStatus, manualCenterTransitionsFrom } from '@aftersales/domain';
import { Button } from '@aftersales/ui';
import type { ManualCenterStatus } from '../graphql/types';
import { EntityFormDialog } from '../common/forms/entity-form-dialog';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { RecordAssessmentDialog } from './assessment/record-assessment-dialog';
import { ChangeStatusDialog } from './change-status-dialog';
import type { RepairCenterDetail } from './repair-center-queries';
import { useRepairCenterForm } from './use-repair-center-form';

type OpenDialog = { kind: 'edit' } | { kind: 'assess' } | { kind: 'status'; target: ManualCenterStatus } | null;

const isManual = (status: string): status is ManualCenterStatus => status === 'ACTIVE' || status === 'SUSPENDED' || status === 'REVOKED';

/** Only the actions the viewer may take: edit and status (manage), record an assessment (assess). */
export function CenterActions({ center, onChanged }: { center: RepairCenterDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const form = useRepairCenterForm();
  const [open, setOpen] = useState<OpenDialog>(null);
  const canManage = can(viewer, 'repairCenters.manage');
  // A revoked center is not assessed any more (004 §5.4: the authorization is withdrawn).
  const canAssess = can(viewer, 'repairCenters.assess') && center.recordedStatus !== 'REVOKED';
  // The schema types recordedStatus with the whole RepairCenterStatus enum; EXPIRED is never recorded.
  const targets = canManage && isRecordedCenterStatus(center.recordedStatus) ? manualCenterTransitionsFrom(center.recordedStatus).filter(isManual) : [];
  const close = () => setOpen(null);
  const closeAndRefresh = () => {
    setOpen(null);
    onChanged();
  };

  return (
    <>
      <Link className="ui-button ui-button--ghost" to={`/repair-centers/${center.id}/summary`}>
        {t('repairCenters.summary.link')}
      </Link>
      {canAssess && (
        <Button onClick={() => setOpen({ kind: 'assess' })}>{t('repairCenters.assessment.record')}</Button>
      )}
      {canManage && <Button onClick={() => setOpen({ kind: 'edit' })}>{t('common.edit')}</Button>}
      {targets.map((target) => (
        <Button key={target} variant={target === 'ACTIVE' ? 'primary' : 'danger'} onClick={() => setOpen({ kind: 'status', target })}>
          {t(`repairCenters.statusChange.actions.${target}`)}
        </Button>
      ))}
      {open?.kind === 'edit' && <EntityFormDialog config={form} node={center} title={t('repairCenters.editTitle')} size="large" onClose={close} onSaved={closeAndRefresh} />}
      {open?.kind === 'status' && <ChangeStatusDialog center={center} target={open.target} onClose={close} onChanged={closeAndRefresh} />}
      {open?.kind === 'assess' && <RecordAssessmentDialog center={center} onClose={close} onRecorded={onChanged} />}
    </>
  );
}
