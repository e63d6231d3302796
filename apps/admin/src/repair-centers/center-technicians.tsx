import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Card, DataTable } from '@aftersales/ui';
import { activeToggleLabels } from '../common/active-column';
import { ActiveToggle } from '../common/lists/active-toggle';
import { EntityFormDialog } from '../common/forms/entity-form-dialog';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';
import { technicianColumns } from '../technicians/technician-columns';
import { SET_TECHNICIAN_ACTIVE, type Technician } from '../technicians/technician-queries';
import { useTechnicianForm } from '../technicians/use-technician-form';
import type { RepairCenterDetail } from './repair-center-queries';

/** The center's technicians; `technicians.manage` adds, edits and (de)activates them. */
export function CenterTechnicians({ center, onChanged }: { center: RepairCenterDetail; onChanged: () => void }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  const canManage = can(viewer, 'technicians.manage');
  const form = useTechnicianForm({ id: center.id, code: center.code, name: center.name });
  const [editing, setEditing] = useState<{ technician: Technician | null } | null>(null);
  const title = t('technicians.title');

  return (
    <Card
      title={title}
      actions={
        canManage && (
          <Button size="small" variant="primary" onClick={() => setEditing({ technician: null })}>
            {t('technicians.create')}
          </Button>
        )
      }
    >
      <DataTable
        label={t('technicians.ofCenter', { name: center.name })}
        columns={technicianColumns<Technician>(t, { employer: false })}
        rows={center.technicians}
        rowKey={(technician) => technician.id}
        emptyMessage={t('technicians.emptyCenter')}
        loadingMessage={t('common.loading')}
        isRowMuted={(technician) => !technician.active}
        actionsHeader={t('common.actions')}
        rowActions={
          canManage
            ? (technician) => (
                <>
                  <Button size="small" onClick={() => setEditing({ technician })}>
                    {t('common.edit')}
                  </Button>
                  <ActiveToggle
                    node={technician}
                    config={{
                      isActive: (node) => node.active,
                      mutation: SET_TECHNICIAN_ACTIVE,
                      variables: (node, active) => ({ id: node.id, active }),
                      labels: activeToggleLabels<Technician>(t),
                    }}
                    onChanged={onChanged}
                  />
                </>
              )
            : undefined
        }
      />
      {editing && (
        <EntityFormDialog
          config={form}
          node={editing.technician}
          title={editing.technician ? t('technicians.editTitle') : t('technicians.createTitle')}
          size="large"
          onClose={() => setEditing(null)}
          onSaved={() => {
            setEditing(null);
            onChanged();
          }}
        />
      )}
    </Card>
  );
}
