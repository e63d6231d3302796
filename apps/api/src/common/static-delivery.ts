import compression from 'compression';
import type { Express, RequestHandler } from 'express';
import expressStaticGzip from 'express-static-gzip';
import type { ServerResponse } from 'node:http';
import { join } from 'node:path';

/** Vite names every file under assets/ after a hash of its content: a new build means new names. */
const HASHED_ASSET_MAX_AGE_MS = 365 * 24 * 60 * 60 * 1000;

/**
 * Compresses responses of 1 KB or more with brotli or gzip, whichever the client accepts
 * (brotli at quality 4, the library's default: close to gzip's cost per request). Smaller ones
 * would gain less than the encoding costs. Already-compressed types (xlsx) are left alone.
 */
export function compressResponses(): RequestHandler {
  return compression({ threshold: '1kb' });
}

/**
 * Serves the built admin app from `adminDist`: the brotli or gzip copy the build wrote beside a
 * file when the client accepts it (`Vary: Accept-Encoding`), hashed assets cached for a year, and
 * index.html (also for every client-side route) revalidated on each load, so that a deploy is
 * picked up at once while unchanged assets are not downloaded again.
 */
export function serveAdminApp(app: Express, adminDist: string): void {
  app.use('/assets', ...hashedAssets(join(adminDist, 'assets')));
  const unhashed = unhashedFiles(adminDist);
  app.use(unhashed);
  app.get('/{*path}', (req, res, next) => {
    req.url = '/index.html';
    unhashed(req, res, next);
  });
}

const PRECOMPRESSED = { enableBrotli: true, orderPreference: ['br', 'gzip'], index: false };

/** A build's assets/ folder: hashed names, cached for a year. */
export function hashedAssets(folder: string): RequestHandler[] {
  return [
    expressStaticGzip(folder, {
      ...PRECOMPRESSED,
      serveStatic: { index: false, maxAge: HASHED_ASSET_MAX_AGE_MS, immutable: true },
    }),
    // A chunk of another build (a page open across a deploy) must fail as a missing script, not
    // load index.html in its place.
    (_req, res) => void res.status(404).type('text/plain').send('Not found'),
  ];
}

/** A build's HTML (and other unhashed files): revalidated on each load, so a deploy shows at once. */
export function unhashedFiles(folder: string): RequestHandler {
  return expressStaticGzip(folder, {
    ...PRECOMPRESSED,
    serveStatic: { index: false, cacheControl: false, setHeaders: revalidateEachTime },
  });
}

function revalidateEachTime(res: ServerResponse): void {
  res.setHeader('Cache-Control', 'no-cache');
}
