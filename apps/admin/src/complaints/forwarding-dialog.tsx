import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RESPONSIBLE_UNITS, type ResponsibleUnit } from '@aftersales/domain';
import { FormGrid, SelectField, TextAreaField, TextField } from '@aftersales/ui';
import { localDateTimeToIso, nowLocalDateTime } from '../common/format';
import { ComplaintDialog, type ComplaintActionProps } from './complaint-dialog';
import { RECORD_FORWARDING } from './complaint-queries';
import { useComplaintMutation } from './use-complaint-mutation';

/** Units that do not pass a complaint on to the technical center: those outside the company, and the center itself. */
const NOT_FORWARDING: readonly ResponsibleUnit[] = ['CUSTOMER', 'CARRIER', 'TECH_CENTER', 'COMPANY'];

const MINUTE = 60_000;

/** The API takes a forwarding time between receipt and now; the input has whole minutes only. */
function withinReceiptAndNow(iso: string, receivedAt: string): boolean {
  const time = new Date(iso).getTime();
  return time >= Math.floor(new Date(receivedAt).getTime() / MINUTE) * MINUTE && time <= Date.now();
}

/**
 * 转交技术中心 (001 §2.1): when the complaint reached the technical center in writing, and which
 * unit passed it on (usually sales). A forward later than head office's limit is fined.
 */
export function ForwardingDialog({ complaint, onClose, onDone, onReload }: ComplaintActionProps) {
  const { t } = useTranslation();
  const mutation = useComplaintMutation(RECORD_FORWARDING, complaint);
  // `YYYY-MM-DDTHH:mm` in head office's time zone, like the registration's received time.
  const [forwardedAt, setForwardedAt] = useState(() => nowLocalDateTime(complaint.forwardedAt ? new Date(complaint.forwardedAt) : undefined));
  const [unit, setUnit] = useState<ResponsibleUnit | ''>(complaint.forwardingUnit ?? 'SALES');
  const [note, setNote] = useState('');
  const errors = mutation.errors.fieldErrors;
  const units = RESPONSIBLE_UNITS.filter((option) => !NOT_FORWARDING.includes(option) || option === complaint.forwardingUnit);

  const submit = async () => {
    const clientErrors: Record<string, string> = {};
    const iso = localDateTimeToIso(forwardedAt);
    if (!forwardedAt) clientErrors['forwardedAt'] = t('common.required');
    else if (iso === null) clientErrors['forwardedAt'] = t('complaints.form.invalidDateTime');
    else if (!withinReceiptAndNow(iso, complaint.receivedAt)) clientErrors['forwardedAt'] = t('complaints.forwarding.outOfRange');
    if (!unit) clientErrors['forwardingUnit'] = t('common.required');
    if (Object.keys(clientErrors).length > 0) {
      mutation.setFieldErrors(clientErrors);
      return;
    }
    if (await mutation.run({ forwardedAt: iso, forwardingUnit: unit, note: note.trim() || null })) onDone();
  };

  return (
    <ComplaintDialog
      title={t('complaints.dialogTitle', { action: t('complaints.actions.forward'), code: complaint.code })}
      submitLabel={t('common.save')}
      mutation={mutation}
      onSubmit={() => void submit()}
      onClose={onClose}
      onReload={onReload}
    >
      <p className="ui-confirm__message">{t('complaints.forwarding.effect')}</p>
      <FormGrid columns={2}>
        <TextField
          label={t('complaints.fields.forwardedAt')}
          type="datetime-local"
          required
          value={forwardedAt}
          onChange={setForwardedAt}
          error={errors['forwardedAt']}
          hint={t('complaints.forwarding.timeHint')}
        />
        <SelectField
          label={t('complaints.fields.forwardingUnit')}
          required
          value={unit}
          onChange={(value) => setUnit(value as ResponsibleUnit | '')}
          options={units.map((option) => ({ value: option, label: t(`complaints.units.${option}`) }))}
          placeholder={t('common.choose')}
          error={errors['forwardingUnit']}
        />
      </FormGrid>
      <TextAreaField label={t('complaints.fields.note')} value={note} onChange={setNote} error={errors['note']} />
    </ComplaintDialog>
  );
}
