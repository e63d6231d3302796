import { Field, InputType, ObjectType } from 'type-graphql';
import { Column } from 'typeorm';
import { IsCode, IsName } from './input-rules.js';
import { RecordBase } from './timestamps.js';

/** Records people refer to by a short code and a name (regions, categories, models, centers). */
@ObjectType()
export abstract class CodedRecord extends RecordBase {
  @Field(() => String)
  @Column({ type: 'text' })
  code: string;

  @Field(() => String)
  @Column({ type: 'text' })
  name: string;
}

/** The same, deactivated instead of deleted. */
@ObjectType()
export abstract class ActivatableCodedRecord extends CodedRecord {
  @Field(() => Boolean)
  @Column({ type: 'boolean', default: true })
  active: boolean;
}

@InputType()
export abstract class CodedInput {
  @Field(() => String)
  @IsCode()
  code: string;

  @Field(() => String)
  @IsName()
  name: string;
}
