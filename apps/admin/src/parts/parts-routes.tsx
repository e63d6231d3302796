import type { ReactNode } from 'react';
import { Navigate, type RouteObject } from 'react-router';
import { lazyPage } from '../common/lazy-page';
import { RequirePermission } from '../session/require-permission';
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
