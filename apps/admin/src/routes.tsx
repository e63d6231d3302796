import type { ReactNode } from 'react';
import type { RouteObject } from 'react-router';
import { lazyPage } from './common/lazy-page';
import { DashboardPage } from './dashboard/dashboard-page';
import { AppLayout } from './layout/app-layout';
import { SETTINGS_NAVIGATION } from './layout/navigation';
import { NotFoundPage } from './layout/not-found-page';
import { partsPages, partsRoute } from './parts/parts-routes';
import { PublicSurveyPage } from './public-survey/public-survey-page';
import { LoginPage } from './session/login-page';
import { guardedRoute } from './session/guarded-route';
import { RequirePermission } from './session/require-permission';
import { RequireSession } from './session/require-session';
import { SettingsIndex, SettingsLayout } from './settings/settings-layout';

// Signing in, the dashboard and the customer's survey link load with the app; each feature area
// is downloaded the first time one of its pages opens.
const complaintPages = () => import('./complaints/complaint-pages');
const ComplaintsPage = lazyPage(complaintPages, 'ComplaintsPage');
const RegisterComplaintPage = lazyPage(complaintPages, 'RegisterComplaintPage');
const ComplaintDetailPage = lazyPage(complaintPages, 'ComplaintDetailPage');
const LedgerPage = lazyPage(() => import('./complaint-reports/ledger-page'), 'LedgerPage');
const QualityReportPage = lazyPage(() => import('./complaint-reports/quality-report-page'), 'QualityReportPage');

const workOrderPages = () => import('./work-orders/work-order-pages');
const WorkOrdersPage = lazyPage(workOrderPages, 'WorkOrdersPage');
const RegisterWorkOrderPage = lazyPage(workOrderPages, 'RegisterWorkOrderPage');
const DispatchBoardPage = lazyPage(workOrderPages, 'DispatchBoardPage');
const WorkOrderDetailPage = lazyPage(workOrderPages, 'WorkOrderDetailPage');
const SurveysPage = lazyPage(() => import('./surveys/surveys-page'), 'SurveysPage');

const maintenanceContractPages = () => import('./maintenance-contracts/maintenance-contract-pages');
const MaintenanceContractsPage = lazyPage(maintenanceContractPages, 'MaintenanceContractsPage');
const MaintenanceContractDetailPage = lazyPage(maintenanceContractPages, 'MaintenanceContractDetailPage');

const repairCenterPages = () => import('./repair-centers/repair-center-pages');
const RepairCentersPage = lazyPage(repairCenterPages, 'RepairCentersPage');
const RepairCenterDetailPage = lazyPage(repairCenterPages, 'RepairCenterDetailPage');
const CenterMonthlySummaryPage = lazyPage(repairCenterPages, 'CenterMonthlySummaryPage');
const TechniciansPage = lazyPage(() => import('./technicians/technicians-page'), 'TechniciansPage');

const scorePages = () => import('./scores/score-pages');
const ScoresPage = lazyPage(scorePages, 'ScoresPage');
const YearReviewPage = lazyPage(scorePages, 'YearReviewPage');
const ScoreDetailPage = lazyPage(scorePages, 'ScoreDetailPage');

const webhookPages = () => import('./webhooks/webhook-pages');
const WebhooksPage = lazyPage(webhookPages, 'WebhooksPage');
const WebhookEndpointPage = lazyPage(webhookPages, 'WebhookEndpointPage');

const settingsPages = () => import('./settings/settings-pages');
const RegionsPage = lazyPage(settingsPages, 'RegionsPage');
const ProductCategoriesPage = lazyPage(settingsPages, 'ProductCategoriesPage');
const ProductModelsPage = lazyPage(settingsPages, 'ProductModelsPage');
const ProductUnitsPage = lazyPage(settingsPages, 'ProductUnitsPage');
const PartsPage = lazyPage(settingsPages, 'PartsPage');
const CalendarPage = lazyPage(settingsPages, 'CalendarPage');
const RepairCenterSettingsPage = lazyPage(settingsPages, 'RepairCenterSettingsPage');
const ComplaintSettingsPage = lazyPage(settingsPages, 'ComplaintSettingsPage');
const WorkOrderSettingsPage = lazyPage(settingsPages, 'WorkOrderSettingsPage');
const TechnicianScoreSettingsPage = lazyPage(settingsPages, 'TechnicianScoreSettingsPage');
const PartsSettingsPage = lazyPage(settingsPages, 'PartsSettingsPage');
const MaintenanceContractSettingsPage = lazyPage(settingsPages, 'MaintenanceContractSettingsPage');
const UsersPage = lazyPage(settingsPages, 'UsersPage');
const ApiKeysPage = lazyPage(settingsPages, 'ApiKeysPage');
const AuditPage = lazyPage(settingsPages, 'AuditPage');

const SETTINGS_PAGES: Record<string, ReactNode> = {
  '/settings/regions': <RegionsPage />,
  '/settings/product-categories': <ProductCategoriesPage />,
  '/settings/product-models': <ProductModelsPage />,
  '/settings/product-units': <ProductUnitsPage />,
  '/settings/parts': <PartsPage />,
  '/settings/calendar': <CalendarPage />,
  '/settings/repair-centers': <RepairCenterSettingsPage />,
  '/settings/complaint-settings': <ComplaintSettingsPage />,
  '/settings/work-order-settings': <WorkOrderSettingsPage />,
  '/settings/technician-score-settings': <TechnicianScoreSettingsPage />,
  '/settings/parts-settings': <PartsSettingsPage />,
  '/settings/maintenance-contract-settings': <MaintenanceContractSettingsPage />,
  '/settings/users': <UsersPage />,
  '/settings/api-keys': <ApiKeysPage />,
  '/settings/audit': <AuditPage />,
};

/**
 * The module of the page each address opens, first match wins. main.tsx starts downloading it with
 * the app, so a page opened directly (a bookmark, a reload) does not wait for the session check to
 * finish before its code is even asked for. The lazy pages then find the module loaded.
 */
const PAGE_MODULES: ReadonlyArray<readonly [RegExp, () => Promise<unknown>]> = [
  [/^\/complaints\/ledger/, () => import('./complaint-reports/ledger-page')],
  [/^\/complaints\/quality-report/, () => import('./complaint-reports/quality-report-page')],
  [/^\/complaints/, complaintPages],
  [/^\/work-orders/, workOrderPages],
  [/^\/surveys/, () => import('./surveys/surveys-page')],
  [/^\/maintenance-contracts/, maintenanceContractPages],
  [/^\/repair-centers/, repairCenterPages],
  [/^\/technicians/, () => import('./technicians/technicians-page')],
  [/^\/parts/, partsPages],
  [/^\/scores/, scorePages],
  [/^\/webhooks/, webhookPages],
  [/^\/settings\/./, settingsPages],
];

/** Starts downloading the code of the page at `pathname`, if it is one loaded on demand. */
export function preloadPage(pathname: string): void {
  const load = PAGE_MODULES.find(([pattern]) => pattern.test(pathname))?.[1];
  // A failed download is retried, and reported, by the page's own lazy import.
  load?.().catch(() => undefined);
}

/** Settings pages guarded by the same permissions that show them in the navigation. */
function settingsRoutes(): RouteObject[] {
  return SETTINGS_NAVIGATION.map((item) => ({
    path: item.to.replace('/settings/', ''),
    element: <RequirePermission permissions={item.permissions}>{SETTINGS_PAGES[item.to]}</RequirePermission>,
  }));
}

export const appRoutes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  // The customer's survey link: no sign-in and none of the staff layout.
  { path: '/survey/:token', element: <PublicSurveyPage /> },
  {
    path: '/',
    element: (
      <RequireSession>
        <AppLayout />
      </RequireSession>
    ),
    children: [
      { index: true, element: <DashboardPage /> },
      guardedRoute('/complaints', <ComplaintsPage />),
      guardedRoute('/complaints/new', <RegisterComplaintPage />),
      guardedRoute('/complaints/ledger', <LedgerPage />),
      guardedRoute('/complaints/quality-report', <QualityReportPage />),
      guardedRoute('/complaints/:id', <ComplaintDetailPage />),
      guardedRoute('/work-orders', <WorkOrdersPage />),
      guardedRoute('/work-orders/new', <RegisterWorkOrderPage />),
      guardedRoute('/work-orders/dispatch', <DispatchBoardPage />),
      guardedRoute('/work-orders/:id', <WorkOrderDetailPage />),
      guardedRoute('/maintenance-contracts', <MaintenanceContractsPage />),
      guardedRoute('/maintenance-contracts/:id', <MaintenanceContractDetailPage />),
      guardedRoute('/surveys', <SurveysPage />),
      guardedRoute('/repair-centers', <RepairCentersPage />),
      guardedRoute('/repair-centers/:id', <RepairCenterDetailPage />),
      guardedRoute('/repair-centers/:id/summary', <CenterMonthlySummaryPage />),
      guardedRoute('/technicians', <TechniciansPage />),
      partsRoute,
      guardedRoute('/scores', <ScoresPage />),
      guardedRoute('/scores/year-review', <YearReviewPage />),
      guardedRoute('/scores/:id', <ScoreDetailPage />),
      guardedRoute('/webhooks', <WebhooksPage />),
      guardedRoute('/webhooks/:id', <WebhookEndpointPage />),
      {
        path: 'settings',
        element: <SettingsLayout />,
        children: [
          { index: true, element: <SettingsIndex /> },
          ...settingsRoutes(),
        ],
      },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
