import { useState } from 'react';
import { stockLocationLabel } from '../stock-location-label';
import { useTranslation } from 'react-i18next';
import { TextAreaField, TextField } from '@aftersales/ui';
import { formatMoney, localDateTimeToIso, nowLocalDateTime } from '../../common/format';
import { PartsDialog } from '../parts-dialog';
import type { LocalPurchase } from '../parts-types';
import { partLabel } from '../use-parts-data';
import { useVersionedMutation } from '../use-parts-mutation';
import { DECIDE_LOCAL_PURCHASE, RECORD_LOCAL_PURCHASE } from './local-purchase-queries';

interface Props {
  purchase: LocalPurchase;
  onClose: () => void;
  onDone: () => void;
  onReload: () => void | Promise<unknown>;
}

/** 批准 / 驳回: the CS department leader's decision (004 §6.1: 报部门领导同意后,方可就地购置); a refusal says why. */
export function DecideLocalPurchaseDialog({ purchase, approve, onClose, onDone, onReload }: Props & { approve: boolean }) {
  const { t, i18n } = useTranslation();
  const mutation = useVersionedMutation(DECIDE_LOCAL_PURCHASE, purchase);
  const [note, setNote] = useState('');
  const action = t(approve ? 'warrantyParts.localPurchases.actions.approve' : 'warrantyParts.localPurchases.actions.reject');
  const submit = async () => {
    if (!approve && !note.trim()) return mutation.setFieldErrors({ note: t('common.required') });
    if (await mutation.run({ approve, note: note.trim() || null })) onDone();
  };
  return (
    <PartsDialog
      title={t('warrantyParts.dialogTitle', { action, code: purchase.code })}
      submitLabel={action}
      submitVariant={approve ? 'primary' : 'danger'}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
      size="small"
    >
      <p className="ui-confirm__message">
        {t('warrantyParts.localPurchases.decide.summary', { part: partLabel(purchase.part), quantity: purchase.quantity, supplier: purchase.supplier, value: formatMoney(purchase.value, i18n.language) })}
      </p>
      <TextAreaField label={t('warrantyParts.localPurchases.fields.decisionNote')} required={!approve} value={note} onChange={setNote} error={mutation.errors.fieldErrors['note']} />
    </PartsDialog>
  );
}

/** 登记已购: the approved part was bought; it comes into stock at its location at the unit price. */
export function RecordLocalPurchaseDialog({ purchase, onClose, onDone, onReload }: Props) {
  const { t } = useTranslation();
  const mutation = useVersionedMutation(RECORD_LOCAL_PURCHASE, purchase);
  const [purchasedAt, setPurchasedAt] = useState(nowLocalDateTime());
  const action = t('warrantyParts.localPurchases.actions.record');
  const submit = async () => {
    const instant = localDateTimeToIso(purchasedAt);
    if (!instant) return mutation.setFieldErrors({ purchasedAt: t('common.required') });
    if (await mutation.run({ purchasedAt: instant })) onDone();
  };
  return (
    <PartsDialog title={t('warrantyParts.dialogTitle', { action, code: purchase.code })} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} onReload={onReload} size="small">
      <p className="ui-confirm__message">{t('warrantyParts.localPurchases.record.effect', { location: stockLocationLabel(t, purchase.location) })}</p>
      <TextField type="datetime-local" label={t('warrantyParts.localPurchases.fields.purchasedAt')} required value={purchasedAt} onChange={setPurchasedAt} error={mutation.errors.fieldErrors['purchasedAt']} />
    </PartsDialog>
  );
}
