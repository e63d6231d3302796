import { Arg, Args, Authorized, Ctx, Field, InputType, Query, Resolver } from 'type-graphql';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { AuditEntry } from './audit-entry.entity.js';
import { auditLogService } from './audit-log.service.js';

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
  auditLog(
    @Ctx() context: RequestContext,
    @Args(() => PageArgs) page: PageArgs,
    @Arg('filter', () => AuditFilter, { nullable: true }) filter?: AuditFilter,
  ) {
    return auditLogService.list(context, page, filter ?? {});
  }
}
