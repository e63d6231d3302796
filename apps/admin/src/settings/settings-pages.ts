// Every settings page (including the feature areas' settings), imported on demand by the routes as one chunk.
export { MaintenanceContractSettingsPage } from '../maintenance-contracts/contract-settings-page';
export { PartsSettingsPage } from '../parts/settings/parts-settings-page';
export { TechnicianScoreSettingsPage } from '../scores/settings/technician-score-settings-page';
export { ApiKeysPage } from './api-keys/api-keys-page';
export { AuditPage } from './audit/audit-page';
export { CalendarPage } from './calendar/calendar-page';
export { ComplaintSettingsPage } from './complaint-settings/complaint-settings-page';
export { PartsPage } from './parts/parts-page';
export { ProductCategoriesPage } from './product-categories/product-categories-page';
export { ProductModelsPage } from './product-models/product-models-page';
export { ProductUnitsPage } from './product-units/product-units-page';
export { RegionsPage } from './regions/regions-page';
export { RepairCenterSettingsPage } from './repair-center-settings/repair-center-settings-page';
export { UsersPage } from './users/users-page';
export { WorkOrderSettingsPage } from './work-order-settings/work-order-settings-page';
