import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { multiplyMoney, parseMoney } from '@aftersales/domain';
import { Alert, FormGrid, FormSection, NumberField, SelectField, TextAreaField, TextField } from '@aftersales/ui';
import { formatMoney } from '../../common/format';
import { PartsDialog } from '../parts-dialog';
import { usePartOptions, usePartsSettings, useStockLocations } from '../use-parts-data';
import { useVersionedMutation } from '../use-parts-mutation';
import { isPositivePieces, type StockDialogProps } from './stock-dialog-props';
import { SCRAP_STOCK } from './stock-queries';

/** Names typed one per line or separated by commas (、 ， ,). */
function splitNames(text: string): string[] {
  return text
    .split(/[\n,，、;；]/)
    .map((name) => name.trim())
    .filter(Boolean);
}

/**
 * Whether scrapping `quantity` of a part at `unitCost` reaches the appraisal threshold (002 (七)7:
 * 价值在200元以上 needs an appraisal; the figure itself included). The API decides on the lots'
 * own cost; this only asks for the appraisal up front.
 */
function scrapNeedsAppraisal(unitCost: string | undefined, quantity: number | null, threshold: string | undefined): boolean {
  if (!unitCost || !threshold || quantity === null || !Number.isInteger(quantity) || quantity < 1) return false;
  try {
    return multiplyMoney(parseMoney(unitCost), quantity) >= parseMoney(threshold);
  } catch {
    return false;
  }
}

/** 报废: a damaged part written out of stock; above the threshold only with its appraisal. */
export function ScrapStockDialog({ location, onClose, onDone }: StockDialogProps) {
  const { t, i18n } = useTranslation();
  const mutation = useVersionedMutation(SCRAP_STOCK, null);
  const { options: locationOptions } = useStockLocations();
  const { parts, options: partOptions } = usePartOptions();
  const settings = usePartsSettings();
  const [values, setValues] = useState({ location, partId: '', quantity: null as number | null, reason: '', opinion: '', appraisers: '', approvedBy: '' });
  const change = (patch: Partial<typeof values>) => setValues((current) => ({ ...current, ...patch }));
  const { fieldErrors } = mutation.errors;
  const part = parts.find((candidate) => candidate.id === values.partId);
  const appraisal = scrapNeedsAppraisal(part?.unitCost, values.quantity, settings?.scrapAppraisalThreshold);
  const action = t('warrantyParts.stock.actions.scrap');

  const submit = async () => {
    const errors: Record<string, string> = {};
    if (!values.location) errors['location'] = t('common.required');
    if (!values.partId) errors['partId'] = t('common.required');
    if (!isPositivePieces(values.quantity)) errors['quantity'] = t('warrantyParts.wholePieces');
    if (!values.reason.trim()) errors['reason'] = t('common.required');
    if (appraisal) {
      if (!values.opinion.trim()) errors['appraisal.opinion'] = t('common.required');
      if (splitNames(values.appraisers).length === 0) errors['appraisal.appraisers'] = t('common.required');
      if (!values.approvedBy.trim()) errors['appraisal.approvedBy'] = t('common.required');
    }
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors);
    const given = values.opinion.trim() || values.appraisers.trim() || values.approvedBy.trim();
    const input = {
      location: values.location,
      partId: values.partId,
      quantity: values.quantity,
      reason: values.reason.trim(),
      appraisal: appraisal || given ? { opinion: values.opinion.trim(), appraisers: splitNames(values.appraisers), approvedBy: values.approvedBy.trim() } : null,
    };
    if (await mutation.run({ input })) onDone();
  };

  return (
    <PartsDialog title={action} submitLabel={action} submitVariant="danger" mutation={mutation} onSubmit={() => void submit()} onClose={onClose}>
      <FormGrid columns={2}>
        <SelectField label={t('warrantyParts.stock.fields.location')} required value={values.location} onChange={(next) => change({ location: next })} options={locationOptions} placeholder={t('common.choose')} error={fieldErrors['location']} />
        <SelectField label={t('warrantyParts.fields.part')} required value={values.partId} onChange={(partId) => change({ partId })} options={partOptions} placeholder={t('common.choose')} error={fieldErrors['partId']} />
        <NumberField label={t('warrantyParts.fields.quantity')} required min={1} step={1} value={values.quantity} onChange={(quantity) => change({ quantity })} error={fieldErrors['quantity']} />
      </FormGrid>
      <TextField label={t('warrantyParts.stock.fields.reason')} required value={values.reason} onChange={(reason) => change({ reason })} error={fieldErrors['reason']} />
      <FormSection title={t('warrantyParts.stock.appraisal.title')}>
        {settings && (
          <Alert tone={appraisal ? 'warning' : 'info'}>
            {t(appraisal ? 'warrantyParts.stock.appraisal.required' : 'warrantyParts.stock.appraisal.optional', { threshold: formatMoney(settings.scrapAppraisalThreshold, i18n.language) })}
          </Alert>
        )}
        <TextAreaField label={t('warrantyParts.stock.appraisal.opinion')} required={appraisal} value={values.opinion} onChange={(opinion) => change({ opinion })} error={fieldErrors['appraisal.opinion']} />
        <FormGrid columns={2}>
          <TextField label={t('warrantyParts.stock.appraisal.appraisers')} required={appraisal} value={values.appraisers} onChange={(appraisers) => change({ appraisers })} error={fieldErrors['appraisal.appraisers']} hint={t('warrantyParts.stock.appraisal.appraisersHint')} />
          <TextField label={t('warrantyParts.stock.appraisal.approvedBy')} required={appraisal} value={values.approvedBy} onChange={(approvedBy) => change({ approvedBy })} error={fieldErrors['appraisal.approvedBy']} />
        </FormGrid>
      </FormSection>
    </PartsDialog>
  );
}
