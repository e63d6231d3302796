// The work-orders area's pages, imported on demand by the routes as one chunk.
export { DispatchBoardPage } from './dispatch-board-page';
export { RegisterWorkOrderPage } from './register-work-order-page';
export { WorkOrderDetailPage } from './work-order-detail-page';
export { WorkOrdersPage } from './work-orders-page';
