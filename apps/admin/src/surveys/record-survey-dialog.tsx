import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { FormDialog, TextAreaField } from '@aftersales/ui';
import { NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';
import { MomentField, useMoment } from '../work-orders/moment-field';
import { RECORD_SURVEY, type SurveyListItem } from './survey-queries';
import { hasAnyAnswer, SurveyQuestions } from './survey-questions';
import { NO_ANSWERS, type SurveyAnswersDraft } from './survey-answers';
import { useDiscardLabels } from '../common/forms/use-discard-labels';

/** 回访录入: CS calls the customer back and enters the card's answers (channel CALLBACK). */
export function RecordSurveyDialog({ survey, onClose, onRecorded }: { survey: SurveyListItem; onClose: () => void; onRecorded: () => void }) {
  const { t } = useTranslation();
  const discardLabels = useDiscardLabels();
  const mapError = useErrorMapper();
  const [answers, setAnswers] = useState<SurveyAnswersDraft>(NO_ANSWERS);
  const [comments, setComments] = useState('');
  const [customerComplaint, setCustomerComplaint] = useState('');
  const respondedAt = useMoment();
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [{ fetching }, record] = useMutation(RECORD_SURVEY);
  const { fieldErrors } = errors;

  const submit = async () => {
    const found: Record<string, string> = {};
    if (!hasAnyAnswer(answers)) found['answers'] = t('surveys.form.nothingRated');
    const respondedAtIso = respondedAt.toIso();
    if (respondedAtIso === null) found['respondedAt'] = t('workOrders.form.invalidDateTime');
    if (respondedAtIso === null || Object.keys(found).length > 0) {
      setErrors({ message: null, fieldErrors: found });
      return;
    }
    const result = await record({
      input: { workOrderId: survey.workOrder.id, answers, comments: comments.trim() || null, customerComplaint: customerComplaint.trim() || null, respondedAt: respondedAtIso },
    });
    if (result.error) {
      setErrors(mapError(result.error));
      return;
    }
    onRecorded();
  };

  const action = t('surveys.actions.record');
  return (
    <FormDialog
      title={t('workOrders.dialogTitle', { action, code: survey.workOrder.code })}
      onClose={onClose}
      onSubmit={() => void submit()}
      closeLabel={t('common.close')}
      cancelLabel={t('common.cancel')}
      discardLabels={discardLabels}
      submitLabel={t('common.save')}
      submitting={fetching}
      errorMessage={errors.message}
    >
      <p className="ui-confirm__message">{t('surveys.form.callbackHint', { customer: survey.workOrder.customerName, phone: survey.workOrder.customerPhone })}</p>
      <SurveyQuestions answers={answers} onChange={setAnswers} fieldErrors={fieldErrors} />
      <TextAreaField label={t('surveys.fields.comments')} value={comments} onChange={setComments} error={fieldErrors['comments']} />
      <TextAreaField label={t('surveys.fields.customerComplaint')} value={customerComplaint} onChange={setCustomerComplaint} error={fieldErrors['customerComplaint']} hint={t('surveys.form.complaintHint')} />
      <MomentField label={t('surveys.fields.respondedAt')} moment={respondedAt} error={fieldErrors['respondedAt']} />
    </FormDialog>
  );
}
