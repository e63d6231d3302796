import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@aftersales/ui';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { ArrivalDialog } from './arrival-dialog';
import { CancelDialog } from './cancel-dialog';
import { CompleteDialog } from './complete-dialog';
import { DispatchDialog } from './dispatch-dialog';
import { FeeDialog } from './fee-dialog';
import { LendLoanerDialog } from './lend-loaner-dialog';
import { ReturnDialog } from './return-dialog';
import { ReturnLoanerDialog } from './return-loaner-dialog';
import { TakeBackDialog } from './take-back-dialog';
import type { WorkOrderActionProps } from './work-order-dialog';
import type { WorkOrderDetail } from './work-order-queries';

type Action = 'dispatch' | 'arrival' | 'fee' | 'takeBack' | 'lendLoaner' | 'returnLoaner' | 'return' | 'complete' | 'cancel';

/** The fee schedule is shown before the work (000 §5): the API refuses it once the unit was fixed or taken back. */
const BEFORE_WORK: readonly WorkOrderDetail['status'][] = ['CALLED', 'DISPATCHED', 'ARRIVED'];

/**
 * The actions this viewer may take now: the steps the API allows this viewer from the order's
 * status (`allowedTransitions` already leaves out what the role may not do), each behind its
 * permission too (dispatching `workOrders.dispatch`, recording the visit `workOrders.record`,
 * cancelling the call `workOrders.register`), plus re-assigning a dispatched order and the fee
 * schedule of a paid one before the work, and the 备用机 steps the API offers (`loanerActions`).
 */
function availableActions(order: WorkOrderDetail, permissions: { dispatch: boolean; record: boolean; register: boolean }): Action[] {
  const allows = (status: WorkOrderDetail['allowedTransitions'][number]) => order.allowedTransitions.includes(status);
  const actions: Action[] = [];
  if (permissions.dispatch && (allows('DISPATCHED') || order.status === 'DISPATCHED')) actions.push('dispatch');
  if (permissions.record) {
    if (allows('ARRIVED')) actions.push('arrival');
    if (order.serviceType === 'PAID' && BEFORE_WORK.includes(order.status)) actions.push('fee');
    if (allows('TAKEN_BACK')) actions.push('takeBack');
    if (order.loanerActions.includes('LEND')) actions.push('lendLoaner');
    if (order.loanerActions.includes('RETURN')) actions.push('returnLoaner');
    if (allows('RETURNED')) actions.push('return');
    if (allows('COMPLETED')) actions.push('complete');
  }
  if (permissions.register && allows('CANCELLED')) actions.push('cancel');
  return actions;
}

const DIALOGS: Record<Action, (props: WorkOrderActionProps) => ReactNode> = {
  dispatch: (props) => <DispatchDialog {...props} />,
  arrival: (props) => <ArrivalDialog {...props} />,
  fee: (props) => <FeeDialog {...props} />,
  takeBack: (props) => <TakeBackDialog {...props} />,
  lendLoaner: (props) => <LendLoanerDialog {...props} />,
  returnLoaner: (props) => <ReturnLoanerDialog {...props} />,
  return: (props) => <ReturnDialog {...props} />,
  complete: (props) => <CompleteDialog {...props} />,
  cancel: (props) => <CancelDialog {...props} />,
};

export function WorkOrderActions({ order, onChanged }: { order: WorkOrderDetail; onChanged: () => void | Promise<unknown> }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const [open, setOpen] = useState<Action | null>(null);
  const actions = availableActions(order, { dispatch: can(viewer, 'workOrders.dispatch'), record: can(viewer, 'workOrders.record'), register: can(viewer, 'workOrders.register') });
  const label = (action: Action) => {
    if (action === 'dispatch' && order.status === 'DISPATCHED') return t('workOrders.actions.reassign');
    if (action === 'fee' && order.feeShownAt) return t('workOrders.actions.changeFee');
    return t(`workOrders.actions.${action}`);
  };
  const dialogProps: WorkOrderActionProps = {
    order,
    onClose: () => setOpen(null),
    onDone: () => {
      setOpen(null);
      onChanged();
    },
    onReload: onChanged,
  };

  return (
    <>
      {actions.map((action) => (
        <Button key={action} variant={action === 'cancel' ? 'danger' : action === 'dispatch' || action === 'complete' ? 'primary' : 'secondary'} onClick={() => setOpen(action)}>
          {label(action)}
        </Button>
      ))}
      {open && DIALOGS[open](dialogProps)}
    </>
  );
}
