import type { Permission } from '../graphql/types';
import type { TranslationKey } from '../i18n/translation-key';
import type { GuardedPath } from '../session/route-permissions';

export interface NavigationItem {
  to: string;
  labelKey: TranslationKey;
}

/** The main areas; each shows when the viewer may open it (`ROUTE_PERMISSIONS`, the routes' own guard). */
export const AREA_NAVIGATION: readonly (NavigationItem & { to: GuardedPath | '/' })[] = [
  { to: '/', labelKey: 'nav.dashboard' },
  { to: '/complaints', labelKey: 'nav.complaints' },
  { to: '/complaints/ledger', labelKey: 'complaintReports.ledger.nav' },
  { to: '/complaints/quality-report', labelKey: 'complaintReports.quality.nav' },
  { to: '/work-orders', labelKey: 'workOrders.nav' },
  { to: '/maintenance-contracts', labelKey: 'maintenanceContracts.nav' },
  { to: '/repair-centers', labelKey: 'nav.repairCenters' },
  { to: '/technicians', labelKey: 'nav.technicians' },
  { to: '/parts', labelKey: 'nav.parts' },
  { to: '/scores', labelKey: 'nav.scores' },
  { to: '/scores/year-review', labelKey: 'scores.yearReview.nav' },
  { to: '/webhooks', labelKey: 'webhooks.nav' },
];

export interface SettingsNavigationItem extends NavigationItem {
  /** Shown when the viewer has any of these. */
  permissions: readonly Permission[];
}

/** Head office manages keys; a partner may list its own center's keys. */
export const API_KEY_PERMISSIONS: readonly Permission[] = ['apiKeys.manage', 'apiKeys.read'];

/**
 * CS_MANAGER and ADMIN change the complaint rules; the technical center (which determines
 * responsibility) and the director (who approves) read them. Agents and partners do not see them.
 */
export const COMPLAINT_SETTINGS_PERMISSIONS: readonly Permission[] = ['complaints.configure', 'complaints.investigate', 'complaints.approve'];

/** CS_MANAGER and ADMIN change the work-order rules; whoever dispatches reads the arrival hours and the labour rate. */
export const WORK_ORDER_SETTINGS_PERMISSIONS: readonly Permission[] = ['workOrders.configure', 'workOrders.dispatch'];

/** ADMIN changes the score rubric; whoever reads scores may read what they are measured by. */
export const SCORE_SETTINGS_PERMISSIONS: readonly Permission[] = ['scores.configure', 'scores.read'];

/** CS_MANAGER and ADMIN change the parts rules (the director's threshold, the scrap appraisal threshold, the quote count). */
export const PARTS_SETTINGS_PERMISSIONS: readonly Permission[] = ['parts.configure'];

export const SETTINGS_NAVIGATION: readonly SettingsNavigationItem[] = [
  { to: '/settings/regions', labelKey: 'settings.nav.regions', permissions: ['referenceData.manage'] },
  { to: '/settings/product-categories', labelKey: 'settings.nav.productCategories', permissions: ['referenceData.manage'] },
  { to: '/settings/product-models', labelKey: 'settings.nav.productModels', permissions: ['referenceData.manage'] },
  { to: '/settings/product-units', labelKey: 'settings.nav.productUnits', permissions: ['referenceData.manage'] },
  { to: '/settings/parts', labelKey: 'settings.nav.parts', permissions: ['referenceData.manage'] },
  { to: '/settings/calendar', labelKey: 'settings.nav.calendar', permissions: ['referenceData.manage'] },
  { to: '/settings/repair-centers', labelKey: 'settings.nav.repairCenters', permissions: ['repairCenters.manage'] },
  { to: '/settings/complaint-settings', labelKey: 'complaintSettings.nav', permissions: COMPLAINT_SETTINGS_PERMISSIONS },
  { to: '/settings/work-order-settings', labelKey: 'workOrderSettings.nav', permissions: WORK_ORDER_SETTINGS_PERMISSIONS },
  { to: '/settings/technician-score-settings', labelKey: 'scores.settings.nav', permissions: SCORE_SETTINGS_PERMISSIONS },
  { to: '/settings/parts-settings', labelKey: 'warrantyParts.settings.nav', permissions: PARTS_SETTINGS_PERMISSIONS },
  { to: '/settings/maintenance-contract-settings', labelKey: 'maintenanceContracts.settings.nav', permissions: ['contracts.configure'] },
  { to: '/settings/users', labelKey: 'settings.nav.users', permissions: ['users.manage'] },
  { to: '/settings/api-keys', labelKey: 'settings.nav.apiKeys', permissions: API_KEY_PERMISSIONS },
  { to: '/settings/audit', labelKey: 'settings.nav.audit', permissions: ['audit.read'] },
];
