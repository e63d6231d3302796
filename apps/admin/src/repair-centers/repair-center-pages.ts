// The repair-centers area's pages, imported on demand by the routes as one chunk.
export { RepairCenterDetailPage } from './repair-center-detail-page';
export { RepairCentersPage } from './repair-centers-page';
export { CenterMonthlySummaryPage } from './summary/center-monthly-summary-page';
