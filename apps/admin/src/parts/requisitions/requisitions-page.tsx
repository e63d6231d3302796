import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { RecordListPage } from '../../common/lists/record-list-page';
import { can } from '../../session/permissions';
import { useViewer } from '../../session/session-context';
import type { RequisitionListItem } from '../parts-types';
import { requisitionColumns } from './requisition-columns';
import { INITIAL_REQUISITION_LIST_STATE, RequisitionFilters, toRequisitionVariables, type RequisitionListState } from './requisition-filters';
import { REQUISITIONS_QUERY } from './requisition-queries';

/** 三包配件领用单: newest first; a partner sees only its own center's (the API filters). */
export function RequisitionsPage() {
  const { t, i18n } = useTranslation();
  const viewer = useViewer();
  return (
    <RecordListPage<RequisitionListItem, never, RequisitionListState>
      labels={{
        title: t('warrantyParts.requisitions.title'),
        description: t('warrantyParts.requisitions.description'),
        search: t('warrantyParts.requisitions.search'),
        empty: t('warrantyParts.requisitions.empty'),
      }}
      list={{ query: REQUISITIONS_QUERY, field: 'partsRequisitions', typename: 'PartsRequisition', initialFilter: INITIAL_REQUISITION_LIST_STATE, toVariables: toRequisitionVariables }}
      columns={requisitionColumns(t, i18n.language)}
      actions={
        can(viewer, 'parts.request') && (
          <Link className="ui-button ui-button--primary" to="/parts/requisitions/new">
            {t('warrantyParts.requisitions.create')}
          </Link>
        )
      }
      renderFilters={(list) => <RequisitionFilters list={list} />}
    />
  );
}
