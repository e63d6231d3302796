import { LOANER_ACTIONS, LOANER_STATES, loanerState, type LoanerState } from '@aftersales/domain';
import { Field, ObjectType } from 'type-graphql';
import { graphQLEnum } from '../common/graphql-enum.js';
import type { WorkOrder } from './work-order.entity.js';

export const WorkOrderLoanerStateEnum = graphQLEnum(
  LOANER_STATES,
  'WorkOrderLoanerState',
  '备用机状态: NONE 未借出, OUT 借出未还 (备用机未还), RETURNED 已收回',
);
export const WorkOrderLoanerActionEnum = graphQLEnum(LOANER_ACTIONS, 'WorkOrderLoanerAction', '备用机操作: LEND 借出备用机, RETURN 收回备用机');

/** The loan as the work order's columns hold it; null on the order when none was lent. */
@ObjectType({ description: '备用机 Loaner unit lent to the customer while their unit is taken back (000 §6)' })
export class WorkOrderLoaner {
  @Field(() => WorkOrderLoanerStateEnum, { description: 'OUT: the customer still has it (备用机未还); RETURNED: back' })
  state: LoanerState;

  @Field(() => String, { description: '备用机出厂编号或说明' })
  description: string;

  @Field(() => Date, { description: '借出时间' })
  lentAt: Date;

  @Field(() => String, { description: '客户签字 (the name the customer signed with for the loaner)' })
  signature: string;

  @Field(() => Date, { nullable: true, description: '收回时间' })
  returnedAt: Date | null;

  @Field(() => String, { nullable: true, description: '收回人 (who recorded the loaner back)' })
  returnedByName: string | null;
}

export function loanerOf(order: WorkOrder): WorkOrderLoaner | null {
  if (!order.loanerLentAt) return null;
  return {
    state: loanerState(order),
    description: order.loanerDescription ?? '',
    lentAt: order.loanerLentAt,
    signature: order.loanerLentSignature ?? '',
    returnedAt: order.loanerReturnedAt,
    returnedByName: order.loanerReturnedByName,
  };
}
