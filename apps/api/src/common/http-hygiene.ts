import type { ErrorRequestHandler, RequestHandler } from 'express';
import helmet from 'helmet';
import { responseLanguage } from '../i18n/response-language.js';
import type { Message } from '@aftersales/domain';
import { msg } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';
import { messageExtensions } from './app-error.js';

/**
 * Security headers for every response, the admin app's pages and the API's alike. The built admin
 * app loads only its own files (no inline scripts or styles; urql fetches same-origin /graphql),
 * so the content security policy allows nothing else; `data:` is the favicon.
 */
export function securityHeaders(): RequestHandler {
  return helmet({
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        baseUri: ["'self'"],
        connectSrc: ["'self'"],
        fontSrc: ["'self'", 'data:'],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
        imgSrc: ["'self'", 'data:'],
        objectSrc: ["'none'"],
        scriptSrc: ["'self'"],
        scriptSrcAttr: ["'none'"],
        styleSrc: ["'self'"],
        // No upgrade-insecure-requests: on a plain-HTTP intranet address it would send the app's own
        // requests to an https:// that does not answer.
      },
    },
    frameguard: { action: 'deny' },
    referrerPolicy: { policy: 'no-referrer' },
    // Browsers heed it only over HTTPS; other hosts of the company's domain may still be plain HTTP.
    strictTransportSecurity: { maxAge: 180 * 24 * 60 * 60, includeSubDomains: false },
  });
}

interface HttpError {
  status?: number;
  statusCode?: number;
  type?: string;
  limit?: number;
}

/** An address the API does not serve: JSON like every other refusal, not Express's HTML page. */
export const notFoundResponses: RequestHandler = (req, res) => {
  const language = responseLanguage(req.headers['accept-language']);
  const message = msg('apiCommon.thereNothingAddressGraphqlGraphql');
  res.status(404).json({ errors: [{ message: translate(message, language), extensions: { code: 'NOT_FOUND', ...messageExtensions(message) } }] });
};

/**
 * The last error handler: what a route or body-parser failed with becomes a JSON answer shaped like
 * a GraphQL error response (the admin app and partners read one format), with the right status and
 * never a stack trace (Express's own handler sends an HTML page with the stack outside production).
 */
export const jsonErrorResponses: ErrorRequestHandler = (error: HttpError, req, res, next) => {
  if (res.headersSent) return next(error);
  const status = error.status ?? error.statusCode ?? 500;
  const { code, message } = describe(error, status);
  if (status >= 500) console.error(error);
  const language = responseLanguage(req.headers['accept-language']);
  res
    .status(status >= 400 && status < 600 ? status : 500)
    .json({ errors: [{ message: translate(message, language), extensions: { code, ...messageExtensions(message) } }] });
};

function describe(error: HttpError, status: number): { code: string; message: Message } {
  switch (error.type) {
    case 'entity.parse.failed':
      return { code: 'BAD_REQUEST', message: msg('apiCommon.requestBodyValidJson') };
    case 'entity.too.large':
      return { code: 'PAYLOAD_TOO_LARGE', message: msg('apiCommon.requestBodyLargerThanLimit', { limit: Math.floor((error.limit ?? 0) / 1024) }) };
  }
  if (status >= 400 && status < 500) return { code: 'BAD_REQUEST', message: msg('apiCommon.requestCouldReadCheckHeaders') };
  return { code: 'INTERNAL_SERVER_ERROR', message: msg('apiCommon.somethingWentWrongServerPlease2') };
}
