// Complaints as the API returns them (docs/complaints-contract.md), for component tests.
import { COMPLAINT_LIFECYCLE, type ComplaintCommandContext, type Permission } from '@aftersales/domain';
import type { Viewer } from '../graphql/types';

const fuzhou = { __typename: 'Region', id: 'r1', code: 'FZ', name: '福州地区' };
const motorModel = { __typename: 'ProductModel', id: 'm1', code: 'Y2-132', name: 'Y2 系列三相异步电动机', category: { __typename: 'ProductCategory', id: 'c1', warrantyMonths: 12 } };
const deadline = (state: string, overdueMinutes: number | null, doneAt: string | null = null) => ({
  __typename: 'DeadlineSummary',
  due: '2026-06-02T01:30:00.000Z',
  doneAt,
  state,
  overdueMinutes,
});

/** A special case whose reply is a day late: first on the work list. */
export const overdueComplaint = {
  __typename: 'Complaint',
  id: 'cp-1',
  code: 'TS-2026-000001',
  version: 3,
  status: 'INVESTIGATING',
  receivedAt: '2026-05-20T01:30:00.000Z',
  customerName: '张先生',
  customerPhone: '13900000001',
  serialNumber: 'SN-0001',
  unknownSerial: false,
  model: motorModel,
  region: fuzhou,
  repairCenter: null as { id: string; code: string; name: string } | null,
  tier: 'MAJOR',
  specialCase: true,
  escalationFlagged: false,
  especiallyMajor: false,
  deadlines: { __typename: 'ComplaintDeadlines', overdue: true, firstResponse: deadline('MET', null, '2026-05-20T03:00:00.000Z'), reply: deadline('OVERDUE', 1500) },
};

/** Received this morning and not answered within five hours of its first-response deadline. */
export const lateFirstResponse = {
  ...overdueComplaint,
  id: 'cp-2',
  code: 'TS-2026-000002',
  status: 'RECEIVED',
  customerName: '李女士',
  serialNumber: 'SN-9999',
  unknownSerial: true,
  tier: 'MINOR',
  specialCase: false,
  deadlines: { __typename: 'ComplaintDeadlines', overdue: true, firstResponse: deadline('OVERDUE', 300), reply: deadline('PENDING', null) },
};

export const onTimeComplaint = {
  ...overdueComplaint,
  id: 'cp-3',
  code: 'TS-2026-000003',
  status: 'ACKNOWLEDGED',
  customerName: '王先生',
  tier: 'MINOR',
  specialCase: false,
  deadlines: { __typename: 'ComplaintDeadlines', overdue: false, firstResponse: deadline('MET', null, '2026-05-20T03:00:00.000Z'), reply: deadline('PENDING', null) },
};

const ANSWER_FIELDS = ['allowedActions', 'allowedTransitions', 'canReroute', 'canAgreeReplyExtension'] as const;
const instant = (value: unknown) => (typeof value === 'string' ? new Date(value) : null);

/** What the API answers `viewer` for this complaint: its command table, as complaint.resolver.ts asks it. */
function answersFor(viewer: Viewer, complaint: Record<string, any>) {
  const allowed = COMPLAINT_LIFECYCLE.allowedCommands(complaint.status, { permissions: viewer.permissions as Permission[] }, {
    complaint: {
      ...complaint,
      receivedAt: new Date(complaint.receivedAt),
      officeMeetingApprovedAt: instant(complaint.officeMeetingApprovedAt),
      repliedAt: instant(complaint.repliedAt),
      replyExtendedTo: instant(complaint.replyExtendedTo),
    } as ComplaintCommandContext['complaint'],
    reply: { now: new Date(), due: new Date(complaint.deadlines.reply.due), timeZone: 'Asia/Shanghai' },
  });
  return {
    allowedActions: allowed.map((command) => command.replace(/([a-z])([A-Z])/g, '$1_$2').toUpperCase()),
    allowedTransitions: allowed.flatMap((command) => COMPLAINT_LIFECYCLE.commands[command].to ?? []),
    canReroute: allowed.includes('reroute'),
    canAgreeReplyExtension: allowed.includes('agreeReplyExtension'),
  };
}

/**
 * The detail query's complaint: investigating, version 3. With a viewer, the allowed actions are
 * what the API's command table answers that viewer (an override of one of them still wins);
 * without, the viewer may determine responsibility or reject.
 */
export function complaintDetail(overrides: Record<string, unknown> = {}, viewer?: Viewer) {
  const answer = complaintFields(overrides);
  if (viewer) {
    Object.assign(answer.data.complaint, answersFor(viewer, answer.data.complaint), Object.fromEntries(ANSWER_FIELDS.filter((field) => field in overrides).map((field) => [field, overrides[field]])));
  }
  return answer;
}

function complaintFields(overrides: Record<string, unknown>) {
  return {
    data: {
      complaint: {
        ...overdueComplaint,
        minimumTier: 'MINOR',
        channel: 'PHONE',
        dealerName: null,
        customerAddress: '福州市鼓楼区五四路 10 号',
        productUnit: { __typename: 'ProductUnit', id: 'pu-1' },
        factoryDate: '2025-01-10',
        purchaseDate: '2025-03-01',
        component: null,
        mainFault: '电机运行异响',
        customerRequest: '更换电机',
        warranty: { __typename: 'WarrantyResult', status: 'IN_WARRANTY', endDate: '2026-03-01', months: 12, component: null },
        subject: 'PRODUCT_QUALITY',
        handlingDepartment: 'TECHNICAL',
        routingOverrideReason: null,
        faultCause: 'MANUFACTURING',
        qualityFault: true,
        serviceType: 'FREE',
        directLoss: '2500.00',
        responsibilityClear: true,
        officeMeetingApprovedAt: null,
        responsibility: [],
        resolutionKind: null,
        compensation: null,
        handlingCost: null,
        forwardedAt: null,
        forwardingUnit: null,
        penalties: [],
        capaRequests: [],
        visitRequests: [],
        specialCaseReason: '当地电视台曝光',
        firstRespondedAt: '2026-05-20T03:00:00.000Z',
        repliedAt: null,
        rejectionReason: null,
        deadlines: { ...overdueComplaint.deadlines, replySource: 'TIER', tierReplyDue: '2026-06-02T01:30:00.000Z', contractReplyDue: null },
        contractReplyTerm: false,
        replyExtendedTo: null,
        replyExtensionAgreedBy: null,
        replyExtensionAgreedAt: null,
        replyExtensionReason: null,
        allowedActions: [] as string[],
        allowedTransitions: ['RESPONSIBILITY_DETERMINED', 'REJECTED'],
        canReroute: false,
        canAgreeReplyExtension: false,
        timeline: [
          { __typename: 'ComplaintEvent', id: 'e1', at: '2026-05-20T01:30:00.000Z', actorName: '李客服', kind: 'REGISTERED', fromStatus: null, toStatus: 'RECEIVED', note: null },
          { __typename: 'ComplaintEvent', id: 'e2', at: '2026-05-20T03:00:00.000Z', actorName: '李客服', kind: 'TRANSITION', fromStatus: 'RECEIVED', toStatus: 'ACKNOWLEDGED', note: '已电话回复客户' },
          { __typename: 'ComplaintEvent', id: 'e3', at: '2026-05-21T02:00:00.000Z', actorName: '孙工', kind: 'TRANSITION', fromStatus: 'ACKNOWLEDGED', toStatus: 'INVESTIGATING', note: null },
        ],
        updatedAt: '2026-05-21T02:00:00.000Z',
        ...overrides,
      },
    },
  };
}

/** A serial head office knows, in warranty until 2027-03-01. */
export const knownSerialCheck = {
  data: {
    warrantyCheck: {
      __typename: 'WarrantyCheck',
      status: 'IN_WARRANTY',
      endDate: '2027-03-01',
      months: 24,
      component: null,
      productUnit: { __typename: 'ProductUnit', id: 'pu-1', serialNumber: 'SN-0001', factoryDate: '2025-01-10', purchaseDate: '2025-03-01', model: motorModel },
      model: motorModel,
    },
  },
};

/** What the registration form's selects load. */
export const registrationOptionHandlers = {
  RegionOptions: { data: { regions: { nodes: [fuzhou] } } },
  ProductModelOptions: { data: { productModels: { nodes: [motorModel] } } },
  RepairCenterOptions: { data: { repairCenters: { nodes: [{ id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' }] } } },
  ComplaintReplyTerm: { data: { complaintSettings: { contractReplyWorkingDays: 2 } } },
};
