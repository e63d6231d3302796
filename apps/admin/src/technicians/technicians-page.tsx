import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, SelectField, ToolbarToggle } from '@aftersales/ui';
import { activeToggleLabels } from '../common/active-column';
import { RecordListPage } from '../common/lists/record-list-page';
import { useOptions } from '../common/forms/use-options';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { CATEGORY_OPTIONS_QUERY } from '../settings/product-categories/product-category-queries';
import { REPAIR_CENTER_OPTIONS_QUERY } from '../settings/users/user-queries';
import { RegionAssignmentsDialog } from './region-assignments-dialog';
import { technicianColumns } from './technician-columns';
import type { TechnicianValues } from './technician-form';
import { SET_TECHNICIAN_ACTIVE, TECHNICIANS_QUERY, type TechnicianWithAssignments } from './technician-queries';
import { useTechnicianForm } from './use-technician-form';

type TechnicianFilter = { search: string; repairCenterId: string; headOfficeOnly: boolean; skillCategoryId: string; includeInactive: boolean };

/** Head-office and center technicians; a partner sees its own center's staff (the API filters). */
export function TechniciansPage() {
  const { t } = useTranslation();
  const viewer = useViewer();
  const canManage = can(viewer, 'technicians.manage');
  const isPartner = viewer.repairCenter !== null;
  const { options: centerOptions } = useOptions(REPAIR_CENTER_OPTIONS_QUERY, 'repairCenters', isPartner);
  const { options: categoryOptions } = useOptions(CATEGORY_OPTIONS_QUERY, 'productCategories');
  const form = useTechnicianForm();
  const [assigning, setAssigning] = useState<{ technician: TechnicianWithAssignments; refresh: () => void } | null>(null);

  return (
    <>
      <RecordListPage<TechnicianWithAssignments, TechnicianValues, TechnicianFilter>
        labels={{
          title: t('technicians.title'),
          description: t('technicians.description'),
          create: t('technicians.create'),
          createTitle: t('technicians.createTitle'),
          editTitle: t('technicians.editTitle'),
          search: t('technicians.search'),
          empty: t('technicians.empty'),
        }}
        list={{
          query: TECHNICIANS_QUERY,
          field: 'technicians',
          typename: 'Technician',
          initialFilter: { search: '', repairCenterId: '', headOfficeOnly: false, skillCategoryId: '', includeInactive: false },
        }}
        inactiveFilterKey="includeInactive"
        columns={technicianColumns<TechnicianWithAssignments>(t, { employer: !isPartner })}
        form={canManage ? form : undefined}
        formSize="large"
        renderFilters={(list) => (
          <>
            {!isPartner && (
              <>
                <SelectField
                  label={t('technicians.fields.employer')}
                  value={list.filter.repairCenterId}
                  onChange={(repairCenterId) => list.setFilter({ repairCenterId, headOfficeOnly: false })}
                  options={centerOptions}
                  placeholder={t('common.all')}
                  disabled={list.filter.headOfficeOnly}
                />
                <ToolbarToggle label={t('technicians.headOfficeOnly')} checked={list.filter.headOfficeOnly} onChange={(headOfficeOnly) => list.setFilter({ headOfficeOnly, repairCenterId: '' })} />
              </>
            )}
            <SelectField
              label={t('technicians.fields.skills')}
              value={list.filter.skillCategoryId}
              onChange={(skillCategoryId) => list.setFilter({ skillCategoryId })}
              options={categoryOptions}
              placeholder={t('common.all')}
            />
          </>
        )}
        renderRowActions={(technician, list) => (
          <Button size="small" onClick={() => setAssigning({ technician, refresh: list.refresh })}>
            {t('technicians.assignments.open')}
          </Button>
        )}
        activeToggle={
          canManage
            ? {
                isActive: (technician) => technician.active,
                mutation: SET_TECHNICIAN_ACTIVE,
                variables: (technician, active) => ({ id: technician.id, active }),
                labels: activeToggleLabels<TechnicianWithAssignments>(t),
              }
            : undefined
        }
      />
      {assigning && (
        <RegionAssignmentsDialog technician={assigning.technician} canAssign={canManage} onClose={() => setAssigning(null)} onAssigned={assigning.refresh} />
      )}
    </>
  );
}
