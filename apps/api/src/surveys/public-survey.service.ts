import { SURVEY_LIFECYCLE } from '@aftersales/domain';
import { MoreThan, type EntityManager } from 'typeorm';
import { recordAudit } from '../audit/audit.service.js';
import { appError } from '../common/app-error.js';
import type { RequestContext } from '../common/request-context.js';
import { ProductModel } from '../reference-data/product-models/product-model.entity.js';
import { Technician } from '../technicians/technician.entity.js';
import { WorkOrder } from '../work-orders/work-order.entity.js';
import { checkedAnswers, textOrNull } from './survey-answers.js';
import { hashSurveyToken, looksLikeSurveyToken, type PublicSurvey } from './survey-link.js';
import { Survey } from './survey.entity.js';
import type { SubmitPublicSurveyInput } from './survey.input.js';
import { surveyFacts } from './survey.service.js';
import { msg } from '../i18n/message.js';

/*
 * The customer's page has no sign-in, so the request carries no principal and row-level security
 * shows it no row at all. These two operations therefore read and write as the tables' owner
 * (context.systemManager), and keep that narrow: the only way in is the SHA-256 of a token that
 * customer service created and sent to this customer, it reaches that one survey and its own work
 * order, and it answers only what the customer's page shows. A used token is cleared, so it
 * opens nothing afterwards.
 */

const unusable = () =>
  appError('NOT_FOUND', msg('apiSurveys.surveyLinkValidMayExpired'));

/** The survey the link opens, locked when it is about to be answered; NOT_FOUND for any bad token. */
async function surveyOfToken(manager: EntityManager, token: string, lock: boolean): Promise<Survey> {
  if (typeof token !== 'string' || !looksLikeSurveyToken(token)) throw unusable();
  const survey = await manager.findOne(Survey, {
    where: { linkTokenHash: hashSurveyToken(token), linkExpiresAt: MoreThan(new Date()) },
    ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
  });
  if (!survey) throw unusable();
  return survey;
}

export const publicSurveyService = {
  show(context: RequestContext, token: string): Promise<PublicSurvey> {
    return context.systemManager.transaction(async (manager) => {
      const survey = await surveyOfToken(manager, token, false);
      const order = await manager.findOneByOrFail(WorkOrder, { id: survey.workOrderId });
      const technician = survey.technicianId ? await manager.findOneBy(Technician, { id: survey.technicianId }) : null;
      const model = order.modelId ? await manager.findOneBy(ProductModel, { id: order.modelId }) : null;
      return {
        workOrderCode: order.code,
        completedAt: order.completedAt,
        technicianName: technician?.name ?? null,
        modelName: model?.name ?? null,
        alreadyAnswered: survey.status === 'RESPONDED',
      };
    });
  },

  /** The customer's own answers (channel LINK); the link then stops working. */
  submit(context: RequestContext, input: SubmitPublicSurveyInput): Promise<boolean> {
    return context.systemManager.transaction(async (manager) => {
      const survey = await surveyOfToken(manager, input.token, true);
      // The customer's own page (no actor): the lifecycle decides, the words are for the customer.
      const order = await manager.findOneByOrFail(WorkOrder, { id: survey.workOrderId });
      if (SURVEY_LIFECYCLE.refusalOf('submitByLink', survey.status, null, surveyFacts(survey, order))) {
        throw appError('CONFLICT', msg('apiSurveys.surveyAlreadyBeenAnsweredThank'));
      }
      const answers = checkedAnswers(input.answers);
      const respondedAt = new Date();
      await manager.update(Survey, { id: survey.id }, {
        ...answers,
        status: 'RESPONDED',
        channel: 'LINK',
        comments: textOrNull(input.comments),
        customerComplaint: textOrNull(input.customerComplaint),
        respondedAt,
        linkTokenHash: null,
      });
      await recordAudit(manager, null, {
        action: 'SUBMIT_SURVEY',
        entityType: 'Survey',
        entityId: survey.id,
        after: { ...answers, channel: 'LINK', respondedAt },
        repairCenterId: survey.repairCenterId,
      });
      return true;
    });
  },
};
