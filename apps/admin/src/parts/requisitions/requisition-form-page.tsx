import { useEffect, useRef, useState } from 'react';
import { RecordLoadState } from '../../common/record-load-state';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { REQUISITION_PURPOSES } from '@aftersales/domain';
import { Alert, Button, Card, Form, FormActions, FormError, FormGrid, FormSection, PageLayout, SelectField, TextAreaField, TextField } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { useFormState } from '../../common/forms/use-form-state';
import { useOptions } from '../../common/forms/use-options';
import { useViewer } from '../../session/session-context';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../../settings/users/user-queries';
import { REQUISITION_DESTINATIONS } from '../parts-types';
import { usePartOptions, usePartsSettings } from '../use-parts-data';
import { RequisitionLinesEditor } from './requisition-lines-editor';
import { CREATE_REQUISITION, REQUISITION_QUERY, REQUISITION_WORK_ORDER_QUERY, UPDATE_REQUISITION } from './requisition-queries';
import { RequisitionRepairFields } from './requisition-repair-fields';
import { emptyRequisition, requisitionToValues, toRequisitionInput, validateRequisitionValues, type RequisitionFormValues } from './requisition-values';

/**
 * 填写三包配件领用单 (004 §6.2): a new requisition (`?workOrderId=` starts it from a work order), or
 * a draft edited again (`/parts/requisitions/:id/edit`).
 */
export function RequisitionFormPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const navigate = useNavigate();
  const viewer = useViewer();
  const isPartner = viewer.repairCenter !== null;
  const { id } = useParams();
  const [searchParams] = useSearchParams();
  const workOrderId = id ? null : searchParams.get('workOrderId');

  const [{ data: existingData, error: loadError }] = useQuery({ query: REQUISITION_QUERY, variables: { id: id ?? '' }, pause: !id, requestPolicy: 'network-only' });
  const existing = id ? (existingData?.partsRequisition ?? null) : null;
  const [{ data: orderData }] = useQuery({ query: REQUISITION_WORK_ORDER_QUERY, variables: { id: workOrderId ?? '' }, pause: !workOrderId });
  const workOrder = workOrderId ? (orderData?.workOrder ?? null) : null;

  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', isPartner);
  const { parts } = usePartOptions();
  const settings = usePartsSettings();
  const form = useFormState<RequisitionFormValues>(emptyRequisition);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching: creating }, create] = useMutation(CREATE_REQUISITION);
  const [{ fetching: updating }, update] = useMutation(UPDATE_REQUISITION);
  const { values, set, replace } = form;
  const change = (patch: Partial<RequisitionFormValues>) => replace({ ...values, ...patch });

  // Fill once from the draft or the work order, so what was brought may still be corrected.
  const filledFrom = useRef<string | null>(null);
  useEffect(() => {
    const source = existing ?? workOrder;
    if (!source || filledFrom.current === source.id) return;
    filledFrom.current = source.id;
    if (existing) replace(requisitionToValues(existing));
    else if (workOrder) {
      replace({
        ...emptyRequisition(),
        purpose: 'REPAIR',
        repairCenterId: workOrder.repairCenter?.id ?? '',
        workOrderId: workOrder.id,
        serialNumber: workOrder.serialNumber,
        destinationAddress: workOrder.customerAddress,
      });
    }
  }, [existing, workOrder, replace]);

  const submit = async () => {
    const clientErrors = validateRequisitionValues(values, t);
    if (Object.keys(clientErrors).length > 0) {
      setErrors({ message: t('warrantyParts.correctFields'), fieldErrors: clientErrors });
      return;
    }
    const input = toRequisitionInput(values, { isPartner });
    const result = existing ? await update({ id: existing.id, version: existing.version, input }) : await create({ input });
    const saved = result.data ? ('updateRequisition' in result.data ? result.data.updateRequisition : result.data.createRequisition) : null;
    if (!saved) {
      setErrors(mapError(result.error));
      return;
    }
    navigate(`/parts/requisitions/${saved.id}`);
  };

  const back = existing ? `/parts/requisitions/${existing.id}` : workOrder ? `/work-orders/${workOrder.id}` : '/parts/requisitions';
  const editable = !existing || existing.allowedActions.includes('EDIT');
  const title = existing ? t('warrantyParts.requisitions.form.editTitle', { code: existing.code }) : t('warrantyParts.requisitions.form.title');
  const { fieldErrors } = errors;

  if (id && !existing) {
    return (
      <PageLayout title={title} actions={<Link to="/parts/requisitions">{t('warrantyParts.back')}</Link>}>
        <RecordLoadState error={loadError} fetching={!existingData && !loadError} answered={Boolean(existingData)} notFound={t('warrantyParts.requisitions.notFound')} />
      </PageLayout>
    );
  }

  return (
    <PageLayout title={title} description={t('warrantyParts.requisitions.form.description')} actions={<Link to={back}>{t('warrantyParts.back')}</Link>}>
      {workOrder && (
        <Alert tone="info">
          {t('warrantyParts.requisitions.form.fromWorkOrder')} <Link to={`/work-orders/${workOrder.id}`}>{workOrder.code}</Link>
        </Alert>
      )}
      {!editable ? (
        <Alert tone="warning">{t('warrantyParts.requisitions.form.notEditable')}</Alert>
      ) : (
        <Card>
          <Form onSubmit={() => void submit()} aria-label={title}>
            <FormError message={errors.message} />
            <FormSection title={t('warrantyParts.requisitions.form.sections.request')}>
              <FormGrid columns={2}>
                <SelectField
                  label={t('warrantyParts.requisitions.fields.purpose')}
                  required
                  value={values.purpose}
                  onChange={(purpose) => change(purpose === 'STOCKING' ? { purpose, destination: 'CENTER' } : { purpose: purpose as RequisitionFormValues['purpose'] })}
                  options={REQUISITION_PURPOSES.map((purpose) => ({ value: purpose, label: t(`warrantyParts.requisitions.purposes.${purpose}`) }))}
                  error={fieldErrors['purpose']}
                  hint={t(values.purpose === 'STOCKING' ? 'warrantyParts.requisitions.form.stockingHint' : 'warrantyParts.requisitions.form.repairHint')}
                />
                {!isPartner && (
                  <SelectField
                    label={t('warrantyParts.requisitions.fields.repairCenter')}
                    value={values.repairCenterId}
                    onChange={(repairCenterId) => set('repairCenterId', repairCenterId)}
                    options={centerOptions}
                    placeholder={t('warrantyParts.headOffice')}
                    error={fieldErrors['repairCenterId']}
                  />
                )}
                <SelectField
                  label={t('warrantyParts.requisitions.fields.destination')}
                  required
                  value={values.destination}
                  onChange={(destination) => set('destination', destination as RequisitionFormValues['destination'])}
                  // Stocked parts go into the center's stock, never straight to a customer.
                  options={REQUISITION_DESTINATIONS.filter((destination) => values.purpose !== 'STOCKING' || destination === 'CENTER').map((destination) => ({ value: destination, label: t(`warrantyParts.requisitions.destinations.${destination}`) }))}
                  error={fieldErrors['destination']}
                />
                {values.destination === 'CUSTOMER' && (
                  <TextField
                    label={t('warrantyParts.requisitions.fields.destinationAddress')}
                    required
                    value={values.destinationAddress}
                    onChange={(destinationAddress) => set('destinationAddress', destinationAddress)}
                    error={fieldErrors['destinationAddress']}
                  />
                )}
                {values.purpose === 'REPAIR' && (
                  <RequisitionRepairFields values={values} isPartner={isPartner} fieldErrors={fieldErrors} prefilled={workOrder} onChange={change} />
                )}
              </FormGrid>
              <TextAreaField label={t('warrantyParts.fields.note')} value={values.note} onChange={(note) => set('note', note)} error={fieldErrors['note']} />
            </FormSection>
            <FormSection title={t('warrantyParts.requisitions.form.sections.lines')}>
              <RequisitionLinesEditor values={values} parts={parts} fieldErrors={fieldErrors} directorThreshold={settings?.directorApprovalThreshold ?? null} onChange={(lines) => set('lines', lines)} />
            </FormSection>
            <FormActions>
              <Link className="ui-button ui-button--secondary" to={back}>
                {t('common.cancel')}
              </Link>
              <Button type="submit" variant="primary" loading={creating || updating}>
                {t('warrantyParts.requisitions.form.save')}
              </Button>
            </FormActions>
          </Form>
        </Card>
      )}
    </PageLayout>
  );
}
