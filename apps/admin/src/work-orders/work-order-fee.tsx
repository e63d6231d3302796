import { useTranslation } from 'react-i18next';
import { Card, DataTable } from '@aftersales/ui';
import { formatDateTime, formatMoney } from '../common/format';
import type { WorkOrderDetail } from './work-order-queries';

interface FeeRow {
  key: string;
  item: string;
  quantity: string;
  unitCost: string;
  amount: string;
}

/** 收费标准: a paid service's labour and parts at cost, and when the customer was shown it (000 §5). */
export function WorkOrderFee({ order }: { order: WorkOrderDetail }) {
  const { t, i18n } = useTranslation();
  if (order.serviceType !== 'PAID') return null;
  const title = t('workOrders.detail.sections.fee');
  const { fee } = order;
  if (!fee) {
    return (
      <Card title={title}>
        <p className="app-muted">{t('workOrders.fee.notShown')}</p>
      </Card>
    );
  }
  const money = (amount: string) => formatMoney(amount, i18n.language);
  const rows: FeeRow[] = [
    { key: 'labour', item: t('workOrders.fee.labour'), quantity: t('workOrders.hours', { count: fee.labourHours }), unitCost: money(fee.hourlyRate), amount: money(fee.labour) },
    ...fee.parts.map((line, index) => ({
      key: `part-${index}`,
      item: line.part ? `${line.partNumber} ${line.part.name}` : line.partNumber,
      quantity: String(line.quantity),
      unitCost: money(line.unitCost),
      amount: money(line.amount),
    })),
    { key: 'total', item: t('workOrders.fee.total'), quantity: '', unitCost: '', amount: money(fee.total) },
  ];
  return (
    <Card title={title}>
      <p className="app-muted">{order.feeShownAt ? t('workOrders.fee.shownAt', { at: formatDateTime(order.feeShownAt, i18n.language) }) : t('workOrders.fee.notShown')}</p>
      <DataTable
        label={title}
        rowKey={(row) => row.key}
        rows={rows}
        emptyMessage={t('workOrders.fee.notShown')}
        loadingMessage={t('common.loading')}
        columns={[
          { key: 'item', header: t('workOrders.fee.item'), render: (row) => row.item },
          { key: 'quantity', header: t('workOrders.fee.quantity'), render: (row) => row.quantity },
          { key: 'unitCost', header: t('workOrders.fee.unitCost'), render: (row) => row.unitCost },
          { key: 'amount', header: t('workOrders.fee.amount'), render: (row) => row.amount },
        ]}
      />
    </Card>
  );
}
