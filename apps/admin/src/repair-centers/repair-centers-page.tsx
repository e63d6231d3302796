import { useTranslation } from 'react-i18next';
import { StatusBadge, type DataTableColumn, type StatusTone } from '@aftersales/ui';
import type { RepairCenterStatus } from '../graphql/types';
import { ReferenceDataPage } from '../reference-data/reference-data-page';

export const REPAIR_CENTERS_QUERY = /* GraphQL */ `
  query RepairCenters($first: Int, $after: String, $filter: RepairCenterFilter) {
    repairCenters(first: $first, after: $after, filter: $filter) {
      nodes { id code name status region { id name } }
      pageInfo { hasNextPage endCursor }
      totalCount
    }
  }
`;

interface RepairCenter {
  id: string;
  code: string;
  name: string;
  status: RepairCenterStatus;
  region: { id: string; name: string };
}

const STATUS_TONES: Record<RepairCenterStatus, StatusTone> = {
  ACTIVE: 'success',
  RECTIFYING: 'warning',
  SUSPENDED: 'danger',
  REVOKED: 'danger',
  EXPIRED: 'neutral',
};

/** Read-only for now: managing centers (agreements, staff, assessment) arrives with its own issue. */
export function RepairCentersPage() {
  const { t } = useTranslation();
  const columns: DataTableColumn<RepairCenter>[] = [
    { key: 'code', header: t('repairCenters.fields.code'), render: (center) => center.code, width: '120px' },
    { key: 'name', header: t('repairCenters.fields.name'), render: (center) => center.name },
    { key: 'region', header: t('repairCenters.fields.region'), render: (center) => center.region.name },
    {
      key: 'status',
      header: t('repairCenters.fields.status'),
      render: (center) => <StatusBadge tone={STATUS_TONES[center.status]}>{t(`repairCenters.statuses.${center.status}`)}</StatusBadge>,
    },
  ];
  return (
    <ReferenceDataPage<RepairCenter, never, { search: string }>
      labels={{ title: t('repairCenters.title'), description: t('repairCenters.description'), search: t('repairCenters.search'), empty: t('repairCenters.empty') }}
      list={{ query: REPAIR_CENTERS_QUERY, field: 'repairCenters', typename: 'RepairCenter', initialFilter: { search: '' } }}
      columns={columns}
    />
  );
}
