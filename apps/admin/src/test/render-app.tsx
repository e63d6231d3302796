import { render } from '@testing-library/react';
import { createMemoryRouter } from 'react-router';
import { App } from '../app';
import { createI18n, type Language } from '../i18n/i18n';
import { appRoutes } from '../routes';

/** The real app (routes, session, urql client, i18n) at `path`, talking to a mocked `fetch`. */
export function renderApp({ path, fetch, language = 'zh-CN' }: { path: string; fetch: typeof globalThis.fetch; language?: Language }) {
  const router = createMemoryRouter(appRoutes, { initialEntries: [path] });
  const i18n = createI18n(language);
  const view = render(<App i18n={i18n} router={router} fetch={fetch} />);
  return { ...view, router, i18n };
}
