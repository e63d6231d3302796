import {
  adjustedScore,
  assertScorePeriodEnded,
  assertScoreTransition,
  monthRange,
  SCORE_LIFECYCLE,
  type ScoreCommandContext,
  type ScoreAdjustment,
  type SupervisorScores,
  technicianScoreFromTally,
  throwIfFieldErrors,
  validateScoreAdjustment,
  validateSupervisorScores,
  type FieldErrors,
} from '@aftersales/domain';
import type { EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { actorOf } from '../auth/actor.js';
import { appError, notFound } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import type { RequestContext } from '../common/request-context.js';
import { type VersionedAggregate, versionedWrite } from '../common/versioned-write.js';
import { SCORE_ACTIONS, type ScoreAction } from './score-enums.js';
import { readTechnicianScoreSettings } from './score-settings.js';
import { raiseScoresPublished } from './scores-published.event.js';
import { storeSubmittedLate } from './submitted-late.js';
import { supervisorScoresEntered, supervisorScoresEnteredSql } from './supervisor-entry.js';
import { TechnicianScore, TechnicianScoreAdjustment } from './technician-score.entity.js';
import { msg } from '../i18n/message.js';

/** The domain names fields under a prefix; the GraphQL input has them at the top. */
function topLevel(errors: FieldErrors, prefix: string): FieldErrors {
  return Object.fromEntries(Object.entries(errors).map(([key, message]) => [key.replace(`${prefix}.`, ''), message]));
}

/** typeorm answers an UPDATE … RETURNING with [rows, affected]. */
function updatedRows(result: unknown): { id: string }[] {
  return (result as [{ id: string }[], number])[0];
}

const SCORE: VersionedAggregate<TechnicianScore> = {
  entity: TechnicianScore,
  entityType: 'TechnicianScore',
  noun: msg('apiTechnicianScores.thisScore'),
  // submittedLate is derived: storeSubmittedLate writes it from the change's outcome.
  fixedColumns: ['submittedLate'],
  afterWrite: (manager, ids) => storeSubmittedLate(manager, ids),
  centerOf: (score) => score.repairCenterId,
  describeCurrent: (score) => ({ status: score.status, version: score.version }),
};

export type ScoreCommand = keyof typeof SCORE_LIFECYCLE.commands;

/** What the score lifecycle's guards read of a score. */
function commandContext(score: Pick<TechnicianScore, 'supervisorEnteredAt'>): ScoreCommandContext {
  return { supervisorEntered: supervisorScoresEntered(score) };
}

/** The button each per-score command is offered as; publishing is the month's, not one score's. */
const ACTION_OF: { [C in ScoreCommand]: ScoreAction | null } = {
  enterSupervisorScores: 'ENTER_SUPERVISOR_SCORES',
  submit: 'SUBMIT',
  publish: null,
  returnToSupervisor: 'RETURN',
  adjust: 'ADJUST',
};

/**
 * One change to one score through the one versioned write: the lifecycle's `command` is its
 * precondition, `apply` returns the columns to change.
 */
function changeScore(
  context: RequestContext,
  id: string,
  version: number,
  command: ScoreCommand,
  action: string,
  apply: (score: TechnicianScore, manager: EntityManager) => Promise<Partial<TechnicianScore>> | Partial<TechnicianScore>,
): Promise<TechnicianScore> {
  const principal = context.requirePrincipal();
  return versionedWrite(context, SCORE, {
    id,
    version,
    action,
    apply: async (score, manager) => {
      SCORE_LIFECYCLE.assertCommand(command, score.status, actorOf(principal), commandContext(score));
      Object.assign(score, await apply(score, manager));
    },
  });
}

export const scoreWorkflowService = {
  /** The supervisor's D1 and D2 (each item within its maximum); the total is rescored at once. */
  enterSupervisorScores(context: RequestContext, id: string, version: number, scores: SupervisorScores): Promise<TechnicianScore> {
    const principal = context.requirePrincipal();
    return changeScore(context, id, version, 'enterSupervisorScores', 'ENTER_SUPERVISOR_SCORES', async (score, manager) => {
      const settings = await readTechnicianScoreSettings(manager);
      throwIfFieldErrors(topLevel(validateSupervisorScores(scores, settings, 'scores'), 'scores'), msg('apiTechnicianScores.somePointsOutRangeCorrect'));
      const figures = technicianScoreFromTally(
        scores,
        {
          surveyCount: score.surveyCount,
          surveyLevelSum: score.surveyLevelSum,
          surveyAnswerCount: score.surveyAnswerCount,
          arrivalCount: score.arrivalCount,
          lateArrivalCount: score.lateArrivalCount,
          repairCount: score.repairCount,
          notFirstTimeFixCount: score.notFirstTimeFixCount,
          verifiedComplaintCount: score.complaintCount,
        },
        settings,
      );
      return {
        ...scores,
        surveyPoints: figures.items.survey,
        onTimeArrivalPoints: figures.items.onTimeArrival,
        firstTimeFixPoints: figures.items.firstTimeFix,
        attitude: figures.attitude,
        ability: figures.ability,
        performance: figures.performance,
        performanceStatus: figures.performanceStatus,
        creditedPoints: figures.creditedPoints,
        subtotal: figures.subtotal,
        complaintDeduction: figures.complaintDeduction,
        total: figures.total,
        grade: figures.grade,
        payRatio: figures.payRatio,
        currentTotal: figures.total,
        currentGrade: figures.grade,
        currentPayRatio: figures.payRatio,
        supervisorEnteredAt: new Date(),
        supervisorEnteredByName: principal.displayName,
      };
    });
  },

  /**
   * DRAFT → SUBMITTED for the month (or the listed scores). Only scores with the supervisor's
   * entry can go: a score without D1 and D2 would be graded on D3 alone.
   */
  async submit(context: RequestContext, period: string, ids: readonly string[] | null): Promise<number> {
    const principal = context.requirePrincipal();
    monthRange(period);
    const { timeZone } = await context.loaders.calendarSettings();
    assertScorePeriodEnded(period, new Date(), timeZone);
    return context.transaction(async (manager) => {
      if (ids) {
        const wrongIds = ids.filter((id) => !isUuid(id));
        if (wrongIds.length > 0) throw notFound('TechnicianScore', wrongIds[0]!);
        const scores = ids.length === 0 ? [] : await manager.findBy(TechnicianScore, ids.map((id) => ({ id, period })));
        const found = new Set(scores.map((score) => score.id));
        const missing = ids.find((id) => !found.has(id));
        if (missing) throw notFound('TechnicianScore', missing);
        const actor = actorOf(principal);
        for (const score of scores) {
          if (!SCORE_LIFECYCLE.commands.submit.from.includes(score.status)) assertScoreTransition(score.status, 'SUBMITTED');
        }
        const unentered = scores.filter((score) => SCORE_LIFECYCLE.refusalOf('submit', score.status, actor, commandContext(score)) !== null).length;
        if (unentered > 0) {
          throw appError('CONFLICT', msg('apiTechnicianScores.unenteredChosenScoresSupervisorEntry', { unentered }));
        }
      }
      const submitted = updatedRows(await manager.query(
        `UPDATE technician_score SET status = 'SUBMITTED', submitted_at = now(), submitted_by_name = $2,
                returned_reason = NULL, version = version + 1, updated_at = now()
          WHERE period = $1 AND status = ANY($4::text[]) AND ${supervisorScoresEnteredSql('technician_score')}
            AND ($3::uuid[] IS NULL OR id = ANY($3::uuid[]))
         RETURNING id`,
        // The states submit runs in are the lifecycle's; the entry check is its guard (supervisorEntered).
        [period, principal.displayName, ids, SCORE_LIFECYCLE.commands.submit.from],
      ));
      await storeSubmittedLate(manager, submitted.map((row) => row.id));
      await recordAudit(manager, principal, {
        action: 'SUBMIT',
        entityType: 'TechnicianScoreMonth',
        entityId: period,
        after: { period, submitted: submitted.length },
      });
      return submitted.length;
    });
  },

  /** HR sends a submitted score back to the supervisor with what to correct. */
  returnToSupervisor(context: RequestContext, id: string, version: number, reason: string): Promise<TechnicianScore> {
    return changeScore(context, id, version, 'returnToSupervisor', 'RETURN', (score) => {
      // The reason is input the command needs: the supervisor is told what to correct.
      assertScoreTransition(score.status, 'DRAFT', { reason });
      return { status: 'DRAFT', returnedReason: reason.trim(), submittedAt: null, submittedByName: null };
    });
  },

  /** HR publishes every submitted score of the month; published scores are final. */
  async publish(context: RequestContext, period: string): Promise<number> {
    const principal = context.requirePrincipal();
    monthRange(period);
    return context.transaction(async (manager) => {
      const rows = (await manager.query(
        `UPDATE technician_score SET status = 'PUBLISHED', published_at = now(), published_by_name = $2,
                version = version + 1, updated_at = now()
          WHERE period = $1 AND status = ANY($3::text[])
         RETURNING id, repair_center_id`,
        [period, principal.displayName, SCORE_LIFECYCLE.commands.publish.from],
      )) as [{ id: string; repair_center_id: string | null }[], number];
      const published = rows[0].length;
      if (published === 0) {
        throw appError('CONFLICT', msg('apiTechnicianScores.scorePeriodWaitingPublishedSupervisors', { period }));
      }
      await recordAudit(manager, principal, {
        action: 'PUBLISH',
        entityType: 'TechnicianScoreMonth',
        entityId: period,
        after: { period, published },
      });
      await raiseScoresPublished(manager, period, rows[0]);
      return published;
    });
  },

  /** What the viewer may do with one score now: the per-score commands `SCORE_LIFECYCLE` allows. */
  allowedActions(context: RequestContext, score: TechnicianScore): ScoreAction[] {
    const commands = SCORE_LIFECYCLE.allowedCommands(score.status, actorOf(context.requirePrincipal()), commandContext(score));
    const offered = new Set(commands.map((command) => ACTION_OF[command]));
    return SCORE_ACTIONS.filter((action) => offered.has(action));
  },

  /** A correction of a published score: a new adjustment record; the score keeps what was published. */
  adjust(context: RequestContext, id: string, version: number, adjustment: ScoreAdjustment): Promise<TechnicianScore> {
    const principal = context.requirePrincipal();
    return changeScore(context, id, version, 'adjust', 'ADJUST', async (score, manager) => {
      throwIfFieldErrors(topLevel(validateScoreAdjustment(adjustment, 'adjustment'), 'adjustment'), msg('apiTechnicianScores.adjustmentValidCorrectFieldsListed'));
      const settings = await readTechnicianScoreSettings(manager);
      const earlier = await manager.find(TechnicianScoreAdjustment, { where: { scoreId: id }, order: { createdAt: 'ASC' } });
      const next = { delta: adjustment.delta, reason: adjustment.reason.trim() };
      const result = adjustedScore(score.total, [...earlier.map(({ delta, reason }) => ({ delta, reason })), next], settings);
      await manager.insert(TechnicianScoreAdjustment, {
        scoreId: id,
        repairCenterId: score.repairCenterId,
        delta: next.delta,
        reason: next.reason,
        totalAfter: result.total,
        gradeAfter: result.grade,
        adjustedByName: principal.displayName,
      });
      return { currentTotal: result.total, currentGrade: result.grade, currentPayRatio: result.payRatio };
    });
  },
};
