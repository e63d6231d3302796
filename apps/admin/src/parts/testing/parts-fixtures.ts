// 三包 parts as the API returns them (docs/parts-contract.md), for the parts pages' component tests.
import { mayUseStockLocation, permissionsOf, type StockLocation } from '@aftersales/domain';
import type { Viewer } from '../../graphql/types';

export const commerceViewer: Viewer = {
  kind: 'USER',
  userId: 'u-commerce',
  username: 'commerce',
  displayName: '孙商务',
  role: 'COMMERCE',
  repairCenter: null,
  permissions: permissionsOf('COMMERCE'),
};

const gulou = { __typename: 'RepairCenter', id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' };
const bearing = { __typename: 'Part', id: 'p-1', partNumber: 'BRG-6205', name: '轴承' };
const winding = { __typename: 'Part', id: 'p-2', partNumber: 'WND-Y2', name: '定子绕组' };

export const partOptions = {
  data: {
    parts: {
      nodes: [
        { ...bearing, spec: '6205-2RS', unitCost: '35.50', wearPart: true, abcClass: 'C', active: true },
        { ...winding, spec: null, unitCost: '2600.00', wearPart: false, abcClass: 'A', active: true },
      ],
    },
  },
};

export const partsSettings = { data: { partsSettings: { __typename: 'PartsSettings', directorApprovalThreshold: '5000.00', scrapAppraisalThreshold: '200.00', localPurchaseQuoteCount: 3 } } };

export const factory = { __typename: 'StockLocation', key: 'FACTORY', kind: 'FACTORY', label: '制造单元', repairCenter: null };
export const headOffice = { __typename: 'StockLocation', key: 'HEAD_OFFICE', kind: 'HEAD_OFFICE', label: '客户服务部', repairCenter: null };
export const gulouStock = { __typename: 'StockLocation', key: 'CENTER:rc-1', kind: 'CENTER', label: 'FZ-01 福州鼓楼特约维修中心', repairCenter: gulou };
export const stockLocations = { data: { stockLocations: [factory, headOffice, gulouStock] } };

/** What the API lists for a viewer: the same domain rule (`mayUseStockLocation`) it answers with. */
export function stockLocationsFor(viewer: Viewer) {
  const stockViewer = { role: viewer.role ?? '', repairCenterId: viewer.repairCenter?.id ?? null };
  return { data: { stockLocations: [factory, headOffice, gulouStock].filter((location) => mayUseStockLocation(stockViewer, location.key as StockLocation)) } };
}

/** A repair requisition of the Gulou center for one unit, with the work order it belongs to. */
export const submittedRequisition = {
  __typename: 'PartsRequisition',
  id: 'rq-1',
  code: 'LY-2026-000001',
  version: 2,
  status: 'SUBMITTED',
  purpose: 'REPAIR',
  repairCenter: gulou as typeof gulou | null,
  destination: 'CENTER',
  workOrder: { __typename: 'WorkOrder', id: 'wo-1', code: 'PG-2026-000001' } as { __typename: string; id: string; code: string } | null,
  complaint: null as { __typename: string; id: string; code: string } | null,
  serialNumber: 'SN-0001' as string | null,
  value: '5271.00',
  pendingApprovals: ['CS_MANAGER', 'DIRECTOR'],
  requestedByName: '李客服',
  createdAt: '2026-05-18T02:00:00.000Z',
};

export const stockingDraft = {
  ...submittedRequisition,
  id: 'rq-2',
  code: 'LY-2026-000002',
  status: 'DRAFT',
  purpose: 'STOCKING',
  workOrder: null,
  serialNumber: null,
  value: '355.00',
  pendingApprovals: ['CS_MANAGER', 'DIRECTOR'],
};

const line = (overrides: Record<string, unknown>) => ({
  __typename: 'PartsRequisitionLine',
  id: 'ln-1',
  lineNo: 1,
  part: bearing,
  spec: '6205-2RS',
  requestedQuantity: 2,
  quantity: 2,
  unitCost: '35.50',
  value: '71.00',
  wearPart: true,
  shippedQuantity: 0,
  outstandingQuantity: 2,
  receivedQuantity: null as number | null,
  receiptDifference: null as number | null,
  receiptNote: null as string | null,
  productionOrderNumber: null as string | null,
  expectedOn: null as string | null,
  ...overrides,
});

export const bearingLine = line({});
export const windingLine = line({ id: 'ln-2', lineNo: 2, part: winding, spec: null, requestedQuantity: 2, quantity: 2, unitCost: '2600.00', value: '5200.00', wearPart: false, outstandingQuantity: 2 });

/** The detail query's requisition: submitted, worth more than the director's threshold. */
export function requisitionDetail(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      partsRequisition: {
        ...submittedRequisition,
        destinationAddress: null,
        warranty: { __typename: 'WarrantyResult', status: 'IN_WARRANTY', endDate: '2027-03-01' },
        note: null,
        lines: [bearingLine, windingLine],
        requiredApprovals: ['CS_MANAGER', 'DIRECTOR'],
        approvals: [] as unknown[],
        shipments: [] as unknown[],
        submittedAt: '2026-05-18T02:10:00.000Z',
        approvedAt: null,
        rejectedAt: null,
        shippedAt: null,
        receivedAt: null,
        closedAt: null,
        rejectionReason: null,
        receivedByName: null,
        writeOff: null,
        allowedActions: [] as string[],
        updatedAt: '2026-05-18T02:10:00.000Z',
        ...overrides,
      },
    },
  };
}

export const managerApproval = { __typename: 'RequisitionApproval', approverRole: 'CS_MANAGER', decision: 'APPROVED', decidedByName: '赵部长', note: '核减绕组 1 件', decidedAt: '2026-05-18T03:00:00.000Z' };

export const changedRequisition = (name: string, status: string, version = 3) => ({ data: { [name]: { __typename: 'PartsRequisition', id: 'rq-1', version, status, updatedAt: '2026-05-18T04:00:00.000Z' } } });

/** What the requisition pages' pickers load. */
export const requisitionOptionHandlers = {
  PartsDeskPartOptions: partOptions,
  PartsSettings: partsSettings,
  RepairCenterOptions: { data: { repairCenters: { nodes: [gulou] } } },
  RequisitionWorkOrderOptions: {
    data: {
      workOrders: {
        nodes: [
          { __typename: 'WorkOrder', id: 'wo-1', code: 'PG-2026-000001', serialNumber: 'SN-0001', customerName: '张先生', warrantyStatus: 'IN_WARRANTY', repairCenter: gulou },
          { __typename: 'WorkOrder', id: 'wo-5', code: 'PG-2026-000005', serialNumber: 'SN-0005', customerName: '刘女士', warrantyStatus: 'EXPIRED', repairCenter: gulou },
        ],
      },
    },
  },
  RequisitionComplaintOptions: { data: { complaints: { nodes: [] } } },
};

export const bearingLevel = { __typename: 'StockLevel', location: gulouStock, part: { ...bearing, unitCost: '35.50' }, onHand: 8, abcClass: 'C', control: 'SIMPLE', oldPartsHeld: 2 };
export const windingLevel = { __typename: 'StockLevel', location: factory, part: { ...winding, unitCost: '2600.00' }, onHand: 3, abcClass: 'A', control: 'TIGHT', oldPartsHeld: 0 };

const movement = (overrides: Record<string, unknown>) => ({
  __typename: 'StockMovement',
  id: 'mv-1',
  at: '2026-05-20T02:00:00.000Z',
  kind: 'SHIP',
  source: null as string | null,
  part: bearing,
  quantity: 2,
  from: factory as typeof factory | typeof gulouStock | null,
  to: gulouStock as typeof factory | typeof gulouStock | null,
  cost: '71.00' as string | null,
  reason: null as string | null,
  reasonCode: null as string | null,
  actorName: '孙商务',
  requisition: { __typename: 'PartsRequisition', id: 'rq-1', code: 'LY-2026-000001' } as unknown,
  workOrder: null as unknown,
  localPurchase: null as unknown,
  writeOff: null as unknown,
  appraisal: null as unknown,
  ...overrides,
});

export const shipMovement = movement({});
export const usageMovement = movement({ id: 'mv-2', reasonCode: 'REPLACEMENT', reason: 'Part replaced under the work order', at: '2026-05-21T02:00:00.000Z', kind: 'OUT', quantity: 1, from: gulouStock, to: null, cost: '35.50', requisition: null, workOrder: { __typename: 'WorkOrder', id: 'wo-1', code: 'PG-2026-000001' }, actorName: '陈师傅' });
export const scrapMovement = movement({
  id: 'mv-3',
  kind: 'SCRAP',
  part: winding,
  quantity: 1,
  from: factory,
  to: null,
  cost: '2600.00',
  reason: '运输损坏',
  requisition: null,
  appraisal: { __typename: 'ScrapAppraisal', opinion: '绕组烧毁，无法修复', appraisers: ['王工', '李工'], approvedBy: '周厂长' },
});

const writeOffLine = (overrides: Record<string, unknown>) => ({
  __typename: 'WriteOffLine',
  part: bearing,
  received: 10,
  used: 6,
  scrapped: 0,
  transferredOut: 0,
  onHandAtStart: 2,
  onHandAtEnd: 6,
  onHandChange: 4,
  oldPartsReturned: 6,
  oldPartsHeld: 0,
  oldPartsWrittenOff: 0,
  stockDifference: 0,
  oldPartDifference: 0,
  explanation: null as string | null,
  blocking: false,
  ...overrides,
});

/** The Gulou center's Q1: the bearing reconciles, the winding is one piece short and one old part missing. */
export function writeOffDetail(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      partsWriteOff: {
        __typename: 'PartsWriteOff',
        id: 'wo-q1',
        code: 'HX-2026-Q1-FZ-01',
        version: 4,
        repairCenter: gulou,
        quarter: '2026-Q1',
        status: 'OPEN',
        openedByName: '李客服',
        closedByName: null as string | null,
        closedAt: null as string | null,
        createdAt: '2026-04-02T02:00:00.000Z',
        lines: [
          writeOffLine({}),
          writeOffLine({ part: winding, received: 3, used: 1, onHandAtStart: 0, onHandAtEnd: 1, onHandChange: 1, oldPartsReturned: 0, oldPartsHeld: 1, stockDifference: 1, oldPartDifference: 1, blocking: true }),
        ],
        canClose: false,
        blockingPartIds: ['p-2'],
        // What the API offers CS on an OPEN one whose difference is unexplained: no CLOSE yet.
        allowedActions: ['RECORD_COUNTS', 'RETURN_OLD_PARTS'],
        requisitions: [{ __typename: 'PartsRequisition', id: 'rq-1', code: 'LY-2026-000001', status: 'RECEIVED', receivedAt: '2026-02-10T02:00:00.000Z', value: '5271.00' }],
        oldPartReturns: [] as unknown[],
        ...overrides,
      },
    },
  };
}
