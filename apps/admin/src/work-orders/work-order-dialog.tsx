import { ActionDialog, type ConflictTextKeys, type FeatureActionDialogProps } from '../common/action-dialog';
import type { WorkOrderDetail, WorkOrderListItem } from './work-order-queries';

const WORK_ORDER_CONFLICT_TEXT_KEYS: ConflictTextKeys = { title: 'workOrders.conflict.title', reload: 'workOrders.conflict.reload' };

/** The dialog of an action on a work order; a conflict is worded as a change to the work order. */
export function WorkOrderDialog(props: FeatureActionDialogProps) {
  return <ActionDialog {...props} conflictTextKeys={WORK_ORDER_CONFLICT_TEXT_KEYS} />;
}

/** What every action dialog gets from the page it opens on. */
export interface WorkOrderActionProps<Order extends WorkOrderListItem = WorkOrderDetail> {
  order: Order;
  onClose: () => void;
  /** The API accepted the change: close and reload. */
  onDone: () => void;
  onReload: () => void | Promise<unknown>;
}
