import type { TFunction } from 'i18next';
import { StatusBadge } from '@aftersales/ui';
import { useTranslation } from 'react-i18next';
import type { WorkOrderDetail, WorkOrderLoaner } from './work-order-queries';

/** 备用机未还 / 备用机已收回: the goods book marks a loaner the customer still has. */
export function LoanerStateBadge({ loaner }: { loaner: WorkOrderLoaner | null }) {
  const { t } = useTranslation();
  // The schema's state includes NONE, which the API answers as no loaner at all.
  if (!loaner || loaner.state === 'NONE') return null;
  return <StatusBadge tone={loaner.state === 'OUT' ? 'warning' : 'success'}>{t(`workOrders.loaner.states.${loaner.state}`)}</StatusBadge>;
}

/**
 * The loaner's lines in the visit's take-back card: what was lent, when and to whom, and when it
 * came back. Nothing for an order that was never taken back; "none lent" while the unit is in
 * the workshop without one, so the reader knows it was not forgotten.
 */
export function loanerDetailItems(t: TFunction, order: WorkOrderDetail, when: (iso: string | null) => string) {
  const { loaner } = order;
  if (!loaner) return order.takenBackAt ? [{ label: t('workOrders.loaner.label'), value: t('workOrders.loaner.none') }] : [];
  return [
    {
      label: t('workOrders.loaner.label'),
      value: (
        <span className="app-inline app-wrap">
          <span>{loaner.description}</span>
          <LoanerStateBadge loaner={loaner} />
        </span>
      ),
    },
    { label: t('workOrders.loaner.lentAt'), value: when(loaner.lentAt) },
    { label: t('workOrders.loaner.signature'), value: loaner.signature },
    { label: t('workOrders.loaner.returnedAt'), value: when(loaner.returnedAt) },
    { label: t('workOrders.loaner.returnedByName'), value: loaner.returnedByName },
  ];
}
