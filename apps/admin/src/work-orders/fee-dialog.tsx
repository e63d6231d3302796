import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { Button, FormSection, NumberField, SelectField } from '@aftersales/ui';
import { formatMoney } from '../common/format';
import { OPTIONS_PAGE_SIZE } from '../common/forms/use-options';
import { useVersionedInputMutation } from '../common/use-action-mutation';
import { previewFee, type FeeLineDraft } from './fee-preview';
import { FEE_PART_OPTIONS_QUERY, SHOW_WORK_ORDER_FEE, WORK_ORDER_HOURLY_RATE_QUERY } from './work-order-queries';
import { WorkOrderDialog, type WorkOrderActionProps } from './work-order-dialog';

/**
 * 出示收费标准 (000 §5): a paid service's labour hours and parts at cost, shown to the customer
 * before the work; the API prices it with head office's labour rate.
 */
export function FeeDialog({ order, onClose, onDone, onReload }: WorkOrderActionProps) {
  const { t, i18n } = useTranslation();
  const mutation = useVersionedInputMutation(SHOW_WORK_ORDER_FEE, order);
  const [{ data: partData }] = useQuery({ query: FEE_PART_OPTIONS_QUERY, variables: { first: OPTIONS_PAGE_SIZE } });
  const [{ data: rateData }] = useQuery({ query: WORK_ORDER_HOURLY_RATE_QUERY });
  const parts = useMemo(() => partData?.parts.nodes ?? [], [partData]);
  const [labourHours, setLabourHours] = useState<number | null>(order.fee?.labourHours ?? null);
  const [lines, setLines] = useState<FeeLineDraft[]>(() => (order.fee?.parts ?? []).flatMap((line) => (line.part ? [{ partId: line.part.id, quantity: line.quantity }] : [])));
  const preview = previewFee(labourHours, rateData?.workOrderSettings.hourlyRate ?? null, lines, parts);
  const { fieldErrors } = mutation.errors;
  const action = t('workOrders.actions.fee');
  const money = (amount: string) => formatMoney(amount, i18n.language);

  const changeLine = (index: number, patch: Partial<FeeLineDraft>) => setLines((current) => current.map((line, at) => (at === index ? { ...line, ...patch } : line)));

  const submit = async () => {
    const errors: Record<string, string> = {};
    if (labourHours === null) errors['labourHours'] = t('common.required');
    lines.forEach((line, index) => {
      if (!line.partId) errors[`parts.${index}.partId`] = t('common.required');
      if (line.quantity === null) errors[`parts.${index}.quantity`] = t('common.required');
    });
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    if (await mutation.run({ labourHours, parts: lines.map((line) => ({ partId: line.partId, quantity: line.quantity })) })) onDone();
  };

  const partOptions = parts.map((part) => ({ value: part.id, label: `${part.partNumber} · ${part.name} (${money(part.unitCost)})` }));

  return (
    <WorkOrderDialog title={t('workOrders.dialogTitle', { action, code: order.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload} size="large">
      <p className="ui-confirm__message">{t('workOrders.fee.hint')}</p>
      <NumberField label={t('workOrders.fields.labourHours')} required min={0} step={0.25} value={labourHours} onChange={setLabourHours} error={fieldErrors['labourHours']} hint={t('workOrders.form.labourHoursHint')} />
      <FormSection title={t('workOrders.fee.parts')}>
        {lines.length === 0 && <p className="app-muted">{t('workOrders.fee.noParts')}</p>}
        {lines.map((line, index) => (
          <div key={index} className="app-editor-row" role="group" aria-label={t('workOrders.fee.line', { number: index + 1 })}>
            <SelectField label={t('workOrders.fee.part')} required value={line.partId} onChange={(partId) => changeLine(index, { partId })} options={partOptions} placeholder={t('common.choose')} error={fieldErrors[`parts.${index}.partId`]} />
            <NumberField label={t('workOrders.fee.quantity')} required min={1} step={1} value={line.quantity} onChange={(quantity) => changeLine(index, { quantity })} error={fieldErrors[`parts.${index}.quantity`]} />
            <Button size="small" onClick={() => setLines((current) => current.filter((_, at) => at !== index))}>
              {t('common.remove')}
            </Button>
          </div>
        ))}
        <div>
          <Button size="small" onClick={() => setLines((current) => [...current, { partId: '', quantity: 1 }])}>
            {t('workOrders.fee.addPart')}
          </Button>
        </div>
      </FormSection>
      <p role="status" aria-label={t('workOrders.fee.preview')} className="app-total">
        {preview ? t('workOrders.fee.previewText', { labour: money(preview.labour), parts: money(preview.partsTotal), total: money(preview.total) }) : t('workOrders.fee.previewPending')}
      </p>
    </WorkOrderDialog>
  );
}
