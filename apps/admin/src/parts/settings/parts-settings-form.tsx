import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { MAX_LOCAL_PURCHASE_QUOTES } from '@aftersales/domain';
import { Alert, Button, Card, Form, FormActions, FormError, FormGrid, NumberField, TextField } from '@aftersales/ui';
import { isMoneyText } from '../../common/format';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { UPDATE_PARTS_SETTINGS } from '../parts-queries';
import type { PartsSettings } from '../parts-types';

interface Draft {
  directorApprovalThreshold: string;
  scrapAppraisalThreshold: string;
  localPurchaseQuoteCount: number | null;
}

const toDraft = (settings: PartsSettings): Draft => ({ ...settings });

/** The parts rules' numbers, edited from the values loaded when it mounts; amounts in yuan. */
export function PartsSettingsForm({ settings }: { settings: PartsSettings }) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const [draft, setDraft] = useState<Draft>(() => toDraft(settings));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, update] = useMutation<{ updatePartsSettings: PartsSettings }>(UPDATE_PARTS_SETTINGS);
  const change = (patch: Partial<Draft>) => setDraft((current) => ({ ...current, ...patch }));
  const { fieldErrors } = errors;

  const submit = async () => {
    setSaved(false);
    // Ranges are the API's to judge; only what cannot be sent is checked here.
    const found: Record<string, string> = {};
    for (const field of ['directorApprovalThreshold', 'scrapAppraisalThreshold'] as const) {
      if (!draft[field].trim()) found[field] = t('common.required');
      else if (!isMoneyText(draft[field])) found[field] = t('common.moneyInvalid');
    }
    if (draft.localPurchaseQuoteCount === null) found['localPurchaseQuoteCount'] = t('common.required');
    if (Object.keys(found).length > 0) {
      setErrors({ message: t('warrantyParts.correctFields'), fieldErrors: found });
      return;
    }
    const input = {
      directorApprovalThreshold: draft.directorApprovalThreshold.trim(),
      scrapAppraisalThreshold: draft.scrapAppraisalThreshold.trim(),
      localPurchaseQuoteCount: draft.localPurchaseQuoteCount,
    };
    const result = await update({ input });
    if (result.error || !result.data) {
      setErrors(mapError(result.error));
      return;
    }
    setDraft(toDraft(result.data.updatePartsSettings));
    setErrors(NO_ERRORS);
    setSaved(true);
  };

  return (
    <Card>
      <Form onSubmit={() => void submit()} aria-label={t('warrantyParts.settings.title')}>
        <FormError message={errors.message} />
        {saved && <Alert tone="success">{t('common.saved')}</Alert>}
        <FormGrid columns={2}>
          <TextField
            label={t('warrantyParts.settings.fields.directorApprovalThreshold')}
            required
            inputMode="decimal"
            value={draft.directorApprovalThreshold}
            onChange={(directorApprovalThreshold) => change({ directorApprovalThreshold })}
            error={fieldErrors['directorApprovalThreshold']}
            hint={t('warrantyParts.settings.hints.directorApprovalThreshold')}
          />
          <TextField
            label={t('warrantyParts.settings.fields.scrapAppraisalThreshold')}
            required
            inputMode="decimal"
            value={draft.scrapAppraisalThreshold}
            onChange={(scrapAppraisalThreshold) => change({ scrapAppraisalThreshold })}
            error={fieldErrors['scrapAppraisalThreshold']}
            hint={t('warrantyParts.settings.hints.scrapAppraisalThreshold')}
          />
          <NumberField
            label={t('warrantyParts.settings.fields.localPurchaseQuoteCount')}
            required
            min={1}
            max={MAX_LOCAL_PURCHASE_QUOTES}
            step={1}
            value={draft.localPurchaseQuoteCount}
            onChange={(localPurchaseQuoteCount) => change({ localPurchaseQuoteCount })}
            error={fieldErrors['localPurchaseQuoteCount']}
            hint={t('warrantyParts.settings.hints.localPurchaseQuoteCount', { max: MAX_LOCAL_PURCHASE_QUOTES })}
          />
        </FormGrid>
        <FormActions>
          <Button type="submit" variant="primary" loading={fetching}>
            {t('common.save')}
          </Button>
        </FormActions>
      </Form>
    </Card>
  );
}
