import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { RequirePermission } from '../session/require-permission';
import { LocalPurchasesPage } from './local-purchases/local-purchases-page';
import { PartsLayout } from './parts-layout';
import { RequisitionDetailPage } from './requisitions/requisition-detail-page';
import { RequisitionFormPage } from './requisitions/requisition-form-page';
import { RequisitionsPage } from './requisitions/requisitions-page';
import { StockPage } from './stock/stock-page';
import { WriteOffPage } from './write-offs/write-off-page';
import { WriteOffVoucherPage } from './write-offs/write-off-voucher-page';
import { WriteOffsPage } from './write-offs/write-offs-page';

const requests = (page: ReactNode) => <RequirePermission permissions={['parts.request']}>{page}</RequirePermission>;

/**
 * 三包配件 under `/parts`: everyone reads parts (a partner only its own center's, which the API
 * enforces); drafting needs `parts.request`, the other actions are offered by permission on the pages.
 */
export const partsRoute: RouteObject = {
  path: 'parts',
  element: (
    <RequirePermission permissions={['parts.read']}>
      <PartsLayout />
    </RequirePermission>
  ),
  children: [
    { index: true, element: <Navigate to="/parts/requisitions" replace /> },
    { path: 'requisitions', element: <RequisitionsPage /> },
    { path: 'requisitions/new', element: requests(<RequisitionFormPage key="new" />) },
    { path: 'requisitions/:id', element: <RequisitionDetailPage /> },
    { path: 'requisitions/:id/edit', element: requests(<RequisitionFormPage key="edit" />) },
    { path: 'stock', element: <StockPage /> },
    { path: 'local-purchases', element: <LocalPurchasesPage /> },
    { path: 'write-offs', element: <WriteOffsPage /> },
    { path: 'write-offs/:id', element: <WriteOffPage /> },
    { path: 'write-offs/:id/voucher', element: <WriteOffVoucherPage /> },
  ],
};
