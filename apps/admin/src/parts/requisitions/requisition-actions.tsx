import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button, type ButtonVariant } from '@aftersales/ui';
import type { Permission, Viewer } from '../../graphql/types';
import { can } from '../../session/permissions';
import { useViewer } from '../../session/session-context';
import type { RequisitionAction, RequisitionDetail } from '../parts-types';
import { ApproveRequisitionDialog } from './approve-dialog';
import { BackorderRequisitionDialog } from './backorder-dialog';
import { ReceiveRequisitionDialog } from './receive-dialog';
import type { RequisitionActionProps } from './requisition-dialog-props';
import { ShipRequisitionDialog } from './ship-dialog';
import { DiscardRequisitionDialog, RejectRequisitionDialog, SubmitRequisitionDialog } from './submit-reject-dialogs';

type DialogAction = Exclude<RequisitionAction, 'EDIT'>;

/** The permission behind each action, so a stale or generous `allowedActions` never shows a button the role cannot use. */
const ACTION_PERMISSIONS: Record<RequisitionAction, Permission> = {
  EDIT: 'parts.request',
  SUBMIT: 'parts.request',
  DISCARD: 'parts.request',
  APPROVE: 'parts.approve',
  REJECT: 'parts.approve',
  SHIP: 'parts.fulfil',
  BACKORDER: 'parts.fulfil',
  RECEIVE: 'parts.receive',
};

const ORDER: readonly RequisitionAction[] = ['EDIT', 'SUBMIT', 'DISCARD', 'APPROVE', 'REJECT', 'SHIP', 'BACKORDER', 'RECEIVE'];

const VARIANTS: Record<RequisitionAction, ButtonVariant> = {
  EDIT: 'secondary',
  SUBMIT: 'primary',
  DISCARD: 'danger',
  APPROVE: 'primary',
  REJECT: 'danger',
  SHIP: 'primary',
  BACKORDER: 'secondary',
  RECEIVE: 'primary',
};

const DIALOGS: Record<DialogAction, (props: RequisitionActionProps) => ReactNode> = {
  SUBMIT: (props) => <SubmitRequisitionDialog {...props} />,
  DISCARD: (props) => <DiscardRequisitionDialog {...props} />,
  APPROVE: (props) => <ApproveRequisitionDialog {...props} />,
  REJECT: (props) => <RejectRequisitionDialog {...props} />,
  SHIP: (props) => <ShipRequisitionDialog {...props} />,
  BACKORDER: (props) => <BackorderRequisitionDialog {...props} />,
  RECEIVE: (props) => <ReceiveRequisitionDialog {...props} />,
};

/** What this viewer may do now: the API's `allowedActions` (it knows whose signature is next), within the role's permissions. */
function visibleActions(requisition: Pick<RequisitionDetail, 'allowedActions'>, viewer: Viewer): RequisitionAction[] {
  return ORDER.filter((action) => requisition.allowedActions.includes(action) && can(viewer, ACTION_PERMISSIONS[action]));
}

export function RequisitionActions({ requisition, onChanged }: { requisition: RequisitionDetail; onChanged: () => void | Promise<unknown> }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [open, setOpen] = useState<DialogAction | null>(null);
  const props: RequisitionActionProps = {
    requisition,
    onClose: () => setOpen(null),
    onDone: () => {
      setOpen(null);
      onChanged();
    },
    onReload: onChanged,
  };
  return (
    <>
      {visibleActions(requisition, viewer).map((action) =>
        action === 'EDIT' ? (
          <Link key={action} className="ui-button ui-button--secondary" to={`/parts/requisitions/${requisition.id}/edit`}>
            {t('warrantyParts.requisitions.actions.EDIT')}
          </Link>
        ) : (
          <Button key={action} variant={VARIANTS[action]} onClick={() => setOpen(action)}>
            {t(`warrantyParts.requisitions.actions.${action}`)}
          </Button>
        ),
      )}
      {open && DIALOGS[open](props)}
    </>
  );
}
