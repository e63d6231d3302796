import { Authorized, Ctx, Query, Resolver } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { InboxItem } from './inbox-item.type.js';
import { inboxService } from './inbox.service.js';

@Resolver(() => InboxItem)
export class InboxResolver {
  @Authorized()
  @Query(() => [InboxItem], { description: '待办: what waits for the viewer’s role, each with the list and filter that show it' })
  myInbox(@Ctx() context: RequestContext): Promise<InboxItem[]> {
    return inboxService.myInbox(context);
  }
}
