import { render } from '@testing-library/react';
import { createMemoryRouter, Outlet } from 'react-router';
import { App } from '../app';
import { LedgerPage } from '../complaint-reports/ledger-page';
import { QualityReportPage } from '../complaint-reports/quality-report-page';
import { createI18n, type Language } from '../i18n/i18n';
import { complaintReportMessagesEn } from '../locales/complaint-reports.en';
import { complaintReportMessages } from '../locales/complaint-reports.zh-CN';
import { RequireSession } from '../session/require-session';
import { ComplaintSettingsPage } from '../settings/complaint-settings/complaint-settings-page';

/**
 * The complaint reports and settings pages at the paths the app will give them, inside the real
 * App (session, urql client, i18n) talking to a mocked `fetch`. Until `routes.tsx`, `zh-CN.ts` and
 * `en.ts` take these pages and texts in, this mounts the pages itself and merges
 * `complaint-reports.*.ts` into the test's i18n instance (merging again later changes nothing).
 */
export function renderComplaintReports({ path, fetch, language = 'zh-CN' }: { path: string; fetch: typeof globalThis.fetch; language?: Language }) {
  const i18n = createI18n(language);
  i18n.addResourceBundle('zh-CN', 'translation', complaintReportMessages, true, false);
  i18n.addResourceBundle('en', 'translation', complaintReportMessagesEn, true, false);
  const router = createMemoryRouter(
    [
      { path: '/login', element: <p>login</p> },
      {
        path: '/',
        element: (
          <RequireSession>
            <Outlet />
          </RequireSession>
        ),
        children: [
          { path: 'complaints/ledger', element: <LedgerPage /> },
          { path: 'complaints/quality-report', element: <QualityReportPage /> },
          { path: 'settings/complaint-settings', element: <ComplaintSettingsPage /> },
        ],
      },
    ],
    { initialEntries: [path] },
  );
  const view = render(<App i18n={i18n} router={router} fetch={fetch} />);
  return { ...view, router, i18n };
}
