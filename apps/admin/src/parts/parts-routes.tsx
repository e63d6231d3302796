import { Navigate, type RouteObject } from 'react-router';
import { lazyPage } from '../common/lazy-page';
import { guardedRoute } from '../session/guarded-route';
import { RequirePermission } from '../session/require-permission';
import { ROUTE_PERMISSIONS } from '../session/route-permissions';
import { PartsLayout } from './parts-layout';

// The area's tabs show at once; its pages are downloaded the first time one of them opens.
export const partsPages = () => import('./parts-pages');
const RequisitionsPage = lazyPage(partsPages, 'RequisitionsPage');
const RequisitionFormPage = lazyPage(partsPages, 'RequisitionFormPage');
const RequisitionDetailPage = lazyPage(partsPages, 'RequisitionDetailPage');
const StockPage = lazyPage(partsPages, 'StockPage');
const LocalPurchasesPage = lazyPage(partsPages, 'LocalPurchasesPage');
const WriteOffsPage = lazyPage(partsPages, 'WriteOffsPage');
const WriteOffPage = lazyPage(partsPages, 'WriteOffPage');
const WriteOffVoucherPage = lazyPage(partsPages, 'WriteOffVoucherPage');

/**
 * 三包配件 under `/parts`, guarded by `ROUTE_PERMISSIONS` (drafting needs `parts.request`); the other
 * actions are offered by permission on the pages.
 */
export const partsRoute: RouteObject = {
  path: 'parts',
  element: (
    <RequirePermission permissions={ROUTE_PERMISSIONS['/parts']}>
      <PartsLayout />
    </RequirePermission>
  ),
  children: [
    { index: true, element: <Navigate to="/parts/requisitions" replace /> },
    { path: 'requisitions', element: <RequisitionsPage /> },
    guardedRoute('/parts/requisitions/new', <RequisitionFormPage key="new" />, '/parts'),
    { path: 'requisitions/:id', element: <RequisitionDetailPage /> },
    guardedRoute('/parts/requisitions/:id/edit', <RequisitionFormPage key="edit" />, '/parts'),
    { path: 'stock', element: <StockPage /> },
    { path: 'local-purchases', element: <LocalPurchasesPage /> },
    { path: 'write-offs', element: <WriteOffsPage /> },
    { path: 'write-offs/:id', element: <WriteOffPage /> },
    { path: 'write-offs/:id/voucher', element: <WriteOffVoucherPage /> },
  ],
};
