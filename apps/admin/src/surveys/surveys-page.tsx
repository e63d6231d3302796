import { useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { SURVEY_STATUSES } from '@aftersales/domain';
import { Alert, Button, SelectField } from '@aftersales/ui';
import { useErrorMapper } from '../graphql/use-form-errors';
import { RecordListPage } from '../common/lists/record-list-page';
import { useOptions } from '../common/forms/use-options';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { TECHNICIAN_OPTIONS_QUERY } from '../work-orders/work-order-queries';
import { OpenComplaintDialog } from './open-complaint-dialog';
import { RecordSurveyDialog } from './record-survey-dialog';
import { surveyColumns } from './survey-columns';
import { SurveyLinkDialog } from './survey-link-dialog';
import { CREATE_SURVEY_LINK, SURVEYS_QUERY, type OpenedComplaint, type SurveyLink, type SurveyListItem } from './survey-queries';

type SurveyListState = { search: string; status: string; technicianId: string };

const INITIAL_STATE: SurveyListState = { search: '', status: 'PENDING', technicianId: '' };

type Open = { kind: 'record' | 'complaint'; survey: SurveyListItem; refresh: () => void } | { kind: 'link'; survey: SurveyListItem; link: SurveyLink };

/**
 * 客户意见调查 (003 §16–22): every completed order's survey. CS calls the customer back and enters
 * the answers, or sends a one-time link; complaint text in an answer becomes a complaint, ordinary
 * or major (003 §20).
 */
export function SurveysPage() {
  const { t, i18n } = useTranslation();
  const mapError = useErrorMapper();
  const viewer = useViewer();
  const [open, setOpen] = useState<Open | null>(null);
  const [notice, setNotice] = useState<{ tone: 'success' | 'danger'; content: ReactNode } | null>(null);
  const { options: technicianOptions } = useOptions(TECHNICIAN_OPTIONS_QUERY, 'technicians');
  const [linkState, createLink] = useMutation(CREATE_SURVEY_LINK);
  const canRegisterComplaint = can(viewer, 'complaints.register');

  const sendLink = async (survey: SurveyListItem, refresh: () => void) => {
    setNotice(null);
    const result = await createLink({ workOrderId: survey.workOrder.id });
    if (!result.data) {
      setNotice({ tone: 'danger', content: mapError(result.error).message });
      return;
    }
    setOpen({ kind: 'link', survey, link: result.data.createSurveyLink });
    refresh();
  };

  const complaintOpened = (complaint: OpenedComplaint, refresh: () => void) => {
    setOpen(null);
    setNotice({
      tone: 'success',
      content: (
        <>
          {t('surveys.complaint.opened')} <Link to={`/complaints/${complaint.id}`}>{complaint.code}</Link>
        </>
      ),
    });
    refresh();
  };

  return (
    <>
      <RecordListPage<SurveyListItem, never, SurveyListState>
        labels={{ title: t('surveys.title'), description: t('surveys.description'), search: t('surveys.search'), empty: t('surveys.empty') }}
        list={{ query: SURVEYS_QUERY, field: 'surveys', typename: 'Survey', initialFilter: INITIAL_STATE }}
        columns={surveyColumns(t, i18n.language)}
        notice={notice && <Alert tone={notice.tone}>{notice.content}</Alert>}
        renderFilters={({ filter, setFilter }) => (
          <>
            <SelectField
              label={t('surveys.fields.status')}
              value={filter.status}
              onChange={(status) => setFilter({ status })}
              options={SURVEY_STATUSES.map((status) => ({ value: status, label: t(`surveys.statuses.${status}`) }))}
              placeholder={t('common.all')}
            />
            <SelectField label={t('workOrders.fields.technician')} value={filter.technicianId} onChange={(technicianId) => setFilter({ technicianId })} options={technicianOptions} placeholder={t('common.all')} />
          </>
        )}
        renderRowActions={(survey, list) => (
          <>
            {survey.status === 'PENDING' && (
              <>
                <Button size="small" variant="primary" onClick={() => setOpen({ kind: 'record', survey, refresh: list.refresh })}>
                  {t('surveys.actions.record')}
                </Button>
                <Button size="small" loading={linkState.fetching && open === null} onClick={() => void sendLink(survey, list.refresh)}>
                  {t('surveys.actions.link')}
                </Button>
              </>
            )}
            {canRegisterComplaint && survey.customerComplaint && !survey.complaint && (
              <Button size="small" variant="danger" onClick={() => setOpen({ kind: 'complaint', survey, refresh: list.refresh })}>
                {t('surveys.actions.toComplaint')}
              </Button>
            )}
          </>
        )}
      />
      {open?.kind === 'record' && (
        <RecordSurveyDialog
          survey={open.survey}
          onClose={() => setOpen(null)}
          onRecorded={() => {
            open.refresh();
            setOpen(null);
            setNotice({ tone: 'success', content: t('surveys.form.recorded', { code: open.survey.workOrder.code }) });
          }}
        />
      )}
      {open?.kind === 'link' && <SurveyLinkDialog link={open.link} workOrderCode={open.survey.workOrder.code} onClose={() => setOpen(null)} />}
      {open?.kind === 'complaint' && (
        <OpenComplaintDialog survey={open.survey} onClose={() => setOpen(null)} onOpened={(complaint) => complaintOpened(complaint, open.refresh)} />
      )}
    </>
  );
}
