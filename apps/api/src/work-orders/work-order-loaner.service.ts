import { assertCanLendLoaner, assertCanReturnLoaner } from '@aftersales/domain';
import type { RequestContext } from '../common/request-context.js';
import { changeWorkOrder } from './work-order-changes.js';
import { assertWorkOrderCommand } from './work-order-commands.js';
import type { WorkOrder } from './work-order.entity.js';
import type { LendLoanerInput, ReturnLoanerInput } from './work-order-loaner.input.js';
import { assertMoment } from './work-order.service.js';
import { msg } from '../i18n/message.js';

/**
 * 备用机 (000 §6): lending and taking back the loaner are changes to the work order like any
 * other step, under its version and audited, in one transaction (changeWorkOrder). The rules are
 * the domain's; the unit's return checks the loaner is back (work-order.service.ts returnUnit).
 */
export const workOrderLoanerService = {
  lend(context: RequestContext, input: LendLoanerInput): Promise<WorkOrder> {
    return changeWorkOrder(context, input.id, input.version, 'lendLoaner', 'LEND_LOANER', (order) => {
      const { description, signature } = assertCanLendLoaner(order, input);
      assertWorkOrderCommand(context, 'lendLoaner', order);
      assertMoment(input.lentAt, 'lentAt', order.takenBackAt, msg('apiWorkOrders.takeBack'));
      Object.assign(order, { loanerDescription: description, loanerLentAt: input.lentAt, loanerLentSignature: signature });
    });
  },

  /** Who received it back is the person recording it, as the dispatcher's name is on a dispatch. */
  returnLoaner(context: RequestContext, input: ReturnLoanerInput): Promise<WorkOrder> {
    const principal = context.requirePrincipal();
    return changeWorkOrder(context, input.id, input.version, 'returnLoaner', 'RETURN_LOANER', (order) => {
      assertCanReturnLoaner(order);
      assertWorkOrderCommand(context, 'returnLoaner', order);
      assertMoment(input.returnedAt, 'returnedAt', order.loanerLentAt, msg('apiWorkOrders.theLoan'));
      Object.assign(order, { loanerReturnedAt: input.returnedAt, loanerReturnedByName: principal.displayName });
    });
  },
};
