// Work orders and surveys as the API returns them (docs/work-orders-contract.md), for component tests.
import { type CommandedWorkOrder, type Permission, permissionsOf, WORK_ORDER_LIFECYCLE } from '@aftersales/domain';
import type { Viewer } from '../graphql/types';

export const supervisorViewer: Viewer = {
  kind: 'USER',
  userId: 'u-supervisor',
  username: 'supervisor',
  displayName: '吴主管',
  role: 'SUPERVISOR',
  repairCenter: null,
  permissions: permissionsOf('SUPERVISOR'),
};

export const hrViewer: Viewer = {
  kind: 'USER',
  userId: 'u-hr',
  username: 'hr',
  displayName: '郑人事',
  role: 'HR',
  repairCenter: null,
  permissions: permissionsOf('HR'),
};

const fuzhou = { __typename: 'Region', id: 'r1', code: 'FZ', name: '福州地区' };
const motorModel = { __typename: 'ProductModel', id: 'm1', code: 'Y2-132', name: 'Y2 系列三相异步电动机' };
const gulouCenter = { __typename: 'RepairCenter', id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' };
export const technicianLin = { __typename: 'Technician', id: 't-1', code: 'T001', name: '林师傅' };

/** Called two days ago and still waiting: dispatched first, and long past its arrival deadline. */
export const carriedOverCall = {
  __typename: 'WorkOrder',
  id: 'wo-1',
  code: 'PG-2026-000001',
  version: 1,
  status: 'CALLED',
  source: 'CALL',
  calledAt: '2026-05-18T01:00:00.000Z',
  areaType: 'URBAN',
  customerName: '张先生',
  customerPhone: '13900000001',
  customerAddress: '福州市鼓楼区五四路 10 号',
  serialNumber: 'SN-0001',
  model: motorModel,
  faultCode: 'E01',
  faultDescription: '电机不转',
  serviceType: 'FREE',
  region: fuzhou,
  repairCenter: gulouCenter as typeof gulouCenter | null,
  technician: null as typeof technicianLin | null,
  arrivalDueAt: '2026-05-18T07:00:00.000Z',
  arrivedAt: null as string | null,
  minutesLate: null as number | null,
  carriedOver: true,
  loaner: null as Record<string, unknown> | null,
};

/** Called today, not yet due. */
export const todaysCall = {
  ...carriedOverCall,
  id: 'wo-2',
  code: 'PG-2026-000002',
  calledAt: '2999-01-01T01:00:00.000Z',
  customerName: '李女士',
  serialNumber: 'SN-0002',
  serviceType: 'PAID',
  repairCenter: null,
  areaType: 'SUBURBAN',
  arrivalDueAt: '2999-01-01T08:00:00.000Z',
  carriedOver: false,
};

/** Arrived 90 minutes after its deadline. */
export const lateArrival = {
  ...carriedOverCall,
  id: 'wo-3',
  code: 'PG-2026-000003',
  status: 'ARRIVED',
  customerName: '王先生',
  technician: technicianLin,
  arrivedAt: '2026-05-18T08:30:00.000Z',
  minutesLate: 90,
  carriedOver: false,
};

const ANSWER_FIELDS = ['allowedActions', 'allowedTransitions', 'loanerActions'] as const;
const instant = (value: unknown) => (typeof value === 'string' ? new Date(value) : null);

/** What the API answers `viewer` for this order: its command table, as work-order.resolver.ts asks it. */
function answersFor(viewer: Viewer, order: Record<string, any>) {
  const facts = { ...order, loanerLentAt: instant(order.loaner?.lentAt), loanerReturnedAt: instant(order.loaner?.returnedAt) } as CommandedWorkOrder;
  const allowed = WORK_ORDER_LIFECYCLE.allowedCommands(order.status, { permissions: viewer.permissions as Permission[] }, facts);
  return {
    allowedActions: allowed.map((command) => command.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()),
    allowedTransitions: allowed.flatMap((command) => WORK_ORDER_LIFECYCLE.commands[command].to ?? []),
    loanerActions: [...(allowed.includes('lendLoaner') ? ['LEND'] : []), ...(allowed.includes('returnLoaner') ? ['RETURN'] : [])],
  };
}

/**
 * The detail query's order: arrived late, a paid service whose fee was shown, to be completed.
 * With a viewer, the allowed actions are what the API's command table answers that viewer (an
 * override of one of them still wins); without, the next states are COMPLETED and TAKEN_BACK.
 */
export function workOrderDetail(overrides: Record<string, unknown> = {}, viewer?: Viewer) {
  const answer = workOrderFields(overrides);
  if (viewer) {
    Object.assign(answer.data.workOrder, answersFor(viewer, answer.data.workOrder), Object.fromEntries(ANSWER_FIELDS.filter((field) => field in overrides).map((field) => [field, overrides[field]])));
  }
  return answer;
}

function workOrderFields(overrides: Record<string, unknown>) {
  return {
    data: {
      workOrder: {
        ...lateArrival,
        serviceType: 'PAID',
        version: 4,
        complaint: null,
        productUnit: { __typename: 'ProductUnit', id: 'pu-1' },
        warrantyStatus: 'EXPIRED',
        maintenanceContract: null,
        dispatchedAt: '2026-05-18T02:00:00.000Z',
        dispatchedByName: '吴主管',
        outcome: null,
        labourHours: null,
        customerSignedName: null,
        customerSignedAt: null,
        receiptNumber: null,
        takenBackAt: null,
        returnedAt: null,
        receiptVoided: false,
        fee: {
          __typename: 'PaidServiceFee',
          labourHours: 1.5,
          hourlyRate: '80.00',
          labour: '120.00',
          parts: [{ __typename: 'PaidServicePartLine', part: { __typename: 'Part', id: 'p-1', name: '轴承' }, partNumber: 'BRG-6205', quantity: 2, unitCost: '35.50', amount: '71.00' }],
          partsTotal: '71.00',
          total: '191.00',
        },
        feeShownAt: '2026-05-18T08:40:00.000Z',
        completedAt: null,
        firstTimeFix: null,
        repeatedBy: null,
        repeatOf: [],
        cancelledAt: null,
        reason: null,
        survey: null,
        allowedActions: [] as string[],
        allowedTransitions: ['COMPLETED', 'TAKEN_BACK'],
        loanerActions: [] as string[],
        createdAt: '2026-05-18T01:00:00.000Z',
        updatedAt: '2026-05-18T08:40:00.000Z',
        ...overrides,
      },
    },
  };
}

/** A dispatchable technician of the order's center, one whose certificate lapsed, and head office's own. */
export const dispatchCandidates = {
  data: {
    technicians: {
      nodes: [
        { ...technicianLin, repairCenter: gulouCenter, certificateValid: true, dispatchable: true, active: true },
        { __typename: 'Technician', id: 't-2', code: 'T002', name: '陈师傅', repairCenter: gulouCenter, certificateValid: false, dispatchable: false, active: true },
        { __typename: 'Technician', id: 't-3', code: 'T003', name: '黄工', repairCenter: null, certificateValid: true, dispatchable: true, active: true },
      ],
    },
  },
};

/** What the list's filters load. */
export const workOrderOptionHandlers = {
  RepairCenterOptions: { data: { repairCenters: { nodes: [gulouCenter] } } },
  WorkOrderTechnicianOptions: { data: { technicians: { nodes: [technicianLin] } } },
};

const surveyWorkOrder = { __typename: 'WorkOrder', id: 'wo-9', code: 'PG-2026-000009', customerName: '赵女士', customerPhone: '13700000009', completedAt: '2026-05-19T06:00:00.000Z' };

export const pendingSurvey = {
  __typename: 'Survey',
  id: 'sv-1',
  status: 'PENDING',
  channel: null as string | null,
  attitude: null as number | null,
  skill: null as number | null,
  arrivalTime: null as number | null,
  promisesHandled: null as number | null,
  comments: null as string | null,
  customerComplaint: null as string | null,
  complaint: null as { __typename: string; id: string; code: string } | null,
  respondedAt: null as string | null,
  enteredByName: null as string | null,
  linkExpiresAt: null as string | null,
  createdAt: '2026-05-19T06:00:00.000Z',
  technician: technicianLin,
  workOrder: surveyWorkOrder,
};

/** Answered by the customer's link, with a complaint not yet opened. */
export const respondedSurvey = {
  ...pendingSurvey,
  id: 'sv-2',
  status: 'RESPONDED',
  channel: 'LINK',
  attitude: 4,
  skill: 3,
  arrivalTime: 1,
  promisesHandled: null,
  customerComplaint: '技术员迟到两小时',
  respondedAt: '2026-05-20T02:00:00.000Z',
  workOrder: { ...surveyWorkOrder, id: 'wo-8', code: 'PG-2026-000008', customerName: '钱先生' },
};
