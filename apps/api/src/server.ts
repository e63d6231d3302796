import 'reflect-metadata';
import { ApolloServer, type ApolloServerPlugin } from '@apollo/server';
import { ApolloServerPluginCacheControlDisabled, ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { expressMiddleware } from '@as-integrations/express5';
import express from 'express';
import { existsSync } from 'node:fs';
import { createServer as createHttpServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import type { DataSource } from 'typeorm';
import type { GraphQLError } from 'graphql';
import { apiKeyAccess } from './api-keys/api-key-access.plugin.js';
import { createApiKeyRateLimiter } from './api-keys/api-key-rate-limiter.js';
import { createApiKeyUsage, type ApiKeyUsage } from './api-keys/api-key-usage.js';
import { authenticate, type Authenticated } from './auth/authenticate.js';
import { createLoginThrottle, DEFAULT_LOGIN_THROTTLE, type LoginThrottleLimits } from './auth/login-throttle.js';
import { sessionTokens } from './auth/session-tokens.js';
import { SignInCache } from './auth/sign-in-cache.js';
import { formatError } from './common/error-mapping.js';
import { nulCharacterGuard } from './common/nul-character-guard.js';
import { DEFAULT_GRAPHQL_LIMITS, graphqlLimitRules, graphqlParseOptions, type GraphQLLimits } from './common/graphql-limits.js';
import { jsonErrorResponses, notFoundResponses, securityHeaders } from './common/http-hygiene.js';
import { knownOperationTypes } from './common/known-operation-types.js';
import { compressResponses, serveAdminApp } from './common/static-delivery.js';
import { explorerBuild, redirectBrowsersToExplorer, serveExplorer } from './common/explorer-delivery.js';
import { introspectionForSignedInOnly } from './common/signed-in-introspection.js';
import { localizeErrors } from './i18n/localize-errors.js';
import { responseLanguage } from './i18n/response-language.js';
import { createLoaders } from './common/loaders.js';
import { RequestContext } from './common/request-context.js';
import { commitFailure, markUnavailable } from './common/transaction-response.js';
import { ledgerFile } from './complaints/ledger/ledger.export.js';
import { qualityReportFile } from './complaints/report/quality-report.export.js';
import { xlsxExport } from './common/xlsx-export.js';
import { technicianScoresCsv, technicianScoresXlsx } from './technician-scores/technician-scores.export.js';
import { monthlySummaryFile } from './repair-centers/monthly-summary.export.js';
import { writeOffFile } from './parts/write-offs/write-off.export.js';
import { buildAppSchema } from './schema.js';
import { compiledExecution } from './common/compiled-executor.js';
import { addressPolicy, registerAddressPolicy, type WebhookAddressPolicy } from './webhooks/webhook-address-policy.js';
import { registerSecretBox } from './webhooks/webhook-secret.js';

export interface ServerOptions {
  dataSource: DataSource;
  sessionSecret: string;
  sessionHours?: number;
  /** Include stack traces of unexpected errors in responses (development only). */
  exposeErrorDetails?: boolean;
  /** Serve the built admin app at `/` when this folder exists. */
  adminDist?: string;
  emitSchemaFile?: string;
  /** Failed sign-ins allowed before `login` refuses for a while (defaults: DEFAULT_LOGIN_THROTTLE). */
  loginThrottle?: Partial<LoginThrottleLimits>;
  /**
   * Express's `trust proxy`: whether X-Forwarded-For names the client. Off by default, because a
   * caller reaching the API directly could otherwise pick any address to be counted under.
   */
  trustProxy?: boolean | number | string;
  /** How big a GraphQL operation may be (defaults: DEFAULT_GRAPHQL_LIMITS). */
  graphqlLimits?: Partial<GraphQLLimits>;
  /** Leave "Did you mean …?" field suggestions out of errors (production: they map the schema for a prober). */
  hideFieldSuggestions?: boolean;
  /** How many API processes share the database: each enforces its share of an API key's limit (default 1). */
  apiProcesses?: number;
  /**
   * Answer introspection queries: true (everyone), 'signed-in' (a valid API key or session only;
   * production, so the API explorer still gets the schema) or false. Default: Apollo's (off when
   * NODE_ENV=production).
   */
  introspection?: boolean | 'signed-in';
  /** Where webhook endpoints may point (default: public addresses only, loopback refused as in production). */
  webhookAddresses?: Partial<WebhookAddressPolicy>;
}

export interface AppServer {
  app: express.Express;
  listen(port: number, host?: string): Promise<{ url: string; port: number }>;
  /** The API keys' request counts (written every few seconds; `flush` writes them now). */
  apiKeyUsage: Pick<ApiKeyUsage, 'flush'>;
  /** Stops the server and writes the API keys' last counts. */
  close(): Promise<void>;
}

/**
 * Commits each request's transaction before the response leaves, so clients never read ahead of
 * the database; then puts the errors in the client's language (here, not in a plugin of its own:
 * Apollo runs plugins' willSendResponse side by side, and the commit may still replace the errors).
 */
const transactionPlugin = (signInCache: SignInCache): ApolloServerPlugin<RequestContext> => ({
  async requestDidStart() {
    return {
      async willSendResponse({ contextValue, request, response, operation }) {
        try {
          await contextValue.finish(true);
        } catch (error) {
          console.error('commit failed', error);
          if (response.body.kind === 'single') {
            response.body.singleResult.data = null;
            response.body.singleResult.errors = [commitFailure(error)];
          }
        }
        // A mutation may have revoked a key, disabled a user or suspended a center: the caller's
        // next request must meet that, before the database's notice of it reaches this process.
        if (operation?.operation === 'mutation') signInCache.forgetAll();
        markUnavailable(response);
        // Answers are per caller and never cached (what Apollo's cache-control plugin, switched off below, would send).
        response.http.headers.set('cache-control', 'no-store');
        if (response.body.kind === 'single' && response.body.singleResult.errors) {
          const language = responseLanguage(request.http?.headers.get('accept-language'));
          response.body.singleResult.errors = localizeErrors(response.body.singleResult.errors, language);
        }
      },
    };
  },
});

/** The database's connection string (the sign-in cache's own listening connection uses it). */
function postgresUrlOf(dataSource: DataSource): string | null {
  const options = dataSource.options as { url?: string };
  return options.url ?? null;
}

const copyOf = <T extends object>(entity: T): T => Object.assign(Object.create(Object.getPrototypeOf(entity)) as T, entity);

export async function createServer(options: ServerOptions): Promise<AppServer> {
  const { dataSource } = options;
  const tokens = sessionTokens(options.sessionSecret, options.sessionHours ?? 12);
  registerSecretBox(dataSource, options.sessionSecret);
  registerAddressPolicy(dataSource, addressPolicy(options.webhookAddresses));
  const loginThrottle = createLoginThrottle(dataSource, { ...DEFAULT_LOGIN_THROTTLE, ...options.loginThrottle });
  const schema = await buildAppSchema(options.emitSchemaFile);
  const limits = { ...DEFAULT_GRAPHQL_LIMITS, ...options.graphqlLimits };
  const apiKeyUsage = createApiKeyUsage(dataSource);
  const signInCache = new SignInCache(postgresUrlOf(dataSource));
  await signInCache.start();
  const apollo = new ApolloServer<RequestContext>({
    gateway: compiledExecution(schema),
    // Apollo's landing page loads its code from a CDN, which the security headers do not allow: the
    // product serves its own explorer (GraphiQL) at /explorer instead.
    // The cache-control plugin wraps every field's resolver to collect cache hints the schema never
    // gives: a cost on each of a page's thousands of fields, for a header that is always no-store.
    plugins: [
      transactionPlugin(signInCache),
      apiKeyAccess(createApiKeyRateLimiter(options.apiProcesses ?? 1), apiKeyUsage),
      nulCharacterGuard,
      ...(options.introspection === 'signed-in' ? [introspectionForSignedInOnly] : []),
      ApolloServerPluginLandingPageDisabled(),
      ApolloServerPluginCacheControlDisabled(),
    ],
    formatError: (formatted, error) => formatError(formatted, error, options.exposeErrorDetails ?? false),
    includeStacktraceInErrorResponses: false,
    validationRules: [knownOperationTypes, ...graphqlLimitRules(limits)],
    parseOptions: graphqlParseOptions(limits),
    hideSchemaDetailsFromClientErrors: options.hideFieldSuggestions ?? false,
    introspection: options.introspection === 'signed-in' ? true : options.introspection,
  });
  await apollo.start();

  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', options.trustProxy ?? false);
  app.use(securityHeaders());
  app.get('/healthz', async (_req, res) => {
    try {
      await dataSource.query('SELECT 1');
      res.json({ status: 'ok' });
    } catch {
      res.status(503).json({ status: 'database unavailable' });
    }
  });
  const explorer = options.adminDist ? explorerBuild(options.adminDist) : null;
  // A browser opening /graphql gets the explorer; GraphQL clients (JSON) get the API as before.
  if (explorer) app.get('/graphql', redirectBrowsersToExplorer);
  app.use(['/graphql', '/exports'], compressResponses());
  app.use(
    '/graphql',
    express.json({ limit: '2mb' }),
    expressMiddleware(apollo, {
      context: async ({ req, res }) => {
        let signedIn: Authenticated | null = null;
        let authError: GraphQLError | null = null;
        try {
          signedIn = await authenticate(req.headers.authorization, dataSource, tokens, signInCache);
        } catch (error) {
          authError = error as GraphQLError;
        }
        const clientAddress = req.ip ?? req.socket.remoteAddress ?? '';
        const context = new RequestContext(signedIn?.principal ?? null, dataSource, tokens, createLoaders, authError, { clientAddress, loginThrottle, language: responseLanguage(req.headers['accept-language']) });
        // The partner's own center, just read to check it is still authorized, is not read again.
        // (A copy: the one read may be shared with other requests by the sign-in cache.)
        if (signedIn?.center) context.loaders.repairCenter.prime(signedIn.center.id, copyOf(signedIn.center));
        // A client that hangs up (even before this point) must not leave its statement running
        // nor its connection checked out.
        if (req.socket.destroyed) void context.abandon();
        else res.once('close', () => void context.abandon());
        return context;
      },
    }),
  );
  app.get('/exports/center-monthly-summary.xlsx', xlsxExport(dataSource, tokens, 'repairCenters.read', monthlySummaryFile));
  app.get('/exports/return-exchange-ledger.xlsx', xlsxExport(dataSource, tokens, 'complaints.read', ledgerFile));
  app.get('/exports/quality-report.xlsx', xlsxExport(dataSource, tokens, 'complaints.read', qualityReportFile));
  app.get('/exports/technician-scores.xlsx', xlsxExport(dataSource, tokens, 'scores.read', technicianScoresXlsx));
  app.get('/exports/technician-scores.csv', xlsxExport(dataSource, tokens, 'scores.read', technicianScoresCsv));
  app.get('/exports/parts-write-off.xlsx', xlsxExport(dataSource, tokens, 'parts.read', writeOffFile));
  if (explorer) serveExplorer(app, explorer);
  if (options.adminDist && existsSync(join(options.adminDist, 'index.html'))) {
    serveAdminApp(app, options.adminDist);
  }
  app.use(notFoundResponses);
  app.use(jsonErrorResponses);

  const httpServer: Server = createHttpServer(app);
  return {
    app,
    apiKeyUsage,
    listen: (port, host = '0.0.0.0') =>
      new Promise((resolve, reject) => {
        httpServer.once('error', reject);
        httpServer.listen(port, host, () => {
          const actual = (httpServer.address() as AddressInfo).port;
          resolve({ url: `http://localhost:${actual}`, port: actual });
        });
      }),
    async close() {
      await apollo.stop();
      await signInCache.stop();
      if (httpServer.listening) await new Promise<void>((resolve) => httpServer.close(() => resolve()));
      await apiKeyUsage.stop().catch((error: unknown) => console.warn('API key usage lost at shutdown:', error));
    },
  };
}
