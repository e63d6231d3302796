import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { SYSTEM_ACTOR } from '../auth/principal.js';
import { msg } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';
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

  @FieldResolver(() => Boolean, { description: 'Made by the system itself (a scheduled job), not by a person' })
  bySystem(@Root() change: CenterStatusChange): boolean {
    return change.actorName === SYSTEM_ACTOR.name;
  }

  @FieldResolver(() => String, { description: '操作人: the person’s name, or “system” in the request’s language' })
  actorName(@Root() change: CenterStatusChange, @Ctx() context: RequestContext): string {
    return change.actorName === SYSTEM_ACTOR.name ? translate(msg('apiCenterHistory.system'), context.language) : change.actorName;
  }
}
