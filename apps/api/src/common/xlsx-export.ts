import { hasPermission, inEnglish, type Permission } from '@aftersales/domain';
import type { Request, RequestHandler, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { authenticate } from '../auth/authenticate.js';
import type { SessionTokens } from '../auth/session-tokens.js';
import { appError, messageExtensions } from './app-error.js';
import { localizeErrors } from '../i18n/localize-errors.js';
import { responseLanguage } from '../i18n/response-language.js';
import { RETRY_AFTER_SECONDS } from './connection-errors.js';
import { toClientError } from './error-mapping.js';
import { createLoaders } from './loaders.js';
import { RequestContext } from './request-context.js';
import { msg } from '../i18n/message.js';

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  SERVICE_UNAVAILABLE: 503,
  TIMEOUT: 503,
};

export interface ExcelFile {
  fileName: string;
  content: Buffer;
  /** The workbook's by default; a CSV export sets text/csv. */
  contentType?: string;
}

/**
 * A GET download of a workbook with the same authentication, permissions and row-level security
 * as GraphQL; errors come back as `{ error: { code, message } }` with a matching HTTP status.
 */
export function xlsxExport(
  dataSource: DataSource,
  tokens: SessionTokens,
  permission: Permission,
  build: (context: RequestContext, query: Record<string, string>) => Promise<ExcelFile>,
): RequestHandler {
  return async (req: Request, res: Response) => {
    let context: RequestContext | null = null;
    try {
      const signedIn = await authenticate(req.headers.authorization, dataSource, tokens);
      context = new RequestContext(signedIn?.principal ?? null, dataSource, tokens, createLoaders);
      if (signedIn?.center) context.loaders.repairCenter.prime(signedIn.center.id, signedIn.center);
      const started = context;
      // A client that hangs up must not leave a long export running.
      res.once('close', () => void started.abandon());
      if (!hasPermission(context.requirePrincipal().role, permission)) {
        throw appError('FORBIDDEN', msg('apiCommon.youDoPermissionDo'));
      }
      const query = Object.fromEntries(Object.entries(req.query).map(([key, value]) => [key, String(value ?? '')]));
      const file = await build(context, query);
      await context.finish(true);
      res.status(200).type(file.contentType ?? 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet').attachment(file.fileName).send(file.content);
    } catch (error) {
      await context?.finish(false).catch(() => {});
      const clientError = toClientError(error);
      if (!clientError) console.error(error);
      const known = clientError instanceof GraphQLError ? clientError : null;
      const code = String(known?.extensions.code ?? 'INTERNAL_SERVER_ERROR');
      const language = responseLanguage(req.headers['accept-language']);
      const fallback = msg('apiCommon.somethingWentWrongServerPlease2');
      const [answer] = localizeErrors([known ?? { message: inEnglish(fallback), extensions: messageExtensions(fallback) }], language);
      if (code === 'SERVICE_UNAVAILABLE') res.set('retry-after', String(RETRY_AFTER_SECONDS));
      res.status(HTTP_STATUS[code] ?? 500).json({
        error: { code, message: answer!.message },
      });
    }
  };
}
