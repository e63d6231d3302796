import { Field, InputType } from 'type-graphql';

@InputType()
export abstract class ReferenceFilter {
  @Field(() => String, { nullable: true, description: 'Matches code/number or name, case-insensitive' })
  search?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Also list deactivated records' })
  includeInactive?: boolean | null;
}
