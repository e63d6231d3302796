// The warranty-parts area's pages, imported on demand by the parts routes as one chunk.
export { LocalPurchasesPage } from './local-purchases/local-purchases-page';
export { RequisitionDetailPage } from './requisitions/requisition-detail-page';
export { RequisitionFormPage } from './requisitions/requisition-form-page';
export { RequisitionsPage } from './requisitions/requisitions-page';
export { StockPage } from './stock/stock-page';
export { WriteOffPage } from './write-offs/write-off-page';
export { WriteOffVoucherPage } from './write-offs/write-off-voucher-page';
export { WriteOffsPage } from './write-offs/write-offs-page';
