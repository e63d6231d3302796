import { Arg, Args, Authorized, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { ConnectionType, PageArgs, paginate } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { AuditEntry } from './audit-entry.entity.js';

const AuditEntryConnection = ConnectionType(AuditEntry, 'AuditEntry');

@InputType()
export class AuditFilter {
  @Field(() => String, { nullable: true, description: 'e.g. Region, ProductModel, User, ApiKey' })
  entityType?: string | null;

  @Field(() => String, { nullable: true })
  entityId?: string | null;

  @Field(() => Date, { nullable: true })
  from?: Date | null;

  @Field(() => Date, { nullable: true })
  to?: Date | null;
}

@Resolver(() => AuditEntry)
export class AuditResolver {
  @Authorized('audit.read')
  @Query(() => AuditEntryConnection, { description: '审计日志, newest first' })
  async auditLog(
    @Ctx() context: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter,
  ) {
    const manager = await context.manager();
    const query = manager.createQueryBuilder(AuditEntry, 'entry');
    if (filter?.entityType) query.andWhere('entry.entityType = :entityType', { entityType: filter.entityType });
    if (filter?.entityId) query.andWhere('entry.entityId = :entityId', { entityId: filter.entityId });
    if (filter?.from) query.andWhere('entry.at >= :from', { from: filter.from });
    if (filter?.to) query.andWhere('entry.at < :to', { to: filter.to });
    return paginate(query.orderBy('entry.at', 'DESC').addOrderBy('entry.id', 'DESC'), page);
  }
}
