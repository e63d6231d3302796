/*
 * Imported first by the entry points, before graphql, express or Apollo load: graphql-js decides
 * at import time whether to run its development-only `instanceOf` checks (a cost on every value
 * it resolves), Apollo and express read NODE_ENV when they start. Unless the operator chose a mode,
 * the libraries run in production mode. What the operator set is kept apart: the app's own
 * production settings (a required SESSION_SECRET, no demo data) follow only an explicit
 * NODE_ENV=production.
 */
/** NODE_ENV as the operator set it (undefined: not set). */
export const operatorNodeEnv = process.env.NODE_ENV;
process.env.NODE_ENV ??= 'production';
