// The maintenance-contracts area's pages, imported on demand by the routes as one chunk.
export { MaintenanceContractDetailPage } from './maintenance-contract-detail-page';
export { MaintenanceContractsPage } from './maintenance-contracts-page';
