import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { CenterStatusChange } from './center-status-change.entity.js';
import { describeReason } from './center-status-reasons.js';

@Resolver(() => CenterStatusChange)
export class CenterStatusChangeResolver {
  @FieldResolver(() => String, { description: '原因: a person’s words as typed, or the system’s coded reason in the request’s language (Accept-Language)' })
  reason(@Root() change: CenterStatusChange, @Ctx() context: RequestContext): string {
    if (!change.reasonCode) return change.reason ?? '';
    return describeReason({ code: change.reasonCode, deadline: change.reasonDeadline, items: change.reasonItems }, context.language);
  }
}
