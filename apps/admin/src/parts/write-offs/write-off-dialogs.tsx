import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormGrid, NumberField, SelectField } from '@aftersales/ui';
import { PartsDialog } from '../parts-dialog';
import type { WriteOffDetail } from '../parts-types';
import { partLabel } from '../use-parts-data';
import { useVersionedMutation } from '../use-parts-mutation';
import { CLOSE_WRITE_OFF, RECORD_OLD_PARTS_RETURNED } from './write-off-queries';

interface Props {
  writeOff: WriteOffDetail;
  onClose: () => void;
  onDone: () => void;
  onReload: () => void | Promise<unknown>;
}

/** Where a center hands its replaced old parts back for recovery (收回旧件). */
const RETURN_DESTINATIONS = ['HEAD_OFFICE', 'FACTORY'] as const;

/** 旧件返还: old parts the center hands back; they leave the center's held old parts. */
export function OldPartsReturnedDialog({ writeOff, onClose, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const mutation = useVersionedMutation(RECORD_OLD_PARTS_RETURNED, writeOff);
  const held = writeOff.lines.filter((line) => line.oldPartsHeld > 0);
  const [partId, setPartId] = useState(held[0]?.part.id ?? '');
  const [quantity, setQuantity] = useState<number | null>(held[0]?.oldPartsHeld ?? null);
  const [to, setTo] = useState<string>('HEAD_OFFICE');
  const action = t('warrantyParts.writeOffs.actions.returnOldParts');
  const { fieldErrors } = mutation.errors;

  const choosePart = (next: string) => {
    setPartId(next);
    setQuantity(writeOff.lines.find((line) => line.part.id === next)?.oldPartsHeld ?? null);
  };
  const submit = async () => {
    const errors: Record<string, string> = {};
    if (!partId) errors['partId'] = t('common.required');
    if (quantity === null || !Number.isInteger(quantity) || quantity < 1) errors['quantity'] = t('warrantyParts.wholePieces');
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    if (await mutation.run({ partId, quantity, to })) onDone();
  };

  return (
    <PartsDialog title={t('warrantyParts.dialogTitle', { action, code: writeOff.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload} size="small">
      <FormGrid columns={1}>
        <SelectField
          label={t('warrantyParts.fields.part')}
          required
          value={partId}
          onChange={choosePart}
          options={writeOff.lines.map((line) => ({ value: line.part.id, label: `${partLabel(line.part)}（${t('warrantyParts.writeOffs.heldCount', { count: line.oldPartsHeld })}）` }))}
          placeholder={t('common.choose')}
          error={fieldErrors['partId']}
        />
        <NumberField label={t('warrantyParts.fields.quantity')} required min={1} step={1} value={quantity} onChange={setQuantity} error={fieldErrors['quantity']} />
        <SelectField
          label={t('warrantyParts.writeOffs.fields.returnedTo')}
          required
          value={to}
          onChange={setTo}
          options={RETURN_DESTINATIONS.map((destination) => ({ value: destination, label: t(`warrantyParts.writeOffs.returnDestinations.${destination}`) }))}
          error={fieldErrors['to']}
        />
      </FormGrid>
    </PartsDialog>
  );
}

/** 结案核销: the voucher is archived as it stands, and the quarter's received requisitions close with it. */
export function CloseWriteOffDialog({ writeOff, onClose, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const mutation = useVersionedMutation(CLOSE_WRITE_OFF, writeOff);
  const action = t('warrantyParts.writeOffs.actions.close');
  const submit = async () => {
    if (await mutation.run({})) onDone();
  };
  return (
    <PartsDialog title={t('warrantyParts.dialogTitle', { action, code: writeOff.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload} size="small">
      <p className="ui-confirm__message">{t('warrantyParts.writeOffs.close.effect', { count: writeOff.requisitions.length })}</p>
    </PartsDialog>
  );
}
