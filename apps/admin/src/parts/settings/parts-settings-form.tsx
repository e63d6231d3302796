import { useTranslation } from 'react-i18next';
import { MAX_LOCAL_PURCHASE_QUOTES } from '@aftersales/domain';
import { FormGrid, NumberField, TextField } from '@aftersales/ui';
import { isMoneyText } from '../../common/format';
import { SettingsFormCard, useSettingsForm } from '../../common/settings-form';
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
  const form = useSettingsForm({
    mutation: UPDATE_PARTS_SETTINGS,
    resultField: 'updatePartsSettings',
    settings,
    toDraft,
    toInput: (draft: Draft) => ({
      directorApprovalThreshold: draft.directorApprovalThreshold.trim(),
      scrapAppraisalThreshold: draft.scrapAppraisalThreshold.trim(),
      localPurchaseQuoteCount: draft.localPurchaseQuoteCount,
    }),
    // Ranges are the API's to judge; only what cannot be sent is checked here.
    validate: (draft: Draft) => {
      const found: Record<string, string> = {};
      for (const field of ['directorApprovalThreshold', 'scrapAppraisalThreshold'] as const) {
        if (!draft[field].trim()) found[field] = t('common.required');
        else if (!isMoneyText(draft[field])) found[field] = t('common.moneyInvalid');
      }
      if (draft.localPurchaseQuoteCount === null) found['localPurchaseQuoteCount'] = t('common.required');
      return found;
    },
    fixErrorsMessage: t('warrantyParts.correctFields'),
  });
  const { draft, change } = form;
  const { fieldErrors } = form.errors;

  return (
    <SettingsFormCard title={t('warrantyParts.settings.title')} form={form}>
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
    </SettingsFormCard>
  );
}
