import { useMemo } from 'react';
import { RecordLoadState } from '../../common/record-load-state';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { Alert, PageLayout } from '@aftersales/ui';
import { useErrorMapper } from '../../graphql/use-form-errors';
import { RequisitionStatusBadge } from '../parts-badges';
import { RequisitionActions } from './requisition-actions';
import { RequisitionApprovalTrail, RequisitionShipments } from './requisition-approvals';
import { RequisitionLinesTable } from './requisition-lines-table';
import { RequisitionOverview } from './requisition-overview';
import { REQUISITION_QUERY } from './requisition-queries';
import { useReloadableQuery } from '../../common/use-reloadable-query';

/** One requisition: its lines from request to receipt, the approval trail, the shipments, and what the viewer may do next. */
export function RequisitionDetailPage() {
  const { t } = useTranslation();
  const mapError = useErrorMapper();
  const { id = '' } = useParams();
  const context = useMemo(() => ({ additionalTypenames: ['PartsRequisition'] }), []);
  const [{ data, error, fetching }, refresh] = useReloadableQuery({ query: REQUISITION_QUERY, variables: { id }, context, requestPolicy: 'cache-and-network' });
  const requisition = data?.partsRequisition;
  const backLink = <Link to="/parts/requisitions">{t('warrantyParts.back')}</Link>;

  if (!requisition) {
    return (
      <PageLayout title={t('warrantyParts.requisitions.title')} actions={backLink}>
        <RecordLoadState error={error} fetching={fetching} answered={Boolean(data)} notFound={t('warrantyParts.requisitions.notFound')} />
      </PageLayout>
    );
  }

  const backordered = requisition.lines.some((line) => line.productionOrderNumber);
  return (
    <PageLayout
      title={requisition.code}
      description={
        <span className="app-inline app-wrap" role="group" aria-label={t('warrantyParts.requisitions.detail.summary')}>
          <RequisitionStatusBadge status={requisition.status} />
          <span>{t(`warrantyParts.requisitions.purposes.${requisition.purpose}`)}</span>
        </span>
      }
      actions={<RequisitionActions requisition={requisition} onChanged={refresh} />}
    >
      <div>{backLink}</div>
      {error && <Alert tone="danger">{mapError(error).message}</Alert>}
      {requisition.status === 'REJECTED' && requisition.rejectionReason && (
        <Alert tone="danger" title={t('warrantyParts.requisitions.statuses.REJECTED')}>
          {requisition.rejectionReason}
        </Alert>
      )}
      {backordered && requisition.status === 'BACKORDERED' && <Alert tone="warning">{t('warrantyParts.requisitions.detail.backorderNotice')}</Alert>}
      <RequisitionOverview requisition={requisition} />
      <RequisitionLinesTable requisition={requisition} />
      <RequisitionApprovalTrail requisition={requisition} />
      <RequisitionShipments requisition={requisition} />
    </PageLayout>
  );
}
