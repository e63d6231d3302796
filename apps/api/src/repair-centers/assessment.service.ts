import {
  assessmentOutcome,
  CENTER_LIFECYCLE,
  evaluateAssessment,
  throwIfFieldErrors,
  validateAssessmentScores,
  type AssessmentScores,
  type FieldErrors,
} from '@aftersales/domain';
import { In } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { actorOf } from '../auth/actor.js';
import { notFound } from '../common/app-error.js';
import { isUuid } from '../common/ids.js';
import { trimmedOrNull } from '../common/input-rules.js';
import type { RequestContext } from '../common/request-context.js';
import { readRepairCenterSettings } from '../settings/settings.service.js';
import { Technician } from '../technicians/technician.entity.js';
import type { CenterAssessmentInput } from './assessment.input.js';
import { CenterAssessment, TechnicianAssessment } from './center-assessment.entity.js';
import { saveStatusChange } from './center-status-history.js';
import type { CodedReason } from './center-status-reasons.js';
import { RepairCenter } from './repair-center.entity.js';
import { msg } from '../i18n/message.js';

const scoresOf = (input: AssessmentScores): AssessmentScores => ({
  qualityAppraisal: input.qualityAppraisal,
  practicalAbility: input.practicalAbility,
  serviceAttitude: input.serviceAttitude,
});

function validate(input: CenterAssessmentInput): void {
  const errors: FieldErrors = { ...validateAssessmentScores(input.scores, 'scores') };
  (input.staff ?? []).forEach((entry, index) => Object.assign(errors, validateAssessmentScores(entry.scores, `staff.${index}.scores`)));
  throwIfFieldErrors(errors);
}

export const assessmentService = {
  /**
   * Records a periodic assessment or a rectification follow-up (004 §5.4) and applies its
   * consequence to the center's status in the same transaction.
   */
  async record(context: RequestContext, input: CenterAssessmentInput): Promise<CenterAssessment> {
    validate(input);
    if (!isUuid(input.repairCenterId)) throw notFound('RepairCenter', input.repairCenterId);
    const assessorName = context.requirePrincipal().displayName;
    return context.transaction(async (manager) => {
      const center = await manager.findOne(RepairCenter, { where: { id: input.repairCenterId }, lock: { mode: 'pessimistic_write' } });
      if (!center) throw notFound('RepairCenter', input.repairCenterId);
      const settings = await readRepairCenterSettings(manager);
      const evaluation = evaluateAssessment(scoresOf(input.scores), settings.assessmentPassMark);
      const outcome = assessmentOutcome({
        kind: input.kind,
        recordedStatus: center.recordedStatus,
        result: evaluation.result,
        assessedOn: input.assessedOn,
        rectificationDays: settings.rectificationDays,
        currentDeadline: center.rectificationDeadline,
      });
      const staff = input.staff ?? [];
      const staffIds = staff.map((entry) => entry.technicianId);
      const ownStaff = new Set(
        (await manager.findBy(Technician, { id: In(staffIds.filter(isUuid)), repairCenterId: center.id })).map((t) => t.id),
      );
      const strangers = Object.fromEntries(
        staff.flatMap((entry, index) =>
          ownStaff.has(entry.technicianId) ? [] : [[`staff.${index}.technicianId`, msg('apiRepairCenters.technicianRepairCenter')]],
        ),
      );
      throwIfFieldErrors(strangers, msg('apiRepairCenters.onlyCenterSOwnTechnicians'));

      const assessment = await manager.save(
        manager.create(CenterAssessment, {
          repairCenterId: center.id,
          kind: input.kind,
          assessedOn: input.assessedOn,
          scores: scoresOf(input.scores),
          ...evaluation,
          notes: trimmedOrNull(input.notes),
          assessorName,
          rectificationDeadline: outcome.rectificationOpened ? outcome.rectificationDeadline : null,
        }),
      );
      for (const entry of staff) {
        await manager.insert(TechnicianAssessment, {
          centerAssessmentId: assessment.id,
          repairCenterId: center.id,
          technicianId: entry.technicianId,
          scores: scoresOf(entry.scores),
          ...evaluateAssessment(scoresOf(entry.scores), settings.assessmentPassMark),
        });
      }
      await recordAudit(manager, context.principal, {
        action: 'ASSESS',
        entityType: 'RepairCenter',
        entityId: center.id,
        after: { ...assessment, ...assessment.scores, staff: staff.map((entry) => ({ technicianId: entry.technicianId, ...scoresOf(entry.scores) })) },
        repairCenterId: center.id,
      });
      if (outcome.nextStatus !== center.recordedStatus) {
        const command = outcome.rectificationOpened ? 'openRectification' : 'closeRectification';
        CENTER_LIFECYCLE.assertCommand(command, center.recordedStatus, actorOf(context.requirePrincipal()));
        const reason: CodedReason = outcome.rectificationOpened
          ? { code: 'ASSESSMENT_FAILED', items: [...evaluation.failedItems], deadline: outcome.rectificationDeadline }
          : { code: 'RECTIFICATION_PASSED' };
        await saveStatusChange(manager, context.principal, center, {
          command,
          to: outcome.nextStatus,
          reason,
          rectificationDeadline: outcome.rectificationDeadline,
        });
      }
      return assessment;
    });
  },
};
