import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { SelectField } from '@aftersales/ui';
import { OPTIONS_PAGE_SIZE } from '../common/forms/use-options';
import { useVersionedInputMutation } from '../common/use-action-mutation';
import { assigneeText } from './work-order-columns';
import { DISPATCH_CANDIDATES_QUERY, DISPATCH_WORK_ORDER, type DispatchCandidate, type WorkOrderListItem } from './work-order-queries';
import { WorkOrderDialog, type WorkOrderActionProps } from './work-order-dialog';

/**
 * The technicians to offer: the order's own center's (or head office's) first. One who may not be
 * sent (inactive, certificate lapsed, employer not ACTIVE) is listed but cannot be chosen.
 */
function candidateOptions(candidates: readonly DispatchCandidate[], order: WorkOrderListItem, blockedLabel: string) {
  const centerId = order.repairCenter?.id ?? null;
  const sameCenter = (candidate: DispatchCandidate) => (candidate.repairCenter?.id ?? null) === centerId;
  return [...candidates]
    .filter((candidate) => candidate.active)
    .sort((a, b) => Number(sameCenter(b)) - Number(sameCenter(a)) || Number(b.dispatchable) - Number(a.dispatchable) || a.code.localeCompare(b.code))
    .map((candidate) => {
      const employer = candidate.repairCenter ? candidate.repairCenter.name : null;
      const label = [`${candidate.code} · ${candidate.name}`, employer].filter(Boolean).join(' — ');
      return { value: candidate.id, label: candidate.dispatchable ? label : `${label}（${blockedLabel}）`, disabled: !candidate.dispatchable };
    });
}

/** 派工 / 改派: send a certified technician; re-assigning is allowed while the order is DISPATCHED. */
export function DispatchDialog({ order, onClose, onDone, onReload }: WorkOrderActionProps<WorkOrderListItem>) {
  const { t } = useTranslation();
  const mutation = useVersionedInputMutation(DISPATCH_WORK_ORDER, order);
  const [{ data, fetching }] = useQuery({ query: DISPATCH_CANDIDATES_QUERY, variables: { first: OPTIONS_PAGE_SIZE }, requestPolicy: 'cache-and-network' });
  const blocked = t('workOrders.dispatch.notDispatchable');
  const options = useMemo(() => candidateOptions(data?.technicians.nodes ?? [], order, blocked), [data, order, blocked]);
  const [technicianId, setTechnicianId] = useState('');
  const reassigning = order.status === 'DISPATCHED';
  const action = t(reassigning ? 'workOrders.actions.reassign' : 'workOrders.actions.dispatch');
  const { center, technician } = assigneeText(t, order);

  const submit = async () => {
    if (!technicianId) return mutation.setFieldErrors({ technicianId: t('common.required') });
    if (await mutation.run({ technicianId })) onDone();
  };

  return (
    <WorkOrderDialog title={t('workOrders.dialogTitle', { action, code: order.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload}>
      <p className="ui-confirm__message">
        {reassigning ? t('workOrders.dispatch.currentTechnician', { technician }) : t('workOrders.dispatch.center', { center })}
      </p>
      <SelectField
        label={t('workOrders.fields.technician')}
        required
        value={technicianId}
        onChange={setTechnicianId}
        options={options.filter((option) => option.value !== order.technician?.id)}
        placeholder={fetching && options.length === 0 ? t('common.loading') : t('common.choose')}
        error={mutation.errors.fieldErrors['technicianId']}
        hint={t('workOrders.dispatch.hint')}
      />
    </WorkOrderDialog>
  );
}
