import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useSearchParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { Alert, Button, Card, Form, FormActions, FormError, FormSection, PageLayout } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';
import { useContractCoverage } from '../maintenance-contracts/use-contract-coverage';
import { useSerialFill } from '../common/customer-unit-fieldset';
import { useFormState } from '../common/forms/use-form-state';
import { useViewer } from '../session/session-context';
import { CallFields, CustomerFields, FaultFields, UnitFields } from './registration-fields';
import {
  emptyWorkOrderRegistration,
  registrationFromComplaint,
  toWorkOrderRegistrationInput,
  validateWorkOrderRegistration,
  type WorkOrderRegistrationValues,
} from './registration-values';
import { useSerialWarranty } from './use-serial-warranty';
import { REGISTER_WORK_ORDER, WORK_ORDER_COMPLAINT_QUERY } from './work-order-queries';

/**
 * 登记叫修 (003 §3): a repair call, or a complaint that needs a visit (`?complaintId=`), whose
 * customer, unit and fault then start from the complaint's.
 */
export function RegisterWorkOrderPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const navigate = useNavigate();
  const viewer = useViewer();
  const isPartner = viewer.repairCenter !== null;
  const [searchParams] = useSearchParams();
  const complaintId = searchParams.get('complaintId');
  const [{ data: complaintData, error: complaintError }] = useQuery({
    query: WORK_ORDER_COMPLAINT_QUERY,
    variables: { id: complaintId ?? '' },
    pause: !complaintId,
  });
  const complaint = complaintId ? (complaintData?.complaint ?? null) : null;
  const form = useFormState<WorkOrderRegistrationValues>(emptyWorkOrderRegistration);
  const warranty = useSerialWarranty(form.values);
  const contract = useContractCoverage(form.values.serialNumber, form.values.calledAt.slice(0, 10));
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching }, register] = useMutation(REGISTER_WORK_ORDER);
  const fields = { form, fieldErrors: errors.fieldErrors };

  // Fill from the complaint once, so the agent may still correct what it brought. The model and
  // purchase date it brings are its unit's: another serial clears them.
  const filledFrom = useRef<string | null>(null);
  const { remember } = useSerialFill(form, null);
  const { replace, values } = form;
  useEffect(() => {
    if (!complaint || filledFrom.current === complaint.id) return;
    filledFrom.current = complaint.id;
    const filled = registrationFromComplaint(values, complaint);
    replace(filled);
    remember(filled.serialNumber, { modelId: filled.modelId, purchaseDate: filled.purchaseDate });
  }, [complaint, replace, values, remember]);

  const submit = async () => {
    const clientErrors = validateWorkOrderRegistration(form.values, warranty.serialUnknown, t);
    if (Object.keys(clientErrors).length > 0) {
      setErrors({ message: t('workOrders.form.correctFields'), fieldErrors: clientErrors });
      return;
    }
    const result = await register({ input: toWorkOrderRegistrationInput(form.values, { isPartner, complaintId: complaint?.id ?? null }) });
    const registered = result.data?.registerWorkOrder;
    if (!registered) {
      setErrors(mapError(result.error));
      return;
    }
    navigate(`/work-orders/${registered.id}`);
  };

  const back = complaint ? `/complaints/${complaint.id}` : '/work-orders';
  return (
    <PageLayout title={t('workOrders.form.title')} description={t('workOrders.form.description')} actions={<Link to={back}>{t('workOrders.detail.back')}</Link>}>
      {complaintError && <Alert tone="danger">{mapError(complaintError).message}</Alert>}
      {complaint && (
        <Alert tone="info">
          {t('workOrders.form.fromComplaint')} <Link to={`/complaints/${complaint.id}`}>{complaint.code}</Link>
        </Alert>
      )}
      <Card>
        <Form onSubmit={() => void submit()} aria-label={t('workOrders.form.title')}>
          <FormError message={errors.message} />
          <FormSection title={t('workOrders.form.sections.call')}>
            <CallFields {...fields} isPartner={isPartner} />
          </FormSection>
          <FormSection title={t('workOrders.form.sections.customer')}>
            <CustomerFields {...fields} />
          </FormSection>
          <FormSection title={t('workOrders.form.sections.unit')}>
            <UnitFields {...fields} warranty={warranty} serialUnknown={warranty.serialUnknown} contract={contract} />
          </FormSection>
          <FormSection title={t('workOrders.form.sections.fault')}>
            <FaultFields {...fields} />
          </FormSection>
          <FormActions>
            <Link className="ui-button ui-button--secondary" to={back}>
              {t('common.cancel')}
            </Link>
            <Button type="submit" variant="primary" loading={fetching}>
              {t('workOrders.form.submit')}
            </Button>
          </FormActions>
        </Form>
      </Card>
    </PageLayout>
  );
}
