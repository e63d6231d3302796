import type { i18n as I18n } from 'i18next';
import { I18nextProvider } from 'react-i18next';
import { RouterProvider, type createBrowserRouter } from 'react-router';
import { SessionProvider } from './session/session-context';

type Router = ReturnType<typeof createBrowserRouter>;

export interface AppProps {
  i18n: I18n;
  router: Router;
  /** Injected by tests: the network boundary. */
  fetch?: typeof fetch;
}

export function App({ i18n, router, fetch }: AppProps) {
  return (
    <I18nextProvider i18n={i18n}>
      <SessionProvider fetch={fetch}>
        <RouterProvider router={router} />
      </SessionProvider>
    </I18nextProvider>
  );
}
