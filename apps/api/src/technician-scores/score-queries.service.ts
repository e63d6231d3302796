import {
  addMonthsClamped,
  monthOf,
  monthRange,
  scoreSubmissionDueDate,
  type ScoreStatus,
  type TechnicianGrade,
  yearReview,
  type YearReviewOutcome,
} from '@aftersales/domain';
import type { SelectQueryBuilder } from 'typeorm';
import { appError, notFound } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import { type Connection } from '../common/pagination.js';
import { pageOfList, type SyncPageArgs } from '../common/incremental-sync.js';
import type { RequestContext } from '../common/request-context.js';
import { supervisorScoresEntered, supervisorScoresEnteredSql } from './supervisor-entry.js';
import { TechnicianScore } from './technician-score.entity.js';
import { onlyPartnersCenter } from '../common/tenant-filter.js';
import { msg } from '../i18n/message.js';

export interface ScoreFilter {
  repairCenterId?: string | null;
  headOffice?: boolean | null;
  regionId?: string | null;
  grade?: TechnicianGrade | null;
  status?: ScoreStatus | null;
  search?: string | null;
  /** false: 待评分, the supervisor's D1/D2 not yet entered. */
  supervisorScoresEntered?: boolean | null;
  /** true: late (逾期提交), as `lateSubmissions` lists them. */
  late?: boolean | null;
}

export const SCORE_ORDERS = ['TOTAL_DESC', 'TOTAL_ASC', 'TECHNICIAN', 'CENTER'] as const;
export type ScoreOrder = (typeof SCORE_ORDERS)[number];

function assertPeriod(period: string): string {
  monthRange(period);
  return period;
}

/** The month's scores with the list's filters; technician and center are joined for search and sort. */
function filtered(query: SelectQueryBuilder<TechnicianScore>, period: string, filter: ScoreFilter | null | undefined) {
  query
    .innerJoin('technician', 'technician', 'technician.id = score.technician_id')
    .leftJoin('repair_center', 'center', 'center.id = score.repair_center_id')
    .where('score.period = :period', { period: assertPeriod(period) });
  if (filter?.repairCenterId) {
    if (!isUuid(filter.repairCenterId)) return query.andWhere('false');
    query.andWhere('score.repair_center_id = :centerId', { centerId: filter.repairCenterId });
  }
  if (filter?.headOffice) query.andWhere('score.repair_center_id IS NULL');
  if (filter?.regionId) {
    if (!isUuid(filter.regionId)) return query.andWhere('false');
    query.andWhere('center.region_id = :regionId', { regionId: filter.regionId });
  }
  // A score the supervisor has not scored yet has no grade to filter by (待评分).
  if (filter?.grade) query.andWhere(`score.current_grade = :grade AND ${supervisorScoresEnteredSql('score')}`, { grade: filter.grade });
  if (filter?.status) query.andWhere('score.status = :status', { status: filter.status });
  if (filter?.supervisorScoresEntered != null) {
    query.andWhere(`${filter.supervisorScoresEntered ? '' : 'NOT '}${supervisorScoresEnteredSql('score')}`);
  }
  const search = filter?.search?.trim();
  if (search) {
    query.andWhere('(technician.code ILIKE :search OR technician.name ILIKE :search)', { search: `%${search.replace(/[\\%_]/g, '\\$&')}%` });
  }
  return query;
}

function ordered(query: SelectQueryBuilder<TechnicianScore>, order: ScoreOrder) {
  switch (order) {
    case 'TOTAL_ASC':
      return query.orderBy('score.current_total', 'ASC').addOrderBy('technician.code', 'ASC');
    case 'TECHNICIAN':
      return query.orderBy('technician.code', 'ASC');
    case 'CENTER':
      // Head office first, then centers by code.
      return query.orderBy('center.code', 'ASC', 'NULLS FIRST').addOrderBy('technician.code', 'ASC');
    default:
      return query.orderBy('score.current_total', 'DESC').addOrderBy('technician.code', 'ASC');
  }
}

export interface MonthSummary {
  period: string;
  dueOn: string;
  total: number;
  draft: number;
  submitted: number;
  published: number;
  lateCount: number;
  latestPublishedPeriod: string | null;
}

/**
 * Late as SQL over alias `score`: submitted late (the stored answer of the domain's
 * `isLateSubmission`, see submitted-late.ts), or still a DRAFT once the due day has passed
 * (`draftsOverdue`, the domain's due day against today). `isLate` says the same for one score;
 * the technician-scores tests check the field, the count and the list agree.
 */
const LATE_SCORE_SQL = `(score.submitted_late OR (score.status = 'DRAFT' AND :draftsOverdue))`;

async function draftsOverdue(context: RequestContext, period: string): Promise<{ dueOn: string; draftsOverdue: boolean }> {
  const dueOn = scoreSubmissionDueDate(period, await context.loaders.technicianScoreSettings());
  return { dueOn, draftsOverdue: (await context.loaders.today()) > dueOn };
}

export const scoreQueriesService = {
  async list(context: RequestContext, period: string, filter: ScoreFilter | null, order: ScoreOrder, page: SyncPageArgs): Promise<Connection<TechnicianScore>> {
    const manager = await context.manager();
    const query = onlyPartnersCenter(filtered(manager.createQueryBuilder(TechnicianScore, 'score'), period, filter), context, 'score.repair_center_id');
    if (filter?.late != null) {
      const { draftsOverdue: overdue } = await draftsOverdue(context, period);
      query.andWhere(filter.late ? LATE_SCORE_SQL : `NOT COALESCE(${LATE_SCORE_SQL}, false)`, { draftsOverdue: overdue });
    }
    return pageOfList(ordered(query, order), page, { alias: 'score', name: 'technician-scores', joinsOneToOne: true });
  },

  /** Another center's score (hidden by row-level security) is NOT_FOUND, like a missing one. */
  async findOrFail(context: RequestContext, id: string): Promise<TechnicianScore> {
    const score = isUuid(id) ? await (await context.manager()).findOneBy(TechnicianScore, { id }) : null;
    if (!score) throw notFound('TechnicianScore', id);
    return score;
  },

  /** Graded scores by grade; one not yet scored by the supervisor (待评分) has no grade yet and is left out. */
  async gradeDistribution(context: RequestContext, period: string, filter: ScoreFilter | null): Promise<{ grade: TechnicianGrade; count: number }[]> {
    const manager = await context.manager();
    const rows: { grade: TechnicianGrade; count: string }[] = await filtered(manager.createQueryBuilder(TechnicianScore, 'score'), period, filter)
      .andWhere(supervisorScoresEnteredSql('score'))
      .select('score.current_grade', 'grade')
      .addSelect('count(*)', 'count')
      .groupBy('score.current_grade')
      .getRawMany();
    const counts = new Map(rows.map((row) => [row.grade, Number(row.count)]));
    return (['A', 'B', 'C'] as const).map((grade) => ({ grade, count: counts.get(grade) ?? 0 }));
  },

  /** How many of the filtered scores the supervisor has not scored yet (待评分): the distribution leaves them out. */
  async pendingSupervisorCount(context: RequestContext, period: string, filter: ScoreFilter | null): Promise<number> {
    const manager = await context.manager();
    return filtered(manager.createQueryBuilder(TechnicianScore, 'score'), period, { ...filter, supervisorScoresEntered: false }).getCount();
  },

  /** Whether a score is (or is about to be) late: submitted after the due day, or not yet submitted past it. */
  async isLate(context: RequestContext, score: TechnicianScore): Promise<boolean> {
    if (score.submittedLate) return true;
    return score.status === 'DRAFT' && (await draftsOverdue(context, score.period)).draftsOverdue;
  },

  async monthSummary(context: RequestContext, period: string): Promise<MonthSummary> {
    assertPeriod(period);
    const manager = await context.manager();
    const { dueOn, draftsOverdue: overdue } = await draftsOverdue(context, period);
    const [row] = (await manager.query(
      `SELECT count(*)::integer AS total,
              count(*) FILTER (WHERE status = 'DRAFT')::integer AS draft,
              count(*) FILTER (WHERE status = 'SUBMITTED')::integer AS submitted,
              count(*) FILTER (WHERE status = 'PUBLISHED')::integer AS published,
              count(*) FILTER (WHERE ${LATE_SCORE_SQL.replace(':draftsOverdue', '$2')})::integer AS late,
              -- A month that is not yet published points the reader (a partner, above all) to one that is.
              (SELECT max(period) FROM technician_score WHERE status = 'PUBLISHED') AS latest_published
         FROM technician_score score WHERE period = $1`,
      [period, overdue],
    )) as { total: number; draft: number; submitted: number; published: number; late: number; latest_published: string | null }[];
    return {
      period,
      dueOn,
      total: row!.total,
      draft: row!.draft,
      submitted: row!.submitted,
      published: row!.published,
      lateCount: row!.late,
      latestPublishedPeriod: row!.latest_published,
    };
  },

  async lateSubmissions(context: RequestContext, period: string): Promise<{ score: TechnicianScore; dueOn: string; submittedAt: Date | null }[]> {
    assertPeriod(period);
    const manager = await context.manager();
    const { dueOn, draftsOverdue: overdue } = await draftsOverdue(context, period);
    const scores = await manager
      .createQueryBuilder(TechnicianScore, 'score')
      .innerJoin('technician', 'technician', 'technician.id = score.technician_id')
      .where('score.period = :period', { period })
      .andWhere(LATE_SCORE_SQL, { draftsOverdue: overdue })
      .orderBy('technician.code', 'ASC')
      .getMany();
    return scores.map((score) => ({ score, dueOn, submittedAt: score.submittedAt }));
  },

  /**
   * The last `months` months that are over, oldest first; a month without a score has no figures.
   * The current month is left out: its records are not all in, so a draft of it would draw as a drop.
   */
  async trend(context: RequestContext, technicianId: string, months: number) {
    if (!Number.isInteger(months) || months < 1 || months > 36) {
      throw appError('BAD_USER_INPUT', msg('apiTechnicianScores.choose136Months'), { months: msg('apiTechnicianScores.choose136Months') });
    }
    const thisMonth = monthRange(monthOf(await context.loaders.today())).first;
    const periods = Array.from({ length: months }, (_, index) => monthOf(addMonthsClamped(thisMonth, index - months)));
    const scores = isUuid(technicianId)
      ? await (await context.manager())
          .createQueryBuilder(TechnicianScore, 'score')
          .where('score.technician_id = :technicianId AND score.period IN (:...periods)', { technicianId, periods })
          .getMany()
      : [];
    const byPeriod = new Map(scores.map((score) => [score.period, score]));
    return periods.map((period) => {
      const score = byPeriod.get(period);
      return {
        period,
        total: score?.currentTotal ?? null,
        grade: score?.currentGrade ?? null,
        status: score?.status ?? null,
        supervisorScoresEntered: score ? supervisorScoresEntered(score) : false,
      };
    });
  },

  /** E3/E4 per technician from the year's published grades (after adjustments). */
  async yearReviews(context: RequestContext, year: number, outcome: YearReviewOutcome | null) {
    const manager = await context.manager();
    const settings = await context.loaders.technicianScoreSettings();
    if (!Number.isInteger(year) || year < 2000 || year > 9999) {
      throw appError('BAD_USER_INPUT', msg('apiTechnicianScores.enterYearFourDigits2026'), { year: msg('apiTechnicianScores.enterYearFourDigits2026') });
    }
    const rows: { technician_id: string; grades: { period: string; grade: TechnicianGrade }[] }[] = await manager.query(
      `SELECT s.technician_id, json_agg(json_build_object('period', s.period, 'grade', s.current_grade) ORDER BY s.period) AS grades
         FROM technician_score s JOIN technician t ON t.id = s.technician_id
        WHERE s.status = 'PUBLISHED' AND s.period LIKE $1
        GROUP BY s.technician_id, t.code ORDER BY t.code`,
      [`${year}-%`],
    );
    return rows
      .map((row) => ({ technicianId: row.technician_id, review: yearReview(row.grades, year, settings) }))
      .filter(({ review }) => outcome == null || review.outcome === outcome)
      .map(({ technicianId, review }) => ({
        technicianId,
        year,
        monthsGraded: review.monthsGraded,
        gradeA: review.counts.A,
        gradeB: review.counts.B,
        gradeC: review.counts.C,
        outcome: review.outcome,
      }));
  },
};
