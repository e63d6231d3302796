import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
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

/** The status each offered change leads to, in the order the buttons show. */
const TARGET_OF = { REINSTATE: 'ACTIVE', SUSPEND: 'SUSPENDED', REVOKE: 'REVOKED' } as const satisfies Record<string, ManualCenterStatus>;

/**
 * Only the actions the viewer may take: edit (manage); the status changes and recording an
 * assessment as the API's `allowedActions` (the domain's CENTER_LIFECYCLE) offers them.
 */
export function CenterActions({ center, onChanged }: { center: RepairCenterDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const form = useRepairCenterForm();
  const [open, setOpen] = useState<OpenDialog>(null);
  const canManage = can(viewer, 'repairCenters.manage');
  const canAssess = center.allowedActions.includes('RECORD_ASSESSMENT');
  const targets = center.allowedActions.flatMap((action) => (action === 'RECORD_ASSESSMENT' ? [] : [TARGET_OF[action]]));
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
