import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { can } from '../session/permissions';
import { useViewer } from '../session/session-context';

/**
 * 申请三包配件: opens a new requisition for the unit of this work order (004 §6.2). Only for a unit
 * in warranty: anything else gets paid parts, which the requisition refuses.
 */
export function RequestPartsLink({ workOrder }: { workOrder: { id: string; status: string; warrantyStatus: string | null } }) {
  const { t } = useTranslation();
  const viewer = useViewer();
  if (!can(viewer, 'parts.request') || workOrder.status === 'CANCELLED' || workOrder.warrantyStatus !== 'IN_WARRANTY') return null;
  return (
    <Link className="ui-button ui-button--secondary" to={`/parts/requisitions/new?workOrderId=${encodeURIComponent(workOrder.id)}`}>
      {t('warrantyParts.requisitions.requestForWorkOrder')}
    </Link>
  );
}
