import { useTranslation } from 'react-i18next';
import { COMPLAINT_SUBJECTS, HANDLING_DEPARTMENTS } from '@aftersales/domain';
import { FormGrid, SelectField, TextAreaField } from '@aftersales/ui';
import type { RegistrationFieldsProps } from './registration-fields';
import { isRoutingOverride, routedDepartment } from './registration-values';

/**
 * Subject, and the department it routes to (000 §3). Choosing another department is an override
 * that needs a reason, since the routing decides whose performance the complaint counts against.
 */
export function RoutingFields({ form, fieldErrors }: RegistrationFieldsProps) {
  const { t } = useTranslation();
  const routed = routedDepartment(form.values);
  const department = form.values.handlingDepartment || routed || '';
  const overridden = isRoutingOverride(form.values);
  return (
    <FormGrid columns={3}>
      <SelectField
        label={t('complaints.fields.subject')}
        required
        value={form.values.subject}
        onChange={(value) => form.set('subject', value)}
        options={COMPLAINT_SUBJECTS.map((subject) => ({ value: subject, label: t(`complaints.subjects.${subject}`) }))}
        placeholder={t('common.choose')}
        error={fieldErrors['subject']}
      />
      <SelectField
        label={t('complaints.fields.handlingDepartment')}
        value={department}
        disabled={!routed}
        // Choosing the routed department again ends the override.
        onChange={(value) => form.set('handlingDepartment', value === routed ? '' : value)}
        options={HANDLING_DEPARTMENTS.map((option) => ({ value: option, label: t(`complaints.departments.${option}`) }))}
        placeholder={t('complaints.form.subjectFirst')}
        error={fieldErrors['handlingDepartment']}
        hint={routed && (overridden ? t('complaints.form.overridden', { department: t(`complaints.departments.${routed}`) }) : t('complaints.form.routed'))}
      />
      {overridden && (
        <TextAreaField
          label={t('complaints.fields.routingOverrideReason')}
          required
          value={form.values.routingOverrideReason}
          onChange={(value) => form.set('routingOverrideReason', value)}
          error={fieldErrors['routingOverrideReason']}
        />
      )}
    </FormGrid>
  );
}
