import { LOANER_ACTIONS } from '@aftersales/domain';
import { Arg, Authorized, Ctx, FieldResolver, Mutation, Resolver, Root } from 'type-graphql';
import type { RequestContext } from '../common/request-context.js';
import { allowedWorkOrderCommands } from './work-order-commands.js';
import { LendLoanerInput, ReturnLoanerInput } from './work-order-loaner.input.js';
import { workOrderLoanerService } from './work-order-loaner.service.js';
import { loanerOf, WorkOrderLoaner, WorkOrderLoanerActionEnum } from './work-order-loaner.type.js';
import { WorkOrder } from './work-order.entity.js';

/** 备用机 on a work order: the same permission as the take-back it goes with (workOrders.record). */
@Resolver(() => WorkOrder)
export class WorkOrderLoanerResolver {
  @Authorized('workOrders.record')
  @Mutation(() => WorkOrder, { description: '借出备用机: only while the unit is taken back, one loan per work order; the customer signs' })
  lendLoaner(@Ctx() context: RequestContext, @Arg('input', () => LendLoanerInput) input: LendLoanerInput) {
    return workOrderLoanerService.lend(context, input);
  }

  @Authorized('workOrders.record')
  @Mutation(() => WorkOrder, { description: '收回备用机: needed before returnWorkOrderUnit (送回) while a loaner is out' })
  returnLoaner(@Ctx() context: RequestContext, @Arg('input', () => ReturnLoanerInput) input: ReturnLoanerInput) {
    return workOrderLoanerService.returnLoaner(context, input);
  }

  @FieldResolver(() => WorkOrderLoaner, { nullable: true, description: '备用机: null when none was lent' })
  loaner(@Root() order: WorkOrder) {
    return loanerOf(order);
  }

  @FieldResolver(() => [WorkOrderLoanerActionEnum], { description: 'The 备用机 steps this viewer may take now (LEND while taken back, RETURN while out)' })
  loanerActions(@Root() order: WorkOrder, @Ctx() context: RequestContext) {
    const allowed = allowedWorkOrderCommands(context, order);
    return LOANER_ACTIONS.filter((action) => allowed.includes(action === 'LEND' ? 'lendLoaner' : 'returnLoaner'));
  }
}
