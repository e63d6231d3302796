import { effectiveCenterStatus } from '@aftersales/domain';
import type { Request, Response } from 'express';
import { GraphQLError } from 'graphql';
import type { DataSource } from 'typeorm';
import { authenticate } from '../auth/authenticate.js';
import type { SessionTokens } from '../auth/session-tokens.js';
import { toClientError } from '../common/error-mapping.js';
import { appError } from '../common/app-error.js';
import { createLoaders } from '../common/loaders.js';
import { RequestContext } from '../common/request-context.js';
import { hasPermission } from '@aftersales/domain';
import { monthlySummaryService } from './monthly-summary.service.js';
import { monthlySummaryWorkbook } from './monthly-summary.xlsx.js';

const HTTP_STATUS: Record<string, number> = {
  BAD_USER_INPUT: 400,
  UNAUTHENTICATED: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
};

/** GET /exports/center-monthly-summary.xlsx?repairCenterId=…&month=YYYY-MM, same auth and isolation as GraphQL. */
export function monthlySummaryExport(dataSource: DataSource, tokens: SessionTokens) {
  return async (req: Request, res: Response) => {
    let context: RequestContext | null = null;
    try {
      const principal = await authenticate(req.headers.authorization, dataSource, tokens);
      context = new RequestContext(principal, dataSource, tokens, createLoaders);
      const viewer = context.requirePrincipal();
      if (!hasPermission(viewer.role, 'repairCenters.read')) throw appError('FORBIDDEN', 'You do not have permission to do this.');
      const repairCenterId = String(req.query.repairCenterId ?? '');
      const month = String(req.query.month ?? '');
      const summary = await monthlySummaryService.summarize(context, repairCenterId, month);
      const status = effectiveCenterStatus(summary.repairCenter, await context.loaders.today());
      const file = await monthlySummaryWorkbook(summary, status);
      await context.finish(true);
      res
        .status(200)
        .type('application/vnd.openxmlformats-officedocument.spreadsheetml.sheet')
        .attachment(`维修中心月度汇总-${summary.repairCenter.code}-${month}.xlsx`)
        .send(file);
    } catch (error) {
      await context?.finish(false).catch(() => {});
      const clientError = toClientError(error);
      if (!clientError) console.error(error);
      const known = clientError instanceof GraphQLError ? clientError : null;
      const code = String(known?.extensions.code ?? 'INTERNAL_SERVER_ERROR');
      res.status(HTTP_STATUS[code] ?? 500).json({
        error: { code, message: known?.message ?? 'Something went wrong on the server. Please try again.' },
      });
    }
  };
}
