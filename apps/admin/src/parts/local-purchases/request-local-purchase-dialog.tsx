import { useState } from 'react';
import { stockLocationLabel } from '../stock-location-label';
import { useTranslation } from 'react-i18next';
import { useQuery } from 'urql';
import { LOCAL_PURCHASE_REASONS, MAX_LOCAL_PURCHASE_QUOTES } from '@aftersales/domain';
import { Button, CheckboxGroupField, FormGrid, FormSection, NumberField, SelectField, TextAreaField, TextField } from '@aftersales/ui';
import { isMoneyText } from '../../common/format';
import { OPTIONS_PAGE_SIZE } from '../../common/forms/use-options';
import { PartsDialog } from '../parts-dialog';
import type { LocalPurchaseReason } from '../parts-types';
import { usePartOptions, usePartsSettings, useStockLocations } from '../use-parts-data';
import { useVersionedMutation } from '../use-parts-mutation';
import { PURCHASE_COMPLAINTS_QUERY, PURCHASE_WORK_ORDERS_QUERY, REQUEST_LOCAL_PURCHASE } from './local-purchase-queries';

interface RecordNode {
  id: string;
  code: string;
  serialNumber: string;
  customerName: string;
}

type Quote = { supplier: string; unitPrice: string };

const isFilled = (quote: Quote) => Boolean(quote.supplier.trim() || quote.unitPrice.trim());

const recordLabel = (record: RecordNode) => [record.code, record.serialNumber, record.customerName].filter(Boolean).join(' · ');

/**
 * 申请就地购置 (004 §6.1): only when the customer is waiting, production is stopped or the factory
 * cannot supply in time; bought for a repair, with the quotes compared (003 parts §10: 三家价格对比).
 */
export function RequestLocalPurchaseDialog({ onClose, onDone }: { onClose: () => void; onDone: () => void }) {
  const { t } = useTranslation();
  const mutation = useVersionedMutation(REQUEST_LOCAL_PURCHASE, null);
  // Bought where the repair is, never into the manufacturing unit; the API lists a partner its own center only.
  const { locations } = useStockLocations();
  const locationOptions = locations
    .filter((location) => location.kind !== 'FACTORY')
    .map((location) => ({ value: location.key, label: stockLocationLabel(t, location) }));
  const { options: partOptions } = usePartOptions();
  const settings = usePartsSettings();
  const [{ data: orders }] = useQuery({ query: PURCHASE_WORK_ORDERS_QUERY, variables: { first: OPTIONS_PAGE_SIZE, filter: { open: true } } });
  const [{ data: complaints }] = useQuery({ query: PURCHASE_COMPLAINTS_QUERY, variables: { first: OPTIONS_PAGE_SIZE } });
  const [values, setValues] = useState({ location: '', reasons: [] as string[], workOrderId: '', complaintId: '', partId: '', quantity: 1 as number | null, supplier: '', unitPrice: '', choiceReason: '' });
  const [quotes, setQuotes] = useState<Quote[]>([]);
  const change = (patch: Partial<typeof values>) => setValues((current) => ({ ...current, ...patch }));
  const { fieldErrors } = mutation.errors;
  const action = t('warrantyParts.localPurchases.request');
  const needed = settings?.localPurchaseQuoteCount ?? 3;
  // Show at least as many quote rows as head office asks for.
  const rows: Quote[] = quotes.length >= needed ? quotes : [...quotes, ...Array.from({ length: needed - quotes.length }, () => ({ supplier: '', unitPrice: '' }))];
  const location = values.location || (locationOptions.length === 1 ? (locationOptions[0]?.value ?? '') : '');
  const setQuote = (index: number, patch: Partial<Quote>) => setQuotes(rows.map((quote, position) => (position === index ? { ...quote, ...patch } : quote)));

  const submit = async () => {
    const errors: Record<string, string> = {};
    if (!location) errors['location'] = t('common.required');
    if (values.reasons.length === 0) errors['reasons'] = t('warrantyParts.localPurchases.form.reasonRequired');
    if (!values.workOrderId && !values.complaintId) errors['workOrderId'] = t('warrantyParts.localPurchases.form.recordRequired');
    if (!values.partId) errors['partId'] = t('common.required');
    if (values.quantity === null || !Number.isInteger(values.quantity) || values.quantity < 1) errors['quantity'] = t('warrantyParts.wholePieces');
    if (!values.supplier.trim()) errors['supplier'] = t('common.required');
    if (!isMoneyText(values.unitPrice)) errors['unitPrice'] = t('common.moneyInvalid');
    const filled = rows.filter(isFilled);
    filled.forEach((quote, index) => {
      if (!quote.supplier.trim()) errors[`quotes.${index}.supplier`] = t('common.required');
      if (!isMoneyText(quote.unitPrice)) errors[`quotes.${index}.unitPrice`] = t('common.moneyInvalid');
    });
    if (Object.keys(errors).length > 0) return mutation.setFieldErrors(errors, t('warrantyParts.correctFields'));
    const input = {
      location,
      reasons: values.reasons as LocalPurchaseReason[],
      workOrderId: values.workOrderId || null,
      complaintId: values.complaintId || null,
      partId: values.partId,
      quantity: values.quantity,
      supplier: values.supplier.trim(),
      unitPrice: values.unitPrice.trim(),
      quotes: filled.map((quote) => ({ supplier: quote.supplier.trim(), unitPrice: quote.unitPrice.trim() })),
      choiceReason: values.choiceReason.trim() || null,
    };
    if (await mutation.run({ input })) onDone();
  };

  // Errors on quotes are keyed by the position among the quotes sent: the filled rows.
  const filledIndex = (index: number) => (rows[index] && isFilled(rows[index]) ? rows.slice(0, index + 1).filter(isFilled).length - 1 : -1);

  return (
    <PartsDialog title={action} submitLabel={action} mutation={mutation} onSubmit={() => void submit()} onClose={onClose} size="large">
      <CheckboxGroupField
        label={t('warrantyParts.localPurchases.fields.reasons')}
        layout="row"
        values={values.reasons}
        onChange={(reasons) => change({ reasons })}
        options={LOCAL_PURCHASE_REASONS.map((reason) => ({ value: reason, label: t(`warrantyParts.localPurchases.reasons.${reason}`) }))}
        error={fieldErrors['reasons']}
      />
      <FormGrid columns={2}>
        <SelectField label={t('warrantyParts.localPurchases.fields.location')} required value={location} onChange={(next) => change({ location: next })} options={locationOptions} placeholder={t('common.choose')} error={fieldErrors['location']} />
        <SelectField label={t('warrantyParts.fields.part')} required value={values.partId} onChange={(partId) => change({ partId })} options={partOptions} placeholder={t('common.choose')} error={fieldErrors['partId']} />
        <SelectField
          label={t('warrantyParts.requisitions.fields.workOrder')}
          value={values.workOrderId}
          onChange={(workOrderId) => change({ workOrderId })}
          options={(orders?.workOrders.nodes ?? []).map((order) => ({ value: order.id, label: recordLabel(order) }))}
          placeholder={t('common.choose')}
          error={fieldErrors['workOrderId']}
        />
        <SelectField
          label={t('warrantyParts.requisitions.fields.complaint')}
          value={values.complaintId}
          onChange={(complaintId) => change({ complaintId })}
          options={(complaints?.complaints.nodes ?? []).map((complaint) => ({ value: complaint.id, label: recordLabel(complaint) }))}
          placeholder={t('common.choose')}
          error={fieldErrors['complaintId']}
        />
        <NumberField label={t('warrantyParts.fields.quantity')} required min={1} step={1} value={values.quantity} onChange={(quantity) => change({ quantity })} error={fieldErrors['quantity']} />
        <TextField label={t('warrantyParts.localPurchases.fields.supplier')} required value={values.supplier} onChange={(supplier) => change({ supplier })} error={fieldErrors['supplier']} />
        <TextField label={t('warrantyParts.localPurchases.fields.unitPrice')} required inputMode="decimal" value={values.unitPrice} onChange={(unitPrice) => change({ unitPrice })} error={fieldErrors['unitPrice']} hint={t('common.moneyHint')} />
      </FormGrid>
      <FormSection
        title={t('warrantyParts.localPurchases.form.quotes', { count: needed })}
        actions={
          rows.length < MAX_LOCAL_PURCHASE_QUOTES && (
            <Button size="small" onClick={() => setQuotes([...rows, { supplier: '', unitPrice: '' }])}>
              {t('warrantyParts.localPurchases.form.addQuote')}
            </Button>
          )
        }
      >
        {fieldErrors['quotes'] && <p className="ui-field__error">{fieldErrors['quotes']}</p>}
        {rows.map((quote, index) => (
          <div key={index} className="app-editor-row" role="group" aria-label={t('warrantyParts.localPurchases.form.quoteLabel', { number: index + 1 })}>
            <TextField label={t('warrantyParts.localPurchases.fields.quoteSupplier')} value={quote.supplier} onChange={(supplier) => setQuote(index, { supplier })} error={fieldErrors[`quotes.${filledIndex(index)}.supplier`]} />
            <TextField label={t('warrantyParts.localPurchases.fields.quotePrice')} inputMode="decimal" value={quote.unitPrice} onChange={(unitPrice) => setQuote(index, { unitPrice })} error={fieldErrors[`quotes.${filledIndex(index)}.unitPrice`]} />
          </div>
        ))}
      </FormSection>
      <TextAreaField label={t('warrantyParts.localPurchases.fields.choiceReason')} value={values.choiceReason} onChange={(choiceReason) => change({ choiceReason })} error={fieldErrors['choiceReason']} hint={t('warrantyParts.localPurchases.form.choiceReasonHint')} />
    </PartsDialog>
  );
}
