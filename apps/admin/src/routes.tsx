import { lazy, Suspense, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { RouteObject } from 'react-router';
import { LedgerPage } from './complaint-reports/ledger-page';
import { ComplaintDetailPage } from './complaints/complaint-detail-page';
import { ComplaintsPage } from './complaints/complaints-page';
import { RegisterComplaintPage } from './complaints/register-complaint-page';
import { DashboardPage } from './dashboard/dashboard-page';
import { AppLayout } from './layout/app-layout';
import { SETTINGS_NAVIGATION } from './layout/navigation';
import { NotFoundPage } from './layout/not-found-page';
import { partsRoute } from './parts/parts-routes';
import { PartsSettingsPage } from './parts/settings/parts-settings-page';
import { PublicSurveyPage } from './public-survey/public-survey-page';
import { RepairCenterDetailPage } from './repair-centers/repair-center-detail-page';
import { RepairCentersPage } from './repair-centers/repair-centers-page';
import { CenterMonthlySummaryPage } from './repair-centers/summary/center-monthly-summary-page';
import { ScoreDetailPage } from './scores/score-detail-page';
import { ScoresPage } from './scores/scores-page';
import { TechnicianScoreSettingsPage } from './scores/settings/technician-score-settings-page';
import { YearReviewPage } from './scores/year-review-page';
import { LoginPage } from './session/login-page';
import { RequirePermission } from './session/require-permission';
import { RequireSession } from './session/require-session';
import { ApiKeysPage } from './settings/api-keys/api-keys-page';
import { ComplaintSettingsPage } from './settings/complaint-settings/complaint-settings-page';
import { AuditPage } from './settings/audit/audit-page';
import { CalendarPage } from './settings/calendar/calendar-page';
import { PartsPage } from './settings/parts/parts-page';
import { ProductCategoriesPage } from './settings/product-categories/product-categories-page';
import { ProductModelsPage } from './settings/product-models/product-models-page';
import { ProductUnitsPage } from './settings/product-units/product-units-page';
import { RegionsPage } from './settings/regions/regions-page';
import { RepairCenterSettingsPage } from './settings/repair-center-settings/repair-center-settings-page';
import { SettingsIndex, SettingsLayout } from './settings/settings-layout';
import { UsersPage } from './settings/users/users-page';
import { WorkOrderSettingsPage } from './settings/work-order-settings/work-order-settings-page';
import { SurveysPage } from './surveys/surveys-page';
import { TechniciansPage } from './technicians/technicians-page';
import { DispatchBoardPage } from './work-orders/dispatch-board-page';
import { RegisterWorkOrderPage } from './work-orders/register-work-order-page';
import { WorkOrderDetailPage } from './work-orders/work-order-detail-page';
import { WorkOrdersPage } from './work-orders/work-orders-page';

// The report's chart library is the largest dependency: load it only when the report opens.
const QualityReportPage = lazy(() => import('./complaint-reports/quality-report-page').then((module) => ({ default: module.QualityReportPage })));

function PageLoading() {
  const { t } = useTranslation();
  return <p className="app-page-loading">{t('common.loading')}</p>;
}

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
  '/settings/users': <UsersPage />,
  '/settings/api-keys': <ApiKeysPage />,
  '/settings/audit': <AuditPage />,
};

/** Every role reads repair centers; a partner only its own, which the API enforces. */
const readsCenters = (page: ReactNode) => <RequirePermission permissions={['repairCenters.read']}>{page}</RequirePermission>;

/** Every role reads complaints; a partner only its own center's, which the API enforces. */
const readsComplaints = (page: ReactNode) => <RequirePermission permissions={['complaints.read']}>{page}</RequirePermission>;

/** Every role reads work orders; a partner only its own center's, which the API enforces. */
const readsWorkOrders = (page: ReactNode) => <RequirePermission permissions={['workOrders.read']}>{page}</RequirePermission>;

/** Head office reads every technician's scores; a partner only its own technicians' published ones, which the API enforces. */
const readsScores = (page: ReactNode) => <RequirePermission permissions={['scores.read']}>{page}</RequirePermission>;

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
      { path: 'complaints', element: readsComplaints(<ComplaintsPage />) },
      { path: 'complaints/new', element: <RequirePermission permissions={['complaints.register']}><RegisterComplaintPage /></RequirePermission> },
      { path: 'complaints/ledger', element: readsComplaints(<LedgerPage />) },
      { path: 'complaints/quality-report', element: readsComplaints(
          <Suspense fallback={<PageLoading />}>
            <QualityReportPage />
          </Suspense>,
        ) },
      { path: 'complaints/:id', element: readsComplaints(<ComplaintDetailPage />) },
      { path: 'work-orders', element: readsWorkOrders(<WorkOrdersPage />) },
      { path: 'work-orders/new', element: <RequirePermission permissions={['workOrders.register']}><RegisterWorkOrderPage /></RequirePermission> },
      { path: 'work-orders/dispatch', element: <RequirePermission permissions={['workOrders.dispatch']}><DispatchBoardPage /></RequirePermission> },
      { path: 'work-orders/:id', element: readsWorkOrders(<WorkOrderDetailPage />) },
      { path: 'surveys', element: <RequirePermission permissions={['surveys.enter']}><SurveysPage /></RequirePermission> },
      { path: 'repair-centers', element: readsCenters(<RepairCentersPage />) },
      { path: 'repair-centers/:id', element: readsCenters(<RepairCenterDetailPage />) },
      { path: 'repair-centers/:id/summary', element: readsCenters(<CenterMonthlySummaryPage />) },
      { path: 'technicians', element: readsCenters(<TechniciansPage />) },
      partsRoute,
      { path: 'scores', element: readsScores(<ScoresPage />) },
      { path: 'scores/year-review', element: readsScores(<YearReviewPage />) },
      { path: 'scores/:id', element: readsScores(<ScoreDetailPage />) },
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
