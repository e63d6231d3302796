import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import 'graphiql/style.css';
import './explorer.css';
import { ExplorerApp } from './explorer-app';

createRoot(document.getElementById('explorer')!).render(
  <StrictMode>
    <ExplorerApp />
  </StrictMode>,
);
