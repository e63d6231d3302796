import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { createBrowserRouter } from 'react-router';
import '@aftersales/ui/styles.css';
import './app.css';
import { App } from './app';
import { createI18n } from './i18n/i18n';
import { appRoutes, preloadPage } from './routes';

const root = document.getElementById('root');
if (!root) throw new Error('index.html has no #root element');

preloadPage(window.location.pathname);

createRoot(root).render(
  <StrictMode>
    <App i18n={createI18n()} router={createBrowserRouter(appRoutes)} />
  </StrictMode>,
);
