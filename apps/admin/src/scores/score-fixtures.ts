// Technician scores as the API returns them (docs/work-orders-contract.md), for component tests.
import { permissionsOf } from '@aftersales/domain';
import type { Viewer } from '../graphql/types';

export const hrViewer: Viewer = {
  kind: 'USER',
  userId: 'u-hr',
  username: 'hr',
  displayName: '孙人事',
  role: 'HR',
  repairCenter: null,
  permissions: permissionsOf('HR'),
};

export const supervisorViewer: Viewer = {
  kind: 'USER',
  userId: 'u-supervisor',
  username: 'supervisor',
  displayName: '吴主管',
  role: 'SUPERVISOR',
  repairCenter: null,
  permissions: permissionsOf('SUPERVISOR'),
};

const fuzhouCenter = { __typename: 'RepairCenter', id: 'rc-1', code: 'FZ-01', name: '福州鼓楼特约维修中心' };

/** A's published score, adjusted up from 88 (B) to 91 (A) by HR, submitted late. */
export const publishedScore = {
  __typename: 'TechnicianScore',
  id: 'ts-1',
  period: '2026-05',
  status: 'PUBLISHED',
  version: 4,
  technician: { __typename: 'Technician', id: 't-1', code: 'JS-001', name: '林师傅' },
  repairCenter: fuzhouCenter as typeof fuzhouCenter | null,
  attitude: 36,
  ability: 18,
  performance: 34,
  performanceStatus: 'MEASURED',
  complaintDeduction: 0,
  total: 88,
  grade: 'B',
  payRatio: 1,
  currentTotal: 91,
  currentGrade: 'A',
  currentPayRatio: 1.1,
  lateSubmission: true,
  supervisorScoresEntered: true,
};

/** Head office's own technician with no work orders this month: D3 credited by the no-data rule, one complaint. */
export const noDataScore = {
  ...publishedScore,
  id: 'ts-2',
  status: 'DRAFT',
  version: 2,
  technician: { __typename: 'Technician', id: 't-2', code: 'JS-002', name: '陈师傅' },
  repairCenter: null,
  attitude: 30,
  ability: 15,
  performance: 30,
  performanceStatus: 'NO_DATA',
  complaintDeduction: 15,
  total: 60,
  grade: 'C',
  payRatio: 0.9,
  currentTotal: 60,
  currentGrade: 'C',
  currentPayRatio: 0.9,
  lateSubmission: false,
};

/** A computed draft the supervisor has not scored: D1/D2 are 0, so total, grade and pay stand on D3 alone. */
export const pendingScore = {
  ...noDataScore,
  id: 'ts-3',
  version: 1,
  technician: { __typename: 'Technician', id: 't-3', code: 'JS-003', name: '黄师傅' },
  attitude: 0,
  ability: 0,
  performance: 7.5,
  performanceStatus: 'MEASURED',
  complaintDeduction: 15,
  total: 0,
  currentTotal: 0,
  supervisorScoresEntered: false,
};

export function scoreConnection(nodes: readonly unknown[], { hasNextPage = false, endCursor = null as string | null, totalCount = nodes.length } = {}) {
  return { data: { technicianScores: { __typename: 'TechnicianScoreConnection', nodes, pageInfo: { hasNextPage, endCursor }, totalCount } } };
}

export const monthSummary = (
  period = '2026-05',
  counts: Partial<{ draft: number; submitted: number; published: number; lateCount: number; latestPublishedPeriod: string | null }> = {},
) => ({
  data: {
    scoreMonthSummary: { period, dueOn: '2026-06-08', total: 120, draft: 20, submitted: 37, published: 63, lateCount: 4, latestPublishedPeriod: period, ...counts },
  },
});

export const gradeDistribution = {
  data: {
    scoreGradeDistribution: [
      { grade: 'A', count: 30 },
      { grade: 'B', count: 60 },
      { grade: 'C', count: 30 },
    ],
    scorePendingSupervisorCount: 0,
  },
};

export const lateSubmissions = {
  data: {
    lateScoreSubmissions: [
      {
        score: { __typename: 'TechnicianScore', id: 'ts-1', status: 'PUBLISHED', technician: publishedScore.technician, repairCenter: fuzhouCenter },
        dueOn: '2026-06-08',
        submittedAt: '2026-06-10T02:00:00.000Z',
      },
      {
        score: { __typename: 'TechnicianScore', id: 'ts-2', status: 'DRAFT', technician: noDataScore.technician, repairCenter: null },
        dueOn: '2026-06-08',
        submittedAt: null,
      },
    ],
  },
};

export const emptyOptions = {
  RegionOptions: { data: { regions: { nodes: [{ id: 'r-1', code: 'FZ', name: '福州地区' }] } } },
  RepairCenterOptions: { data: { repairCenters: { nodes: [fuzhouCenter] } } },
};

const explanation = {
  surveys: [
    {
      survey: { id: 'sv-1', attitude: 4, skill: 3, arrivalTime: 4, promisesHandled: null, respondedAt: '2026-05-12T03:00:00.000Z', workOrder: { id: 'wo-1' } },
      workOrderCode: 'PG-2026-000101',
      average: 3.67,
    },
  ],
  lateArrivals: [
    { workOrderId: 'wo-2', workOrderCode: 'PG-2026-000102', arrivalDueAt: '2026-05-14T08:00:00.000Z', arrivedAt: '2026-05-14T09:35:00.000Z', minutesLate: 95 },
  ],
  notFirstTimeFixes: [
    { workOrderId: 'wo-3', workOrderCode: 'PG-2026-000103', completedAt: '2026-05-15T06:00:00.000Z', reason: 'REPEATED', repeatedByCode: 'PG-2026-000120' },
  ],
  complaints: [{ complaintId: 'cp-9', complaintCode: 'TS-2026-000009', verifiedAt: '2026-05-20T02:00:00.000Z' }],
  missingItems: ['onTimeArrival'],
};

/** The detail query's score: a PARTIAL month (no arrivals), with every kind of record behind it. */
export function scoreDetail(overrides: Record<string, unknown> = {}) {
  return {
    data: {
      technicianScore: {
        ...noDataScore,
        technician: { __typename: 'Technician', id: 't-2', code: 'JS-002', name: '陈师傅' },
        performanceStatus: 'PARTIAL',
        initiative: 12,
        coordination: 8,
        loyalty: 10,
        planning: 4,
        execution: 5,
        workQuality: 6,
        surveyPoints: 16.67,
        onTimeArrivalPoints: null,
        firstTimeFixPoints: 5,
        creditedPoints: 8.33,
        subtotal: 75,
        surveyCount: 1,
        arrivalCount: 0,
        lateArrivalCount: 1,
        repairCount: 2,
        notFirstTimeFixCount: 1,
        complaintCount: 1,
        surveyAverage: 3.67,
        computedAt: '2026-06-01T01:00:00.000Z',
        supervisorEnteredAt: null,
        supervisorEnteredByName: null,
        submittedAt: null,
        submittedByName: null,
        returnedReason: null,
        publishedAt: null,
        publishedByName: null,
        // What the API offers the viewer; each test gives its viewer's.
        allowedActions: [] as string[],
        adjustments: [],
        explanation,
        ...overrides,
      },
    },
  };
}

export const scoreRubric = {
  data: {
    technicianScoreSettings: {
      maxima: { initiative: 15, coordination: 10, loyalty: 15, planning: 5, execution: 5, workQuality: 10, survey: 20, onTimeArrival: 10, firstTimeFix: 10 },
      gradeThresholds: { A: 90, B: 70 },
    },
  },
};

export const scoreTrend = {
  data: {
    technicianScoreTrend: [
      { period: '2026-03', total: null, grade: null, status: null, supervisorScoresEntered: false },
      { period: '2026-04', total: 92.5, grade: 'A', status: 'PUBLISHED', supervisorScoresEntered: true },
      { period: '2026-05', total: 60, grade: 'C', status: 'DRAFT', supervisorScoresEntered: true },
    ],
  },
};
