import type { TFunction } from 'i18next';
import { Link } from 'react-router';
import type { DataTableColumn } from '@aftersales/ui';
import { formatDateTime, formatDeadline } from '../common/format';
import { ArrivalStateBadge, CarriedOverBadge, ServiceTypeBadge, WorkOrderStatusBadge } from './work-order-badges';
import { LoanerStateBadge } from './work-order-loaner';
import type { WorkOrderListItem } from './work-order-queries';

export type WorkOrderColumnKey = 'code' | 'calledAt' | 'customer' | 'product' | 'serviceType' | 'assignee' | 'arrivalDue' | 'status';

/** Who serves the order: the center (or head office) and the technician once dispatched. */
export function assigneeText(t: TFunction, order: Pick<WorkOrderListItem, 'repairCenter' | 'technician'>): { center: string; technician: string } {
  return {
    center: order.repairCenter ? `${order.repairCenter.code} ${order.repairCenter.name}` : t('workOrders.headOffice'),
    technician: order.technician ? `${order.technician.code} ${order.technician.name}` : t('workOrders.notDispatched'),
  };
}

/** The work-order list's columns; the dispatch board shows a few of them. */
export function workOrderColumns(t: TFunction, language: string, keys?: readonly WorkOrderColumnKey[]): DataTableColumn<WorkOrderListItem>[] {
  const columns: (DataTableColumn<WorkOrderListItem> & { key: WorkOrderColumnKey })[] = [
    {
      key: 'code',
      header: t('workOrders.fields.code'),
      width: '150px',
      render: (order) => (
        <div className="app-cell-stack">
          <Link to={`/work-orders/${order.id}`}>{order.code}</Link>
          <CarriedOverBadge carriedOver={order.carriedOver} />
        </div>
      ),
    },
    { key: 'calledAt', header: t('workOrders.fields.calledAt'), render: (order) => formatDateTime(order.calledAt, language), width: '150px' },
    {
      key: 'customer',
      header: t('workOrders.fields.customer'),
      render: (order) => (
        <div className="app-cell-stack">
          <span>{order.customerName}</span>
          <span className="app-muted">{order.customerPhone}</span>
        </div>
      ),
    },
    {
      key: 'product',
      header: t('workOrders.fields.product'),
      render: (order) => (
        <div className="app-cell-stack">
          <span>{order.serialNumber}</span>
          {order.model && <span className="app-muted">{`${order.model.code} ${order.model.name}`}</span>}
        </div>
      ),
    },
    { key: 'serviceType', header: t('workOrders.fields.serviceType'), render: (order) => <ServiceTypeBadge serviceType={order.serviceType} /> },
    {
      key: 'assignee',
      header: t('workOrders.fields.assignee'),
      render: (order) => {
        const { center, technician } = assigneeText(t, order);
        return (
          <div className="app-cell-stack">
            <span>{center}</span>
            <span className="app-muted">{technician}</span>
          </div>
        );
      },
    },
    {
      key: 'arrivalDue',
      header: t('workOrders.fields.arrivalDueAt'),
      render: (order) => (
        <div className="app-cell-stack">
          <span>{formatDeadline(order.arrivalDueAt, language)}</span>
          <ArrivalStateBadge order={order} />
        </div>
      ),
    },
    {
      key: 'status',
      header: t('workOrders.fields.status'),
      // The goods book's 备用机未还: a loaner still with the customer must come back before the unit does.
      render: (order) => (
        <div className="app-cell-stack">
          <WorkOrderStatusBadge status={order.status} />
          {order.loaner?.state === 'OUT' && <LoanerStateBadge loaner={order.loaner} />}
        </div>
      ),
    },
  ];
  return keys ? columns.filter((column) => keys.includes(column.key)) : columns;
}
