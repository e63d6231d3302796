import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { ComplaintEvent } from './complaint-event.entity.js';
import { type CodedComplaintNote, describeComplaintNote } from './complaint-notes.js';

@Resolver(() => ComplaintEvent)
export class ComplaintEventResolver {
  @FieldResolver(() => String, { nullable: true, description: '说明: a person’s words as typed, or the system’s coded note (noteCode) in the request’s language (Accept-Language)' })
  note(@Root() event: ComplaintEvent, @Ctx() context: RequestContext): string | null {
    if (!event.noteCode) return event.note;
    return describeComplaintNote({ code: event.noteCode, values: event.noteValues ?? {} } as CodedComplaintNote, context.language);
  }
}
