import { Ctx, Field, FieldResolver, Float, Int, ObjectType, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { MoneyScalar } from '../common/scalars.js';
import { Part } from '../reference-data/parts/part.entity.js';

@ObjectType({ description: '收费标准 One part on the fee schedule, at cost' })
export class PaidServicePartLine {
  partId: string;

  @Field(() => String, { description: '配件编号 as shown' })
  partNumber: string;

  @Field(() => Int)
  quantity: number;

  @Field(() => MoneyScalar, { description: 'Unit cost when the fee was shown' })
  unitCost: number;

  @Field(() => MoneyScalar)
  amount: number;
}

@ObjectType({ description: '收费标准 The paid-service fee shown before the work: labour plus parts at cost' })
export class PaidServiceFee {
  @Field(() => Float)
  labourHours: number;

  @Field(() => MoneyScalar)
  hourlyRate: number;

  @Field(() => MoneyScalar, { description: '工时费' })
  labour: number;

  @Field(() => [PaidServicePartLine])
  parts: PaidServicePartLine[];

  @Field(() => MoneyScalar, { description: '配件费' })
  partsTotal: number;

  @Field(() => MoneyScalar)
  total: number;
}

@Resolver(() => PaidServicePartLine)
export class PaidServicePartLineResolver {
  @FieldResolver(() => Part, { nullable: true })
  part(@Root() line: PaidServicePartLine, @Ctx() context: RequestContext) {
    return context.loaders.part.load(line.partId);
  }
}
