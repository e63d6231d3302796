import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, DateField, TextField } from '@aftersales/ui';
import { PartsDialog } from '../parts-dialog';
import { partLabel } from '../use-parts-data';
import { useVersionedMutation } from '../use-parts-mutation';
import type { RequisitionActionProps } from './requisition-dialog-props';
import { BACKORDER_REQUISITION } from './requisition-queries';

type Feedback = { productionOrderNumber: string; expectedOn: string };

/**
 * 缺货排产: for lines without stock, commerce tells CS the production order and when it expects the
 * parts (004 §6.2: 无库存 … 下单排产, 并将信息反馈客户服务部). Lines left blank are not back-ordered.
 */
export function BackorderRequisitionDialog({ requisition, onClose, onDone, onReload }: RequisitionActionProps) {
  const { t } = useTranslation();
  const mutation = useVersionedMutation(BACKORDER_REQUISITION, requisition);
  const owed = requisition.lines.filter((line) => line.outstandingQuantity > 0);
  const [feedback, setFeedback] = useState<Record<string, Feedback>>(() =>
    Object.fromEntries(owed.map((line) => [line.id, { productionOrderNumber: line.productionOrderNumber ?? '', expectedOn: line.expectedOn ?? '' }])),
  );
  const action = t('warrantyParts.requisitions.actions.BACKORDER');
  const { fieldErrors } = mutation.errors;
  const change = (lineId: string, patch: Partial<Feedback>) => setFeedback((current) => ({ ...current, [lineId]: { ...(current[lineId] ?? { productionOrderNumber: '', expectedOn: '' }), ...patch } }));

  const submit = async () => {
    const chosen = owed.filter((line) => feedback[line.id]?.productionOrderNumber.trim());
    const errors: Record<string, string> = {};
    chosen.forEach((line) => {
      if (!feedback[line.id]?.expectedOn) errors[`lines.${chosen.indexOf(line)}.expectedOn`] = t('common.required');
    });
    if (chosen.length === 0) errors['lines'] = t('warrantyParts.requisitions.backorder.nothing');
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    const lines = chosen.map((line) => ({ lineId: line.id, productionOrderNumber: feedback[line.id]?.productionOrderNumber.trim(), expectedOn: feedback[line.id]?.expectedOn }));
    if (await mutation.run({ lines })) onDone();
  };

  // Errors come keyed by the position among the lines sent, the back-ordered ones.
  const errorFor = (lineId: string, field: string) => {
    const sent = owed.filter((line) => feedback[line.id]?.productionOrderNumber.trim());
    const index = sent.findIndex((line) => line.id === lineId);
    return index < 0 ? undefined : fieldErrors[`lines.${index}.${field}`];
  };

  return (
    <PartsDialog title={t('warrantyParts.dialogTitle', { action, code: requisition.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload} size="large">
      <p className="ui-confirm__message">{t('warrantyParts.requisitions.backorder.hint')}</p>
      <div className="parts-quantity-table">
        <DataTable
          label={t('warrantyParts.requisitions.backorder.table')}
          rows={owed}
          rowKey={(line) => line.id}
          emptyMessage="—"
          loadingMessage={t('common.loading')}
          columns={[
            { key: 'part', header: t('warrantyParts.fields.part'), render: (line) => partLabel(line.part) },
            { key: 'outstanding', header: t('warrantyParts.requisitions.lines.outstanding'), align: 'end', render: (line) => line.outstandingQuantity },
            {
              key: 'order',
              header: t('warrantyParts.requisitions.fields.productionOrderNumber'),
              render: (line) => (
                <TextField
                  label={t('warrantyParts.requisitions.backorder.orderFor', { part: partLabel(line.part) })}
                  value={feedback[line.id]?.productionOrderNumber ?? ''}
                  onChange={(productionOrderNumber) => change(line.id, { productionOrderNumber })}
                  error={errorFor(line.id, 'productionOrderNumber')}
                />
              ),
            },
            {
              key: 'expected',
              header: t('warrantyParts.requisitions.fields.expectedOn'),
              render: (line) => (
                <DateField
                  label={t('warrantyParts.requisitions.backorder.expectedFor', { part: partLabel(line.part) })}
                  value={feedback[line.id]?.expectedOn ?? ''}
                  onChange={(expectedOn) => change(line.id, { expectedOn })}
                  error={errorFor(line.id, 'expectedOn')}
                />
              ),
            },
          ]}
        />
      </div>
      {fieldErrors['lines'] && <p className="ui-field__error">{fieldErrors['lines']}</p>}
    </PartsDialog>
  );
}
