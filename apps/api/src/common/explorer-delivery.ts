import type { Express, RequestHandler } from 'express';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { hashedAssets, unhashedFiles } from './static-delivery.js';

/** The API explorer's build (apps/admin, `vite.explorer.config.ts`), or null when it was not built. */
export function explorerBuild(adminDist: string): string | null {
  const folder = join(adminDist, 'explorer');
  return existsSync(join(folder, 'explorer.html')) ? folder : null;
}

/**
 * Serves the API explorer (GraphiQL, bundled by the product's own build: nothing from a CDN) at
 * /explorer, its hashed files at /explorer/assets, under the same security headers as the admin.
 */
export function serveExplorer(app: Express, explorerDist: string): void {
  app.use('/explorer/assets', ...hashedAssets(join(explorerDist, 'assets')));
  const page = unhashedFiles(explorerDist);
  app.get(['/explorer', '/explorer/'], (req, res, next) => {
    req.url = '/explorer.html';
    page(req, res, next);
  });
}

/**
 * A browser's GET of /graphql (it prefers HTML to JSON, and asks no query) goes to the explorer;
 * a GraphQL GET (`?query=`) or a client asking for JSON reaches the API.
 */
export const redirectBrowsersToExplorer: RequestHandler = (req, res, next) => {
  const prefersHtml = req.accepts(['application/json', 'application/graphql-response+json', 'text/html']) === 'text/html';
  if (prefersHtml && req.query['query'] === undefined) res.redirect(302, '/explorer');
  else next();
};
