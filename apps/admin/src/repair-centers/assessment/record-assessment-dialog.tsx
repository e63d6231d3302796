import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { Button, DateField, Form, FormError, FormGrid, FormSection, Modal, SelectField, TextAreaField } from '@aftersales/ui';
import { todayLocalDate } from '../../common/format';
import { NO_ERRORS, type FormErrors } from '../../graphql/error-mapper';
import { ASSESSMENT_KINDS, type AssessmentKind } from '../../graphql/types';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { RECORD_CENTER_ASSESSMENT, type RecordedAssessment, type RepairCenterDetail } from '../repair-center-queries';
import { AssessmentOutcome } from './assessment-outcome';
import { EMPTY_SCORES, isBlank, ScoreFields, scoreErrors, toScoresInput, type ScoreValues } from './score-fields';

interface RecordAssessmentDialogProps {
  center: RepairCenterDetail;
  onClose: () => void;
  /** Called once the assessment is saved, so the page reloads while the outcome is shown. */
  onRecorded: () => void;
}

/**
 * Records a periodic assessment or a rectification follow-up (整改复查) with the center's three
 * scores and, optionally, each active technician's; then shows what it decided.
 */
export function RecordAssessmentDialog({ center, onClose, onRecorded }: RecordAssessmentDialogProps) {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const technicians = center.technicians.filter((technician) => technician.active);
  const [kind, setKind] = useState<AssessmentKind>(center.recordedStatus === 'RECTIFYING' ? 'FOLLOW_UP' : 'PERIODIC');
  const [assessedOn, setAssessedOn] = useState(todayLocalDate);
  const [scores, setScores] = useState<ScoreValues>(EMPTY_SCORES);
  const [notes, setNotes] = useState('');
  const [staff, setStaff] = useState<Record<string, ScoreValues>>({});
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [recorded, setRecorded] = useState<RecordedAssessment | null>(null);
  const [{ fetching }, record] = useMutation(RECORD_CENTER_ASSESSMENT);
  const formId = 'record-assessment-form';

  // Staff scores are optional: only the technicians with any score are sent, in table order.
  const scoredStaff = technicians.filter((technician) => !isBlank(staff[technician.id] ?? EMPTY_SCORES));

  const submit = async () => {
    const clientErrors: Record<string, string> = scoreErrors(scores, 'scores', t);
    if (!assessedOn) clientErrors['assessedOn'] = t('common.required');
    scoredStaff.forEach((technician, index) => Object.assign(clientErrors, scoreErrors(staff[technician.id] ?? EMPTY_SCORES, `staff.${index}.scores`, t)));
    if (Object.keys(clientErrors).length > 0) {
      setErrors({ message: null, fieldErrors: clientErrors });
      return;
    }
    const input = {
      repairCenterId: center.id,
      kind,
      assessedOn,
      scores: toScoresInput(scores),
      notes: notes.trim() || null,
      staff: scoredStaff.map((technician) => ({ technicianId: technician.id, scores: toScoresInput(staff[technician.id] ?? EMPTY_SCORES) })),
    };
    const result = await record({ input });
    if (!result.data?.recordCenterAssessment) {
      setErrors(mapError(result.error));
      return;
    }
    setRecorded(result.data.recordCenterAssessment);
    onRecorded();
  };

  const footer = recorded ? (
    <Button variant="primary" onClick={onClose}>
      {t('repairCenters.assessment.done')}
    </Button>
  ) : (
    <>
      <Button onClick={onClose}>{t('common.cancel')}</Button>
      <Button type="submit" form={formId} variant="primary" loading={fetching}>
        {t('common.save')}
      </Button>
    </>
  );

  return (
    <Modal open size="large" title={t('repairCenters.assessment.recordTitle', { name: center.name })} onClose={onClose} closeLabel={t('common.close')} footer={footer}>
      {recorded ? (
        <AssessmentOutcome assessment={recorded} centerStatus={recorded.repairCenter.status} />
      ) : (
        <Form id={formId} onSubmit={() => void submit()}>
          <FormError message={errors.message} />
          <FormGrid columns={2}>
            <SelectField
              label={t('repairCenters.assessment.kind')}
              required
              value={kind}
              onChange={(value) => setKind(value as AssessmentKind)}
              options={ASSESSMENT_KINDS.map((option) => ({ value: option, label: t(`repairCenters.assessment.kinds.${option}`) }))}
              error={errors.fieldErrors['kind']}
              hint={t('repairCenters.assessment.kindHint')}
            />
            <DateField label={t('repairCenters.assessment.assessedOn')} required value={assessedOn} onChange={setAssessedOn} error={errors.fieldErrors['assessedOn']} />
          </FormGrid>
          <FormSection title={t('repairCenters.assessment.centerScores')}>
            <FormGrid columns={3}>
              <ScoreFields values={scores} onChange={setScores} fieldErrors={errors.fieldErrors} prefix="scores" required />
            </FormGrid>
          </FormSection>
          <TextAreaField label={t('repairCenters.assessment.notes')} value={notes} onChange={setNotes} error={errors.fieldErrors['notes']} />
          {technicians.length > 0 && (
            <FormSection title={t('repairCenters.assessment.staffScores')}>
              <p className="ui-field__hint">{t('repairCenters.assessment.staffHint')}</p>
              {technicians.map((technician) => (
                <div key={technician.id} role="group" aria-label={t('repairCenters.assessment.staffRow', { name: technician.name })} className="app-score-row">
                  <span className="app-score-row__name">{`${technician.code} ${technician.name}`}</span>
                  <ScoreFields
                    values={staff[technician.id] ?? EMPTY_SCORES}
                    onChange={(values) => setStaff((current) => ({ ...current, [technician.id]: values }))}
                    fieldErrors={errors.fieldErrors}
                    prefix={`staff.${scoredStaff.indexOf(technician)}.scores`}
                  />
                </div>
              ))}
            </FormSection>
          )}
        </Form>
      )}
    </Modal>
  );
}
