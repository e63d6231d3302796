import { useTranslation } from 'react-i18next';
import { DataTable, StatusBadge, type DataTableColumn } from '@aftersales/ui';
import { ASSESSMENT_ITEM_FIELDS, ASSESSMENT_ITEMS } from '../../graphql/types';
import type { CenterAssessment } from '../repair-center-queries';

/** Assessments, newest first; a row opens to show the notes and the staff scores. */
export function AssessmentsTable({ assessments, label, emptyMessage }: { assessments: readonly CenterAssessment[]; label: string; emptyMessage?: string }) {
  const { t } = useTranslation();
  const resultBadge = (result: CenterAssessment['result']) => (
    <StatusBadge tone={result === 'PASSED' ? 'success' : 'danger'}>{t(`repairCenters.assessment.results.${result}`)}</StatusBadge>
  );
  const scoreColumns: DataTableColumn<CenterAssessment>[] = ASSESSMENT_ITEMS.map((item) => ({
    key: item,
    header: t(`repairCenters.assessment.items.${item}`),
    render: (assessment) => assessment.scores[ASSESSMENT_ITEM_FIELDS[item]],
    align: 'end',
  }));
  const columns: DataTableColumn<CenterAssessment>[] = [
    { key: 'assessedOn', header: t('repairCenters.assessment.assessedOn'), render: (assessment) => assessment.assessedOn, width: '110px' },
    { key: 'kind', header: t('repairCenters.assessment.kind'), render: (assessment) => t(`repairCenters.assessment.kinds.${assessment.kind}`) },
    ...scoreColumns,
    { key: 'result', header: t('repairCenters.assessment.result'), render: (assessment) => resultBadge(assessment.result) },
    { key: 'deadline', header: t('repairCenters.fields.rectificationDeadline'), render: (assessment) => assessment.rectificationDeadline ?? '—' },
    { key: 'assessor', header: t('repairCenters.assessment.assessor'), render: (assessment) => assessment.assessorName },
  ];

  return (
    <DataTable
      label={label}
      columns={columns}
      rows={assessments}
      rowKey={(assessment) => assessment.id}
      emptyMessage={emptyMessage ?? t('repairCenters.assessment.empty')}
      loadingMessage={t('common.loading')}
      expandLabel={(assessment, expanded) => t(expanded ? 'repairCenters.assessment.hideDetails' : 'repairCenters.assessment.showDetails', { date: assessment.assessedOn })}
      renderExpanded={(assessment) => (
        <div className="app-stack">
          <p className="app-paragraph">{assessment.notes ? t('repairCenters.assessment.notesValue', { notes: assessment.notes }) : t('repairCenters.assessment.noNotes')}</p>
          {assessment.staff.length > 0 ? (
            <ul className="app-plain-list" aria-label={t('repairCenters.assessment.staff')}>
              {assessment.staff.map((entry) => (
                <li key={entry.technician.id} className="app-inline">
                  <span>{`${entry.technician.code} ${entry.technician.name}`}</span>
                  <span className="app-muted">
                    {ASSESSMENT_ITEMS.map((item) => `${t(`repairCenters.assessment.items.${item}`)} ${entry.scores[ASSESSMENT_ITEM_FIELDS[item]]}`).join(' · ')}
                  </span>
                  {resultBadge(entry.result)}
                </li>
              ))}
            </ul>
          ) : (
            <p className="app-muted">{t('repairCenters.assessment.noStaff')}</p>
          )}
        </div>
      )}
    />
  );
}
