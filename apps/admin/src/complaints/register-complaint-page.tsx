import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import { Button, Card, Form, FormActions, FormError, FormSection, PageLayout } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';
import { useFormState } from '../common/forms/use-form-state';
import { useViewer } from '../session/session-context';
import { REGISTER_COMPLAINT } from './complaint-queries';
import { CustomerFields, FaultFields, IntakeFields } from './registration-fields';
import { ContractReplyTermField } from './registration-reply-term-field';
import { ProductFields } from './registration-product-fields';
import { statedPurchaseDateText } from './stated-purchase-date';
import { RoutingFields } from './registration-routing-fields';
import { emptyRegistration, toRegistrationInput, validateRegistration, type RegistrationValues } from './registration-values';
import { useWarrantyCheck } from './use-warranty-check';

/** 顾客质量投诉登记表: every call, letter and visit is recorded (004 §4.2, 000 §3). */
export function RegisterComplaintPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const navigate = useNavigate();
  const viewer = useViewer();
  const isPartner = viewer.repairCenter !== null;
  const form = useFormState<RegistrationValues>(() => emptyRegistration(isPartner));
  const warranty = useWarrantyCheck(form.values);
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching }, register] = useMutation(REGISTER_COMPLAINT);
  const fields = { form, fieldErrors: errors.fieldErrors };

  const submit = async () => {
    const clientErrors = validateRegistration(form.values, t, statedPurchaseDateText(t, warranty.check));
    if (Object.keys(clientErrors).length > 0) {
      setErrors({ message: t('complaints.form.correctFields'), fieldErrors: clientErrors });
      return;
    }
    const result = await register({ input: toRegistrationInput(form.values, isPartner) });
    const registered = result.data?.registerComplaint;
    if (!registered) {
      setErrors(mapError(result.error));
      return;
    }
    navigate(`/complaints/${registered.id}`);
  };

  return (
    <PageLayout title={t('complaints.form.title')} description={t('complaints.form.description')} actions={<Link to="/complaints">{t('complaints.detail.back')}</Link>}>
      <Card>
        <Form onSubmit={() => void submit()} aria-label={t('complaints.form.title')}>
          <FormError message={errors.message} />
          <FormSection title={t('complaints.form.sections.intake')}>
            <IntakeFields {...fields} isPartner={isPartner} />
            <ContractReplyTermField {...fields} />
          </FormSection>
          <FormSection title={t('complaints.form.sections.customer')}>
            <CustomerFields {...fields} />
          </FormSection>
          <FormSection title={t('complaints.form.sections.product')}>
            <ProductFields {...fields} warranty={warranty} />
          </FormSection>
          <FormSection title={t('complaints.form.sections.fault')}>
            <FaultFields {...fields} />
          </FormSection>
          <FormSection title={t('complaints.form.sections.routing')}>
            <RoutingFields {...fields} />
          </FormSection>
          <FormActions>
            <Link className="ui-button ui-button--secondary" to="/complaints">
              {t('common.cancel')}
            </Link>
            <Button type="submit" variant="primary" loading={fetching}>
              {t('complaints.form.submit')}
            </Button>
          </FormActions>
        </Form>
      </Card>
    </PageLayout>
  );
}
