import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { SURVEY_COMPLAINT_SEVERITIES, type SurveyComplaintSeverity } from '@aftersales/domain';
import { FormDialog } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { OPEN_COMPLAINT_FROM_SURVEY, type OpenedComplaint, type SurveyListItem } from './survey-queries';
import { useDiscardLabels } from '../common/forms/use-discard-labels';

/**
 * 转投诉 (003 §20): CS judges the survey's complaint ordinary (the service dept handles it and
 * tells the customer the result) or major (registered at the MAJOR tier and put before the VP in
 * charge) before it is registered. Ordinary is preselected, as most are.
 */
export function OpenComplaintDialog({ survey, onClose, onOpened }: { survey: SurveyListItem; onClose: () => void; onOpened: (complaint: OpenedComplaint) => void }) {
  const { t } = useTranslation();
  const discardLabels = useDiscardLabels();
  const mapError = useErrorMapper();
  const groupId = useId();
  const [severity, setSeverity] = useState<SurveyComplaintSeverity>('ORDINARY');
  const [state, openComplaint] = useMutation(OPEN_COMPLAINT_FROM_SURVEY);

  const submit = async () => {
    const result = await openComplaint({ surveyId: survey.id, severity });
    const complaint = result.data?.openComplaintFromSurvey;
    if (complaint) onOpened(complaint);
  };

  return (
    <FormDialog
      role="alertdialog"
      title={t('surveys.complaint.title', { code: survey.workOrder.code })}
      onClose={onClose}
      onSubmit={() => void submit()}
      closeLabel={t('common.close')}
      cancelLabel={t('common.cancel')}
      discardLabels={discardLabels}
      submitLabel={t('surveys.actions.toComplaint')}
      submitVariant={severity === 'MAJOR' ? 'danger' : 'primary'}
      submitting={state.fetching}
      errorMessage={mapError(state.error).message}
    >
      <p className="ui-confirm__message">{t('surveys.complaint.message', { text: survey.customerComplaint ?? '' })}</p>
      <fieldset className="ui-field ui-checkbox-group">
        <legend className="ui-field__label">{t('surveys.complaint.severity')}</legend>
        <div className="ui-checkbox-group__options" role="radiogroup" aria-label={t('surveys.complaint.severity')}>
          {SURVEY_COMPLAINT_SEVERITIES.map((choice) => {
            const id = `${groupId}-${choice}`;
            return (
              <div key={choice}>
                <div className="ui-field__inline-row">
                  <input id={id} type="radio" name={groupId} checked={severity === choice} onChange={() => setSeverity(choice)} aria-describedby={`${id}-hint`} />
                  <label htmlFor={id}>{t(`surveys.complaint.choices.${choice}`)}</label>
                </div>
                <p id={`${id}-hint`} className="ui-field__hint">
                  {t(`surveys.complaint.choiceHints.${choice}`)}
                </p>
              </div>
            );
          })}
        </div>
      </fieldset>
    </FormDialog>
  );
}
