import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, NumberField, TextField } from '@aftersales/ui';
import { DifferenceValue } from '../parts-badges';
import { PartsDialog } from '../parts-dialog';
import { partLabel } from '../use-parts-data';
import { useVersionedMutation } from '../use-parts-mutation';
import type { RequisitionActionProps } from './requisition-dialog-props';
import { RECEIVE_REQUISITION } from './requisition-queries';

type Receipt = { quantity: number | null; note: string };

/**
 * 确认收货: the receiving center (or CS for head office) counts what arrived per line; a count that
 * differs from what was shipped needs a note saying why (004 §6.2: 收货后确认, 差异注明).
 */
export function ReceiveRequisitionDialog({ requisition, onClose, onDone, onReload }: RequisitionActionProps) {
  const { t } = useTranslation();
  const mutation = useVersionedMutation(RECEIVE_REQUISITION, requisition);
  const shipped = requisition.lines.filter((line) => line.shippedQuantity > 0);
  const [receipts, setReceipts] = useState<Record<string, Receipt>>(() => Object.fromEntries(shipped.map((line) => [line.id, { quantity: line.shippedQuantity, note: '' }])));
  const action = t('warrantyParts.requisitions.actions.RECEIVE');
  const { fieldErrors } = mutation.errors;
  const change = (lineId: string, patch: Partial<Receipt>) => setReceipts((current) => ({ ...current, [lineId]: { ...(current[lineId] ?? { quantity: null, note: '' }), ...patch } }));

  const submit = async () => {
    const errors: Record<string, string> = {};
    shipped.forEach((line, index) => {
      const receipt = receipts[line.id];
      const quantity = receipt?.quantity ?? null;
      if (quantity === null || !Number.isInteger(quantity) || quantity < 0) errors[`lines.${index}.quantity`] = t('warrantyParts.wholePiecesOrZero');
      else if (quantity !== line.shippedQuantity && !receipt?.note.trim()) errors[`lines.${index}.note`] = t('warrantyParts.requisitions.receive.differenceNeedsNote');
    });
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors, t('warrantyParts.correctFields'));
    const lines = shipped.map((line) => ({ lineId: line.id, quantity: receipts[line.id]?.quantity, note: receipts[line.id]?.note.trim() || null }));
    if (await mutation.run({ lines })) onDone();
  };

  return (
    <PartsDialog title={t('warrantyParts.dialogTitle', { action, code: requisition.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload} size="large">
      <p className="ui-confirm__message">{t('warrantyParts.requisitions.receive.hint')}</p>
      <div className="parts-quantity-table">
        <DataTable
          label={t('warrantyParts.requisitions.receive.table')}
          rows={shipped}
          rowKey={(line) => line.id}
          emptyMessage="—"
          loadingMessage={t('common.loading')}
          columns={[
            { key: 'part', header: t('warrantyParts.fields.part'), render: (line) => partLabel(line.part) },
            { key: 'shipped', header: t('warrantyParts.requisitions.lines.shipped'), align: 'end', render: (line) => line.shippedQuantity },
            {
              key: 'received',
              header: t('warrantyParts.requisitions.lines.received'),
              render: (line) => (
                <NumberField
                  label={t('warrantyParts.requisitions.receive.quantityFor', { part: partLabel(line.part) })}
                  className="parts-count-input"
                  min={0}
                  step={1}
                  value={receipts[line.id]?.quantity ?? null}
                  onChange={(quantity) => change(line.id, { quantity })}
                  error={fieldErrors[`lines.${shipped.indexOf(line)}.quantity`]}
                />
              ),
            },
            {
              key: 'difference',
              header: t('warrantyParts.requisitions.lines.difference'),
              align: 'end',
              render: (line) => {
                const quantity = receipts[line.id]?.quantity;
                return <DifferenceValue value={quantity === null || quantity === undefined ? null : quantity - line.shippedQuantity} />;
              },
            },
            {
              key: 'note',
              header: t('warrantyParts.requisitions.lines.receiptNote'),
              render: (line) => (
                <TextField
                  label={t('warrantyParts.requisitions.receive.noteFor', { part: partLabel(line.part) })}
                  value={receipts[line.id]?.note ?? ''}
                  onChange={(note) => change(line.id, { note })}
                  error={fieldErrors[`lines.${shipped.indexOf(line)}.note`]}
                />
              ),
            },
          ]}
        />
      </div>
    </PartsDialog>
  );
}
