import { useTranslation } from 'react-i18next';
import { SCORE_STATUSES, TECHNICIAN_GRADES } from '@aftersales/domain';
import { SelectField, ToolbarToggle } from '@aftersales/ui';
import type { ConnectionList } from '../common/lists/use-connection-list';
import { useOptions } from '../common/forms/use-options';
import { REGION_OPTIONS_QUERY } from '../settings/regions/region-queries';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../settings/users/user-queries';
import { HEAD_OFFICE, type ScoreListState } from './score-list-state';
import { TECHNICIAN_SCORE_ORDERS, type ScoreListItem, type TechnicianScoreOrder } from './score-queries';

/**
 * Center (总部 included), region, grade, status, 待评分 / 逾期提交 and the order. A partner sees only its own
 * center's published scores, so it chooses neither a center nor a status.
 */
export function ScoreFilters({ list, isPartner }: { list: ConnectionList<ScoreListItem, ScoreListState>; isPartner: boolean }) {
  const { t } = useTranslation();
  const { options: regionOptions } = useOptions(REGION_OPTIONS_QUERY, 'regions');
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', isPartner);
  const { filter, setFilter } = list;

  return (
    <>
      {!isPartner && (
        <SelectField
          label={t('scores.fields.center')}
          value={filter.center}
          onChange={(center) => setFilter({ center })}
          options={[{ value: HEAD_OFFICE, label: t('scores.headOffice') }, ...centerOptions]}
          placeholder={t('common.all')}
        />
      )}
      <SelectField label={t('scores.fields.region')} value={filter.regionId} onChange={(regionId) => setFilter({ regionId })} options={regionOptions} placeholder={t('common.all')} />
      <SelectField
        label={t('scores.fields.grade')}
        value={filter.grade}
        onChange={(grade) => setFilter({ grade })}
        options={TECHNICIAN_GRADES.map((grade) => ({ value: grade, label: t(`scores.grades.${grade}`) }))}
        placeholder={t('common.all')}
      />
      {!isPartner && (
        <SelectField
          label={t('scores.fields.status')}
          value={filter.status}
          onChange={(status) => setFilter({ status })}
          options={SCORE_STATUSES.map((status) => ({ value: status, label: t(`scores.statuses.${status}`) }))}
          placeholder={t('common.all')}
        />
      )}
      {!isPartner && (
        <>
          <ToolbarToggle label={t('scores.filters.pending')} checked={filter.pending} onChange={(pending) => setFilter({ pending })} />
          <ToolbarToggle label={t('scores.filters.late')} checked={filter.late} onChange={(late) => setFilter({ late })} />
        </>
      )}
      <SelectField
        label={t('scores.filters.sort')}
        value={filter.orderBy}
        onChange={(orderBy) => setFilter({ orderBy: orderBy as TechnicianScoreOrder })}
        options={TECHNICIAN_SCORE_ORDERS.map((order) => ({ value: order, label: t(`scores.orders.${order}`) }))}
      />
    </>
  );
}
