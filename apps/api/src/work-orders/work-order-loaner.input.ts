import { Field, InputType } from 'type-graphql';
import { WorkOrderChange } from './work-order.input.js';

/* Required texts and their lengths are the domain's rule (loaner.ts), which names every field at once. */

@InputType({ description: '借出备用机: while the unit is taken back; the customer signs for the loaner (000 §6)' })
export class LendLoanerInput extends WorkOrderChange {
  @Field(() => String, { description: '备用机出厂编号或说明, at most 200 characters' })
  description: string;

  @Field(() => Date, { description: '借出时间: not before the take-back, not in the future' })
  lentAt: Date;

  @Field(() => String, { description: '客户签字 (the name the customer signed with)' })
  signature: string;
}

@InputType({ description: '收回备用机: the loaner is back; required before the repaired unit is returned' })
export class ReturnLoanerInput extends WorkOrderChange {
  @Field(() => Date, { description: '收回时间: not before it was lent, not in the future' })
  returnedAt: Date;
}
