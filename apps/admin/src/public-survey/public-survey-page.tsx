import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import { Provider as UrqlProvider, useMutation, useQuery } from 'urql';
import { Alert, Button, EmptyState, Form, FormError, TextAreaField } from '@aftersales/ui';
import { DetailList } from '../common/detail-list';
import { formatDateTime } from '../common/format';
import { hasErrorCode, NO_ERRORS, type FormErrors } from '../graphql/error-mapper';
import { useErrorMapper } from '../graphql/use-form-errors';
import { LanguageSwitch } from '../i18n/language-switch';
import { useSession } from '../session/session-context';
import { hasAnyAnswer, SurveyQuestions } from '../surveys/survey-questions';
import { NO_ANSWERS, type SurveyAnswersDraft } from '../surveys/survey-answers';
import { createPublicClient } from './public-client';
import { PUBLIC_SURVEY_QUERY, SUBMIT_PUBLIC_SURVEY, type PublicSurvey } from './public-survey-queries';

/** The customer's survey page at `/survey/:token`: no sign-in, outside the staff layout. */
export function PublicSurveyPage() {
  const { fetch } = useSession();
  const client = useMemo(() => createPublicClient(fetch), [fetch]);
  return (
    <UrqlProvider value={client}>
      <main className="app-login">
        <div className="app-login__panel">
          <PublicSurveyContent />
        </div>
      </main>
    </UrqlProvider>
  );
}

function PublicSurveyContent() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const { token = '' } = useParams();
  const [{ data, error, fetching }] = useQuery({ query: PUBLIC_SURVEY_QUERY, variables: { token } });
  const [submitted, setSubmitted] = useState(false);
  const survey = data?.publicSurvey;

  let body;
  if (submitted) {
    body = <EmptyState title={t('publicSurvey.thanksTitle')} description={t('publicSurvey.thanksMessage')} />;
  } else if (fetching && !data) {
    body = <p role="status">{t('publicSurvey.loading')}</p>;
  } else if (error && !hasErrorCode(error, 'NOT_FOUND')) {
    body = <Alert tone="danger">{mapError(error).message}</Alert>;
  } else if (!survey || survey.alreadyAnswered) {
    // Unknown, expired and used links look alike: the customer can do nothing different about either.
    body = <EmptyState title={t('publicSurvey.unavailableTitle')} description={t('publicSurvey.unavailableMessage')} />;
  } else {
    body = <SurveyForm token={token} survey={survey} onSubmitted={() => setSubmitted(true)} />;
  }

  return (
    <>
      <div className="app-login__header">
        <h1 className="app-login__title">{t('publicSurvey.title')}</h1>
        <LanguageSwitch />
      </div>
      <p className="app-login__subtitle">{t('app.name')}</p>
      {body}
    </>
  );
}

function SurveyForm({ token, survey, onSubmitted }: { token: string; survey: PublicSurvey; onSubmitted: () => void }) {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const [answers, setAnswers] = useState<SurveyAnswersDraft>(NO_ANSWERS);
  const [comments, setComments] = useState('');
  const [customerComplaint, setCustomerComplaint] = useState('');
  const [errors, setErrors] = useState<FormErrors>(NO_ERRORS);
  const [used, setUsed] = useState(false);
  const [{ fetching }, submit] = useMutation(SUBMIT_PUBLIC_SURVEY);

  const send = async () => {
    if (!hasAnyAnswer(answers)) {
      setErrors({ message: null, fieldErrors: { answers: t('publicSurvey.nothingRated') } });
      return;
    }
    const result = await submit({ input: { token, answers, comments: comments.trim() || null, customerComplaint: customerComplaint.trim() || null } });
    if (result.data?.submitPublicSurvey) {
      onSubmitted();
      return;
    }
    // Expired while the customer was typing, or answered meanwhile (another tab, or on the phone with customer service).
    if (hasErrorCode(result.error, 'NOT_FOUND') || hasErrorCode(result.error, 'CONFLICT')) setUsed(true);
    setErrors(mapError(result.error));
  };

  if (used) return <EmptyState title={t('publicSurvey.unavailableTitle')} description={t('publicSurvey.unavailableMessage')} />;

  return (
    <Form onSubmit={() => void send()} aria-label={t('publicSurvey.title')}>
      <p className="app-paragraph">{t('publicSurvey.intro')}</p>
      <DetailList
        label={t('publicSurvey.workOrder')}
        items={[
          { label: t('publicSurvey.workOrder'), value: survey.workOrderCode },
          { label: t('publicSurvey.completedAt'), value: formatDateTime(survey.completedAt, i18n.language) },
          { label: t('publicSurvey.technician'), value: survey.technicianName },
          { label: t('publicSurvey.model'), value: survey.modelName },
        ]}
      />
      <FormError message={errors.message} />
      <SurveyQuestions answers={answers} onChange={setAnswers} fieldErrors={errors.fieldErrors} />
      <TextAreaField label={t('publicSurvey.comments')} value={comments} onChange={setComments} error={errors.fieldErrors['comments']} />
      <TextAreaField label={t('publicSurvey.complaint')} value={customerComplaint} onChange={setCustomerComplaint} error={errors.fieldErrors['customerComplaint']} hint={t('publicSurvey.complaintHint')} />
      <Button type="submit" variant="primary" loading={fetching}>
        {t('publicSurvey.submit')}
      </Button>
    </Form>
  );
}
