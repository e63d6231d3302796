import { describe, expect, it } from 'vitest';
import { errorOf } from '../test-support/error-of.js';
import {
  type ArrivalRecord,
  DEFAULT_TECHNICIAN_SCORE_SETTINGS,
  gradeFor,
  payRatioFor,
  type SupervisorScores,
  type SurveyAnswers,
  technicianScore,
  technicianScoreFromTally,
  monthScorer,
  type TechnicianMonthRecords,
  validateSupervisorScores,
} from '../index.js';
import { english } from '../test-support/english.js';

const settings = DEFAULT_TECHNICIAN_SCORE_SETTINGS;
const due = new Date('2026-03-02T09:00:00Z');
const minutes = (count: number) => new Date(due.getTime() + count * 60_000);

function arrival(workOrderId: string, minutesLate: number): ArrivalRecord {
  return { workOrderId, due, arrivedAt: minutes(minutesLate) };
}

function all(level: 1 | 2 | 3 | 4): SurveyAnswers {
  return { attitude: level, skill: level, arrivalTime: level, promisesHandled: level };
}

/** D1 13 + 8 + 14 = 35, D2 4 + 4.5 + 9 = 17.5. */
const supervisor: SupervisorScores = { initiative: 13, coordination: 8, loyalty: 14, planning: 4, execution: 4.5, workQuality: 9 };
const perfect: SupervisorScores = { initiative: 15, coordination: 10, loyalty: 15, planning: 5, execution: 5, workQuality: 10 };
const none: TechnicianMonthRecords = { arrivals: [], repairs: [], surveys: [], verifiedComplaintIds: [] };

const month: TechnicianMonthRecords = {
  // Three on time (one exactly at the due time), one 25 minutes late: 3 ÷ 4 × 10 = 7.5.
  arrivals: [arrival('WO-1', -30), arrival('WO-2', 0), arrival('WO-3', 25), arrival('WO-4', -5)],
  // Four of five first-time fixes: 8.
  repairs: [
    { workOrderId: 'WO-1', firstTimeFix: true },
    { workOrderId: 'WO-2', firstTimeFix: true },
    { workOrderId: 'WO-3', firstTimeFix: false },
    { workOrderId: 'WO-4', firstTimeFix: true },
    { workOrderId: 'WO-0', firstTimeFix: true },
  ],
  // 16 + 16 + 13 over 12 answers: (45 − 12) ÷ 36 × 20 = 18.33.
  surveys: [
    { workOrderId: 'WO-1', answers: all(4) },
    { workOrderId: 'WO-2', answers: all(4) },
    { workOrderId: 'WO-4', answers: { attitude: 4, skill: 3, arrivalTime: 3, promisesHandled: 3 } },
  ],
  verifiedComplaintIds: [],
};

describe('technicianScore with a full month of records', () => {
  it('adds D1, D2 and D3 and grades the total', () => {
    const score = technicianScore(supervisor, month, settings);
    expect(score).toEqual({
      items: {
        initiative: 13,
        coordination: 8,
        loyalty: 14,
        planning: 4,
        execution: 4.5,
        workQuality: 9,
        survey: 18.33,
        onTimeArrival: 7.5,
        firstTimeFix: 8,
      },
      attitude: 35,
      ability: 17.5,
      performance: 33.83,
      performanceStatus: 'MEASURED',
      missingItems: [],
      creditedPoints: 0,
      subtotal: 86.33,
      complaintDeduction: 0,
      total: 86.33,
      grade: 'B',
      payRatio: 1,
      evidence: {
        surveyCount: 3,
        surveyAverage: 3.75,
        surveyWorkOrderIds: ['WO-1', 'WO-2', 'WO-4'],
        arrivalCount: 4,
        lateArrivals: [{ workOrderId: 'WO-3', minutesLate: 25 }],
        repairCount: 5,
        notFirstTimeFixWorkOrderIds: ['WO-3'],
        complaintIds: [],
      },
    });
  });

  it('takes 15 points per verified complaint (E2) and stops at 0', () => {
    expect(technicianScore(supervisor, { ...month, verifiedComplaintIds: ['TS-2026-000123'] }, settings)).toMatchObject({
      complaintDeduction: 15,
      total: 71.33,
      grade: 'B',
    });
    expect(technicianScore(supervisor, { ...month, verifiedComplaintIds: ['TS-1', 'TS-2'] }, settings)).toMatchObject({
      total: 56.33,
      grade: 'C',
      payRatio: 0.9,
    });
    const sixComplaints = ['TS-1', 'TS-2', 'TS-3', 'TS-4', 'TS-5', 'TS-6'];
    const floor = technicianScore(supervisor, { ...month, verifiedComplaintIds: sixComplaints }, settings);
    expect(floor).toMatchObject({ subtotal: 86.33, complaintDeduction: 90, total: 0, grade: 'C' });
    expect(floor.evidence.complaintIds).toHaveLength(6);
  });

  it('reaches A with full marks and keeps exact hundredths', () => {
    const best: TechnicianMonthRecords = {
      ...month,
      arrivals: [arrival('WO-1', 0)],
      repairs: [{ workOrderId: 'WO-1', firstTimeFix: true }],
      surveys: [{ workOrderId: 'WO-1', answers: all(4) }],
    };
    expect(technicianScore(perfect, best, settings)).toMatchObject({ total: 100, grade: 'A', payRatio: 1.1 });
    // 0.1 + 0.2 is 0.30000000000000004 in floats; the score adds hundredths.
    const tenths = { ...supervisor, initiative: 0.1, coordination: 0.2, loyalty: 0 };
    expect(technicianScore(tenths, month, settings).attitude).toBe(0.3);
  });
});

describe('technicianScore without records', () => {
  it('marks D3 NO_DATA and rescales D1 + D2 to 100 instead of scoring a zero', () => {
    expect(technicianScore(perfect, none, settings)).toMatchObject({
      items: { survey: null, onTimeArrival: null, firstTimeFix: null },
      attitude: 40,
      ability: 20,
      performance: 40,
      performanceStatus: 'NO_DATA',
      missingItems: ['survey', 'onTimeArrival', 'firstTimeFix'],
      creditedPoints: 40,
      subtotal: 100,
      total: 100,
      grade: 'A',
    });
    // 52.5 × 100 ÷ 60 = 87.5: D3 is credited at the technician's own D1 + D2 rate, 35 of 40.
    expect(technicianScore(supervisor, none, settings)).toMatchObject({ performance: 35, subtotal: 87.5, grade: 'B' });
  });

  it('puts the grade boundaries on the rescaled total', () => {
    const withD1 = (initiative: number) => ({ ...perfect, initiative });
    // 54 of 60 → 90 (A); 53.99 of 60 → 89.98 (B); 42 → 70 (B); 41.99 → 69.98 (C).
    expect(technicianScore(withD1(9), none, settings)).toMatchObject({ total: 90, grade: 'A' });
    expect(technicianScore(withD1(8.99), none, settings)).toMatchObject({ total: 89.98, grade: 'B' });
    const low = { initiative: 12, coordination: 5, loyalty: 10, planning: 5, execution: 5, workQuality: 5 };
    expect(technicianScore(low, none, settings)).toMatchObject({ total: 70, grade: 'B' });
    expect(technicianScore({ ...low, workQuality: 4.99 }, none, settings)).toMatchObject({ total: 69.98, grade: 'C' });
  });

  it('still deducts complaints, down to 0', () => {
    expect(technicianScore(supervisor, { ...none, verifiedComplaintIds: ['TS-1'] }, settings)).toMatchObject({ total: 72.5, grade: 'B' });
    const weak = { initiative: 3, coordination: 2, loyalty: 1, planning: 0, execution: 0, workQuality: 0 };
    expect(technicianScore(weak, { ...none, verifiedComplaintIds: ['TS-1'] }, settings)).toMatchObject({ subtotal: 10, total: 0 });
  });

  it('credits only the items without records when some are measured (PARTIAL)', () => {
    // D1 32 + D2 16 + arrival 10 + first-time fix 10 = 68 of 80 → 85; the survey is credited 17 (= 20 × 68 ÷ 80).
    const noSurveys: TechnicianMonthRecords = {
      ...none,
      arrivals: [arrival('WO-1', 0), arrival('WO-2', -10)],
      repairs: [{ workOrderId: 'WO-1', firstTimeFix: true }],
    };
    const scores = { initiative: 12, coordination: 8, loyalty: 12, planning: 4, execution: 4, workQuality: 8 };
    expect(technicianScore(scores, noSurveys, settings)).toMatchObject({
      items: { survey: null, onTimeArrival: 10, firstTimeFix: 10 },
      performanceStatus: 'PARTIAL',
      missingItems: ['survey'],
      creditedPoints: 17,
      performance: 37,
      subtotal: 85,
    });
  });

  it('does not count an item set to 0 points as missing', () => {
    const custom = { ...settings, maxima: { ...settings.maxima, survey: 30, firstTimeFix: 0 } };
    const records = { ...none, arrivals: [arrival('WO-1', 0)], surveys: [{ workOrderId: 'WO-1', answers: all(4) }] };
    const score = technicianScore(perfect, records, custom);
    expect(score).toMatchObject({ performanceStatus: 'MEASURED', missingItems: [], creditedPoints: 0, total: 100 });
  });
});

describe('validateSupervisorScores', () => {
  it('accepts 0 up to each maximum with 2 decimals', () => {
    expect(validateSupervisorScores(perfect, settings)).toEqual({});
    expect(validateSupervisorScores({ ...perfect, initiative: 0, execution: 2.25 }, settings)).toEqual({});
  });

  it('enforces each maximum and reports every bad item', () => {
    const bad = { initiative: 15.01, coordination: 11, loyalty: -1, planning: 3.333, execution: Number.NaN } as SupervisorScores;
    expect(english(validateSupervisorScores(bad, settings))).toEqual({
      'supervisorScores.initiative': 'Enter points from 0 to 15, with at most 2 decimals.',
      'supervisorScores.coordination': 'Enter points from 0 to 10, with at most 2 decimals.',
      'supervisorScores.loyalty': expect.any(String),
      'supervisorScores.planning': expect.any(String),
      'supervisorScores.execution': expect.any(String),
      'supervisorScores.workQuality': expect.any(String),
    });
  });

  it('follows the configured maxima', () => {
    const custom = { ...settings, maxima: { ...settings.maxima, initiative: 20, loyalty: 10 } };
    expect(validateSupervisorScores({ ...perfect, initiative: 20, loyalty: 10 }, custom)).toEqual({});
    expect(english(validateSupervisorScores(perfect, custom))).toEqual({ 'supervisorScores.loyalty': expect.stringMatching(/0 to 10/) });
  });
});

describe('technicianScore input checks', () => {
  it('refuses the score with every bad field listed', () => {
    const error = errorOf(() =>
      technicianScore({ ...supervisor, workQuality: 12 }, {
        arrivals: [arrival('WO-1', 0), { workOrderId: 'WO-1', due, arrivedAt: new Date('x') }],
        repairs: [{ workOrderId: ' ', firstTimeFix: 'yes' as unknown as boolean }],
        surveys: [{ workOrderId: 'WO-1', answers: { ...all(4), skill: 0 as 1 } }],
        verifiedComplaintIds: ['TS-1', 'TS-1'],
      }, settings),
    );
    expect(error.code).toBe('INVALID_INPUT');
    expect(error.fieldErrors).toEqual({
      'supervisorScores.workQuality': expect.any(String),
      'arrivals.1.workOrderId': expect.stringMatching(/listed twice/),
      'arrivals.1.arrivedAt': expect.any(String),
      'repairs.0.workOrderId': expect.any(String),
      'repairs.0.firstTimeFix': expect.any(String),
      'surveys.0.answers.skill': expect.any(String),
      'verifiedComplaintIds.1': expect.stringMatching(/listed twice/),
    });
  });

  it('names missing lists and bad survey cards', () => {
    expect(errorOf(() => technicianScore(supervisor, { arrivals: [] } as unknown as TechnicianMonthRecords, settings)).fieldErrors).toEqual({
      repairs: expect.any(String),
      surveys: expect.any(String),
      verifiedComplaintIds: expect.any(String),
    });
    expect(
      errorOf(() => technicianScore(supervisor, { ...none, surveys: [{ workOrderId: 'WO-1', answers: { ...all(4), skill: 0 as 1 } }] }, settings))
        .fieldErrors,
    ).toEqual({ 'surveys.0.answers.skill': expect.any(String) });
  });
});

describe('gradeFor and payRatioFor', () => {
  it.each([
    [100, 'A'],
    [90, 'A'],
    [89.99, 'B'],
    [70, 'B'],
    [69.99, 'C'],
    [0, 'C'],
  ] as const)('grades %d as %s', (total, grade) => {
    expect(gradeFor(total, settings)).toBe(grade);
  });

  it('follows the configured thresholds and ratios', () => {
    const custom = { ...settings, gradeThresholds: { A: 85, B: 60 }, payRatios: { A: 1.2, B: 1, C: 0.8 } };
    expect(gradeFor(85, custom)).toBe('A');
    expect(gradeFor(59.99, custom)).toBe('C');
    expect(payRatioFor('A', settings)).toBe(1.1);
    expect(payRatioFor('C', custom)).toBe(0.8);
  });

  it('rejects a total that is not a score, and an unknown grade', () => {
    for (const total of [100.01, -1, 89.999, Number.NaN]) {
      expect(errorOf(() => gradeFor(total, settings)).fieldErrors).toEqual({ total: expect.any(String) });
    }
    expect(errorOf(() => payRatioFor('D' as 'A', settings)).fieldErrors).toEqual({ grade: expect.any(String) });
  });
});

describe('technicianScoreFromTally', () => {
  const supervisor = { initiative: 13.5, coordination: 9, loyalty: 14, planning: 4, execution: 4.5, workQuality: 8 };
  const levels = [4, 3, 2, 1, null] as const;

  it('gives the same figures as the records they count, for many random months', () => {
    let seed = 7;
    const random = (n: number) => {
      seed = (seed * 1_103_515_245 + 12_345) % 2_147_483_648;
      return seed % n;
    };
    for (let month = 0; month < 200; month++) {
      const due = new Date('2026-03-02T06:00:00Z');
      const arrivals = Array.from({ length: random(6) }, (_, i) => ({
        workOrderId: `a${i}`,
        due,
        arrivedAt: new Date(due.getTime() + (random(3) - 1) * 60_000 * 45),
      }));
      const repairs = Array.from({ length: random(6) }, (_, i) => ({ workOrderId: `r${i}`, firstTimeFix: random(4) > 0 }));
      const surveys = Array.from({ length: random(5) }, (_, i) => {
        const answers = {
          attitude: levels[random(5)]!,
          skill: levels[random(5)]!,
          arrivalTime: levels[random(5)]!,
          promisesHandled: levels[random(4)]!,
        };
        return { workOrderId: `s${i}`, answers };
      });
      const verifiedComplaintIds = Array.from({ length: random(10) === 0 ? 1 : 0 }, (_, i) => `c${i}`);
      const records = { arrivals, repairs, surveys, verifiedComplaintIds };
      const full = technicianScore(supervisor, records, DEFAULT_TECHNICIAN_SCORE_SETTINGS);
      const answered = surveys.flatMap((survey) => Object.values(survey.answers).filter((level) => level != null)) as number[];
      const figures = technicianScoreFromTally(
        supervisor,
        {
          surveyCount: surveys.length,
          surveyLevelSum: answered.reduce((sum, level) => sum + level, 0),
          surveyAnswerCount: answered.length,
          arrivalCount: arrivals.length,
          lateArrivalCount: full.evidence.lateArrivals.length,
          repairCount: repairs.length,
          notFirstTimeFixCount: repairs.filter((repair) => !repair.firstTimeFix).length,
          verifiedComplaintCount: verifiedComplaintIds.length,
        },
        DEFAULT_TECHNICIAN_SCORE_SETTINGS,
      );
      const { evidence: _evidence, ...expected } = full;
      expect(figures).toEqual(expected);
    }
  });

  it('refuses counts that cannot come from records', () => {
    const tally = {
      surveyCount: 1,
      surveyLevelSum: 20,
      surveyAnswerCount: 4,
      arrivalCount: 2,
      lateArrivalCount: 3,
      repairCount: 1,
      notFirstTimeFixCount: 2,
      verifiedComplaintCount: -1,
    };
    const error = errorOf(() => technicianScoreFromTally(supervisor, tally, DEFAULT_TECHNICIAN_SCORE_SETTINGS));
    expect(error.code).toBe('INVALID_INPUT');
    expect(Object.keys(error.fieldErrors ?? {}).sort()).toEqual(['verifiedComplaintCount']);
    const { verifiedComplaintCount: _ignored, ...rest } = tally;
    const second = errorOf(() => technicianScoreFromTally(supervisor, { ...rest, verifiedComplaintCount: 0 }, DEFAULT_TECHNICIAN_SCORE_SETTINGS));
    expect(Object.keys(second.fieldErrors ?? {}).sort()).toEqual(['lateArrivalCount', 'notFirstTimeFixCount', 'surveyLevelSum']);
  });

  it('marks a month without any record NO_DATA and rests the grade on the supervisor', () => {
    const none = {
      surveyCount: 0,
      surveyLevelSum: 0,
      surveyAnswerCount: 0,
      arrivalCount: 0,
      lateArrivalCount: 0,
      repairCount: 0,
      notFirstTimeFixCount: 0,
      verifiedComplaintCount: 0,
    };
    const figures = technicianScoreFromTally(supervisor, none, DEFAULT_TECHNICIAN_SCORE_SETTINGS);
    expect(figures.performanceStatus).toBe('NO_DATA');
    expect(figures.total).toBe(88.33);
    expect(figures.grade).toBe('B');
  });
});

describe('monthScorer', () => {
  it('scores like technicianScoreFromTally, with the settings checked once up front', () => {
    const score = monthScorer(DEFAULT_TECHNICIAN_SCORE_SETTINGS);
    const supervisor = { initiative: 15, coordination: 10, loyalty: 15, planning: 5, execution: 5, workQuality: 10 };
    const tally = {
      surveyCount: 3,
      surveyLevelSum: 40,
      surveyAnswerCount: 12,
      arrivalCount: 8,
      lateArrivalCount: 1,
      repairCount: 8,
      notFirstTimeFixCount: 0,
      verifiedComplaintCount: 0,
    };
    expect(score(supervisor, tally)).toEqual(technicianScoreFromTally(supervisor, tally, DEFAULT_TECHNICIAN_SCORE_SETTINGS));
    const broken = { ...DEFAULT_TECHNICIAN_SCORE_SETTINGS, maxima: { ...DEFAULT_TECHNICIAN_SCORE_SETTINGS.maxima, survey: 25 } };
    expect(errorOf(() => monthScorer(broken)).code).toBe('INVALID_INPUT');
    expect(errorOf(() => score({ ...supervisor, loyalty: 16 }, tally)).fieldErrors).toEqual({ 'supervisorScores.loyalty': expect.any(String) });
  });
});
