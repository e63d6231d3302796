import { paginate, type PageArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { AuditEntry } from './audit-entry.entity.js';

export interface AuditLogFilter {
  entityType?: string | null;
  entityId?: string | null;
  from?: Date | null;
  to?: Date | null;
}

export const auditLogService = {
  /** 审计日志, newest first, optionally of one record or one kind of record, within a time range. */
  async list(context: RequestContext, page: PageArgs, filter: AuditLogFilter = {}) {
    const manager = await context.manager();
    const query = manager.createQueryBuilder(AuditEntry, 'entry');
    if (filter.entityType) query.andWhere('entry.entityType = :entityType', { entityType: filter.entityType });
    if (filter.entityId) query.andWhere('entry.entityId = :entityId', { entityId: filter.entityId });
    if (filter.from) query.andWhere('entry.at >= :from', { from: filter.from });
    if (filter.to) query.andWhere('entry.at < :to', { to: filter.to });
    return paginate(query.orderBy('entry.at', 'DESC').addOrderBy('entry.id', 'DESC'), page);
  },
};
