import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { DataTable, NumberField, TextAreaField } from '@aftersales/ui';
import { PartsDialog } from '../parts-dialog';
import type { RequisitionLine } from '../parts-types';
import { partLabel } from '../use-parts-data';
import { useVersionedMutation } from '../use-parts-mutation';
import { isPieces, type RequisitionActionProps } from './requisition-dialog-props';
import { APPROVE_REQUISITION } from './requisition-queries';

/**
 * 审批: the signer may cut quantities (004 §6.2: 核定数量), never raise them; only the cut lines are
 * sent. Whether this is the last signature is the API's to say.
 */
export function ApproveRequisitionDialog({ requisition, onClose, onDone, onReload }: RequisitionActionProps) {
  const { t } = useTranslation();
  const mutation = useVersionedMutation(APPROVE_REQUISITION, requisition);
  const [quantities, setQuantities] = useState<Record<string, number | null>>(() => Object.fromEntries(requisition.lines.map((line) => [line.id, line.quantity])));
  const [note, setNote] = useState('');
  // The API names a refused cut by its position among the cuts sent (`quantities.N.quantity`).
  const [sentLineIds, setSentLineIds] = useState<string[]>([]);
  const action = t('warrantyParts.requisitions.actions.APPROVE');
  const quantityLabel = (line: RequisitionLine) => t('warrantyParts.requisitions.approve.quantityFor', { part: partLabel(line.part) });
  const { fieldErrors } = mutation.errors;
  const errorFor = (line: RequisitionLine) => fieldErrors[`lines.${requisition.lines.indexOf(line)}.quantity`] ?? fieldErrors[`quantities.${sentLineIds.indexOf(line.id)}.quantity`];

  const submit = async () => {
    const errors: Record<string, string> = {};
    requisition.lines.forEach((line, index) => {
      if (!isPieces(quantities[line.id] ?? null, line.quantity)) errors[`lines.${index}.quantity`] = t('warrantyParts.requisitions.approve.atMost', { quantity: line.quantity });
    });
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    const reduced = requisition.lines.filter((line) => quantities[line.id] !== line.quantity).map((line) => ({ lineId: line.id, quantity: quantities[line.id] }));
    setSentLineIds(reduced.map((entry) => entry.lineId));
    if (await mutation.run({ quantities: reduced.length > 0 ? reduced : null, note: note.trim() || null })) onDone();
  };

  return (
    <PartsDialog title={t('warrantyParts.dialogTitle', { action, code: requisition.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload} size="large">
      <p className="ui-confirm__message">{t('warrantyParts.requisitions.approve.hint')}</p>
      <div className="parts-quantity-table">
        <DataTable
          label={t('warrantyParts.requisitions.approve.table')}
          rows={requisition.lines}
          rowKey={(line) => line.id}
          emptyMessage="—"
          loadingMessage={t('common.loading')}
          columns={[
            { key: 'part', header: t('warrantyParts.fields.part'), render: (line) => partLabel(line.part) },
            { key: 'requested', header: t('warrantyParts.requisitions.lines.requested'), align: 'end', render: (line) => line.requestedQuantity },
            {
              key: 'approved',
              header: t('warrantyParts.requisitions.lines.approved'),
              render: (line) => (
                <NumberField
                  label={quantityLabel(line)}
                  className="parts-count-input"
                  min={0}
                  max={line.quantity}
                  step={1}
                  value={quantities[line.id] ?? null}
                  onChange={(quantity) => setQuantities((current) => ({ ...current, [line.id]: quantity }))}
                  error={errorFor(line)}
                />
              ),
            },
          ]}
        />
      </div>
      {fieldErrors['quantities'] && <p className="ui-field__error">{fieldErrors['quantities']}</p>}
      <TextAreaField label={t('warrantyParts.requisitions.fields.approvalNote')} value={note} onChange={setNote} error={fieldErrors['note']} />
    </PartsDialog>
  );
}
