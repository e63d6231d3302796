import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '@aftersales/ui';
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

/** Each button and the command of the API's work-order table it runs. */
const COMMANDS: Record<Action, WorkOrderDetail['allowedActions'][number][]> = {
  dispatch: ['DISPATCH', 'REASSIGN'],
  arrival: ['RECORD_ARRIVAL'],
  fee: ['SHOW_FEE'],
  takeBack: ['TAKE_BACK'],
  lendLoaner: ['LEND_LOANER'],
  returnLoaner: ['RETURN_LOANER'],
  return: ['RETURN_UNIT'],
  complete: ['COMPLETE'],
  cancel: ['CANCEL'],
};
const ACTIONS = Object.keys(COMMANDS) as Action[];

/**
 * Exactly what the API says this viewer may do now (`allowedActions`, from the domain's work-order
 * command table: state, permission and guards), in the order of the visit. Nothing is re-decided here.
 */
function availableActions(order: WorkOrderDetail): Action[] {
  return ACTIONS.filter((action) => COMMANDS[action].some((command) => order.allowedActions.includes(command)));
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
  const [open, setOpen] = useState<Action | null>(null);
  const actions = availableActions(order);
  const label = (action: Action) => {
    if (action === 'dispatch' && order.allowedActions.includes('REASSIGN')) return t('workOrders.actions.reassign');
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
