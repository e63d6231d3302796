import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, FormGrid, NumberField, TextField } from '@aftersales/ui';
import { PartsDialog } from '../parts-dialog';
import { partLabel } from '../use-parts-data';
import { useVersionedMutation } from '../use-parts-mutation';
import { isPieces, type RequisitionActionProps } from './requisition-dialog-props';
import { SHIP_REQUISITION } from './requisition-queries';

/**
 * 发货: commerce ships from the manufacturing unit's stock with the carrier and tracking number. A
 * line may ship part of what is owed; the rest keeps the requisition back-ordered.
 */
export function ShipRequisitionDialog({ requisition, onClose, onDone, onReload }: RequisitionActionProps) {
  const { t } = useTranslation();
  const mutation = useVersionedMutation(SHIP_REQUISITION, requisition);
  const owed = requisition.lines.filter((line) => line.outstandingQuantity > 0);
  const [carrier, setCarrier] = useState('');
  const [trackingNumber, setTrackingNumber] = useState('');
  const [quantities, setQuantities] = useState<Record<string, number | null>>(() => Object.fromEntries(owed.map((line) => [line.id, line.outstandingQuantity])));
  const action = t('warrantyParts.requisitions.actions.SHIP');
  const { fieldErrors } = mutation.errors;

  const submit = async () => {
    const errors: Record<string, string> = {};
    if (!carrier.trim()) errors['carrier'] = t('common.required');
    if (!trackingNumber.trim()) errors['trackingNumber'] = t('common.required');
    owed.forEach((line, index) => {
      if (!isPieces(quantities[line.id] ?? null, line.outstandingQuantity)) errors[`lines.${index}.quantity`] = t('warrantyParts.requisitions.ship.atMost', { quantity: line.outstandingQuantity });
    });
    if (Object.keys(errors).length === 0 && owed.every((line) => !quantities[line.id])) errors['lines'] = t('warrantyParts.requisitions.ship.nothing');
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    const lines = owed.map((line) => ({ lineId: line.id, quantity: quantities[line.id] }));
    if (await mutation.run({ carrier: carrier.trim(), trackingNumber: trackingNumber.trim(), lines })) onDone();
  };

  return (
    <PartsDialog title={t('warrantyParts.dialogTitle', { action, code: requisition.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload} size="large">
      <FormGrid columns={2}>
        <TextField label={t('warrantyParts.requisitions.shipments.carrier')} required value={carrier} onChange={setCarrier} error={fieldErrors['carrier']} />
        <TextField label={t('warrantyParts.requisitions.shipments.trackingNumber')} required value={trackingNumber} onChange={setTrackingNumber} error={fieldErrors['trackingNumber']} />
      </FormGrid>
      <p className="ui-confirm__message">{t('warrantyParts.requisitions.ship.hint')}</p>
      <div className="parts-quantity-table">
        <DataTable
          label={t('warrantyParts.requisitions.ship.table')}
          rows={owed}
          rowKey={(line) => line.id}
          emptyMessage="—"
          loadingMessage={t('common.loading')}
          columns={[
            { key: 'part', header: t('warrantyParts.fields.part'), render: (line) => partLabel(line.part) },
            { key: 'outstanding', header: t('warrantyParts.requisitions.lines.outstanding'), align: 'end', render: (line) => line.outstandingQuantity },
            {
              key: 'quantity',
              header: t('warrantyParts.requisitions.ship.quantity'),
              render: (line) => (
                <NumberField
                  label={t('warrantyParts.requisitions.ship.quantityFor', { part: partLabel(line.part) })}
                  className="parts-count-input"
                  min={0}
                  max={line.outstandingQuantity}
                  step={1}
                  value={quantities[line.id] ?? null}
                  onChange={(quantity) => setQuantities((current) => ({ ...current, [line.id]: quantity }))}
                  error={fieldErrors[`lines.${owed.indexOf(line)}.quantity`]}
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
