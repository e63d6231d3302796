// Repair centers, technicians and assessments as the API returns them, for component tests.

const fuzhouRegion = { __typename: 'Region', id: 'r1', code: 'FZ', name: '福州地区' };
const motor = { __typename: 'ProductCategory', id: 'c1', code: 'MOTOR', name: '电动机', nameEn: 'Motor' };

export const activeCenter = {
  __typename: 'RepairCenter',
  id: 'rc-1',
  code: 'FZ-01',
  name: '福州鼓楼特约维修中心',
  region: fuzhouRegion,
  address: '福州市鼓楼区五四路 1 号',
  contactName: '陈师傅',
  phone: '0591-88880001',
  agreementNumber: 'HT-2026-001',
  agreementValidFrom: '2026-01-01',
  agreementValidTo: '2026-12-31',
  agreementDaysLeft: 200,
  categories: [motor],
  notes: null,
  status: 'ACTIVE',
  recordedStatus: 'ACTIVE',
  rectificationDeadline: null as string | null,
  canReceiveWork: true,
  updatedAt: '2026-01-01T00:00:00Z',
};

export const rectifyingCenter = {
  ...activeCenter,
  id: 'rc-2',
  code: 'XM-01',
  name: '厦门思明特约维修中心',
  agreementNumber: 'HT-2026-002',
  agreementValidTo: '2026-07-10',
  agreementDaysLeft: 12,
  status: 'RECTIFYING',
  recordedStatus: 'RECTIFYING',
  rectificationDeadline: '2026-07-30',
  canReceiveWork: false,
};

export const expiredCenter = {
  ...activeCenter,
  id: 'rc-3',
  code: 'QZ-01',
  name: '泉州丰泽特约维修中心',
  agreementNumber: 'HT-2025-003',
  agreementValidTo: '2026-05-31',
  agreementDaysLeft: -5,
  status: 'EXPIRED',
  canReceiveWork: false,
};

export const technician = {
  __typename: 'Technician',
  id: 't1',
  code: 'T-001',
  name: '林师傅',
  phone: '13800000001',
  repairCenter: { __typename: 'RepairCenter', id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' },
  skills: [motor],
  certificateNumber: 'ZG-1001',
  certificateExpiresOn: '2027-03-31',
  certificateValid: true,
  dispatchable: true,
  active: true,
  updatedAt: '2026-01-01T00:00:00Z',
};

export const headOfficeTechnician = {
  ...technician,
  id: 't2',
  code: 'T-900',
  name: '王工',
  repairCenter: null,
  certificateNumber: 'ZG-0900',
  certificateExpiresOn: '2026-01-31',
  certificateValid: false,
  dispatchable: false,
};

export const passedAssessment = {
  __typename: 'CenterAssessment',
  id: 'a1',
  kind: 'PERIODIC',
  assessedOn: '2026-03-15',
  scores: { qualityAppraisal: 85, practicalAbility: 80, serviceAttitude: 90 },
  result: 'PASSED',
  failedItems: [],
  notes: null,
  assessorName: '李客服',
  rectificationDeadline: null,
  staff: [],
  createdAt: '2026-03-15T02:00:00Z',
};

export const statusChange = {
  __typename: 'CenterStatusChange',
  id: 's1',
  at: '2026-01-01T01:00:00Z',
  fromStatus: null,
  toStatus: 'ACTIVE',
  reason: '签订合作协议',
  reasonCode: null,
  reasonDeadline: null,
  reasonItems: [],
  actorName: '王管理',
  bySystem: false,
};

/** The detail query's center: the record with its staff, assessments and status history. */
/** `allowedActions`: what the API offers the test's viewer on this center. */
export function centerDetail(center: typeof activeCenter = activeCenter, allowedActions: string[] = []) {
  return { data: { repairCenter: { ...center, allowedActions, technicians: [technician], assessments: [passedAssessment], statusHistory: [statusChange] } } };
}

export function connection<Node>(field: string, nodes: Node[]) {
  return { data: { [field]: { nodes, pageInfo: { hasNextPage: false, endCursor: null }, totalCount: nodes.length } } };
}

/** The options lists the forms and filters load. */
export const optionHandlers = {
  RegionOptions: { data: { regions: { nodes: [fuzhouRegion] } } },
  ProductCategoryOptions: { data: { productCategories: { nodes: [motor] } } },
  RepairCenterOptions: { data: { repairCenters: { nodes: [{ id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' }] } } },
};
