import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Alert, Button, DataTable, DateField, Form, FormActions, FormError, FormGrid, FormSection, Modal, SelectField, TextAreaField, type DataTableColumn } from '@aftersales/ui';
import { todayLocalDate } from '../common/format';
import { NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';
import { requireFields, useFormState } from '../common/forms/use-form-state';
import { useOptions } from '../common/forms/use-options';
import { REGION_OPTIONS_QUERY } from '../settings/regions/region-queries';
import { ASSIGN_TECHNICIAN_TO_REGION, type TechnicianRegionAssignment, type TechnicianWithAssignments } from './technician-queries';

interface AssignmentValues {
  regionId: string;
  startsOn: string;
  endsOn: string;
  reason: string;
}

interface RegionAssignmentsDialogProps {
  technician: TechnicianWithAssignments;
  /** Only `technicians.manage` adds assignments; others read them. */
  canAssign: boolean;
  onClose: () => void;
  onAssigned: () => void;
}

/** A technician's cross-region assignments (跨区域派遣, 004 §5.2), newest first, and a form to add one. */
export function RegionAssignmentsDialog({ technician, canAssign, onClose, onAssigned }: RegionAssignmentsDialogProps) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const { options: regionOptions } = useOptions(REGION_OPTIONS_QUERY, 'regions', !canAssign);
  const [assignments, setAssignments] = useState<TechnicianRegionAssignment[]>(technician.regionAssignments);
  const form = useFormState<AssignmentValues>({ regionId: '', startsOn: todayLocalDate(), endsOn: '', reason: '' });
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [saved, setSaved] = useState(false);
  const [{ fetching }, assign] = useMutation(ASSIGN_TECHNICIAN_TO_REGION);

  const columns: DataTableColumn<TechnicianRegionAssignment>[] = [
    { key: 'region', header: t('technicians.assignments.region'), render: (assignment) => assignment.region.name },
    {
      key: 'period',
      header: t('technicians.assignments.period'),
      render: (assignment) => t('technicians.assignments.periodValue', { from: assignment.startsOn, to: assignment.endsOn ?? t('technicians.assignments.openEnded') }),
    },
    { key: 'reason', header: t('technicians.assignments.reason'), render: (assignment) => assignment.reason },
    { key: 'assignedBy', header: t('technicians.assignments.assignedBy'), render: (assignment) => assignment.assignedByName },
  ];

  const submit = async () => {
    setSaved(false);
    const required = requireFields(form.values, ['regionId', 'startsOn', 'reason'], t('common.required'));
    if (form.values.endsOn && form.values.endsOn < form.values.startsOn) required['endsOn'] = t('technicians.assignments.endBeforeStart');
    if (Object.keys(required).length > 0) {
      setErrors({ message: null, fieldErrors: required });
      return;
    }
    const { regionId, startsOn, endsOn, reason } = form.values;
    const result = await assign({ input: { technicianId: technician.id, regionId, startsOn, endsOn: endsOn || null, reason: reason.trim() } });
    const created = result.data?.assignTechnicianToRegion;
    if (!created) {
      setErrors(mapError(result.error));
      return;
    }
    setErrors(NO_ERRORS);
    setAssignments((current) => [created, ...current]);
    form.replace({ regionId: '', startsOn: todayLocalDate(), endsOn: '', reason: '' });
    setSaved(true);
    onAssigned();
  };

  return (
    <Modal open size="large" title={t('technicians.assignments.title', { name: technician.name })} onClose={onClose} closeLabel={t('common.close')} footer={<Button onClick={onClose}>{t('common.close')}</Button>}>
      <DataTable
        label={t('technicians.assignments.listLabel', { name: technician.name })}
        columns={columns}
        rows={assignments}
        rowKey={(assignment) => assignment.id}
        emptyMessage={t('technicians.assignments.empty')}
        loadingMessage={t('common.loading')}
      />
      {canAssign && (
        <FormSection title={t('technicians.assignments.add')}>
          <Form onSubmit={() => void submit()} aria-label={t('technicians.assignments.add')}>
            <FormError message={errors.message} />
            {saved && <Alert tone="success">{t('technicians.assignments.added')}</Alert>}
            <FormGrid columns={3}>
              <SelectField
                label={t('technicians.assignments.region')}
                required
                value={form.values.regionId}
                onChange={(value) => form.set('regionId', value)}
                options={regionOptions}
                placeholder={t('common.choose')}
                error={errors.fieldErrors['regionId']}
              />
              <DateField label={t('technicians.assignments.startsOn')} required value={form.values.startsOn} onChange={(value) => form.set('startsOn', value)} error={errors.fieldErrors['startsOn']} />
              <DateField
                label={t('technicians.assignments.endsOn')}
                value={form.values.endsOn}
                onChange={(value) => form.set('endsOn', value)}
                error={errors.fieldErrors['endsOn']}
                hint={t('technicians.assignments.endsOnHint')}
              />
            </FormGrid>
            <TextAreaField label={t('technicians.assignments.reason')} required value={form.values.reason} onChange={(value) => form.set('reason', value)} error={errors.fieldErrors['reason']} />
            <FormActions>
              <Button type="submit" variant="primary" loading={fetching}>
                {t('technicians.assignments.assign')}
              </Button>
            </FormActions>
          </Form>
        </FormSection>
      )}
    </Modal>
  );
}
