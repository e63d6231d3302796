import { DomainError } from '../errors.js';
import { atLeastTier, type ComplaintAuthority, type ComplaintTier } from '../complaints/tier.js';
import { msg } from '../messages/index.js';

/**
 * How grave CS judges a complaint the customer made in a survey (003 §20, DOMAIN §7): 情节重大
 * (MAJOR) or 一般性质 (ORDINARY). It is a judgement of the matter, made when the complaint is
 * opened, not of the loss: the loss sets the complaint's tier later, in the investigation.
 */
export const SURVEY_COMPLAINT_SEVERITIES = ['ORDINARY', 'MAJOR'] as const;
export type SurveyComplaintSeverity = (typeof SURVEY_COMPLAINT_SEVERITIES)[number];

export const SURVEY_COMPLAINT_SEVERITY_LABELS: Record<SurveyComplaintSeverity, { zh: string; en: string }> = {
  ORDINARY: { zh: '一般', en: 'Ordinary' },
  MAJOR: { zh: '重大', en: 'Major' },
};

export interface SurveyComplaintHandling {
  /**
   * The lowest tier the complaint may have. A major one is registered at MAJOR, whose tier
   * handling reports it to the VP in charge, and no investigation takes it below that; an
   * ordinary one follows the loss like any complaint.
   */
  minimumTier: ComplaintTier;
  /** Who the service dept puts the complaint before (提呈副总经理核阅或核转); nobody for an ordinary one. */
  reportedTo: readonly ComplaintAuthority[];
  /** How the customer is told the result: by letter (函告) for a major one, in writing or by phone otherwise. */
  customerToldBy: readonly ('LETTER' | 'PHONE')[];
}

/*
 * 003 §20: "其情节重大者，服务部应即提呈副总经理核阅或核转、提前加以处理，并将处理情况函告该客户；
 * 其属一般性质者，服务部自行酌情处理之，应将处理结果，以书面或电话通知该客户。" Both end with the
 * customer being told; only the major one goes up to the VP.
 */
export const SURVEY_COMPLAINT_HANDLING: { [S in SurveyComplaintSeverity]: SurveyComplaintHandling } = {
  ORDINARY: { minimumTier: 'MINOR', reportedTo: [], customerToldBy: ['LETTER', 'PHONE'] },
  MAJOR: { minimumTier: 'MAJOR', reportedTo: ['VICE_PRESIDENT'], customerToldBy: ['LETTER'] },
};

export function isSurveyComplaintSeverity(value: unknown): value is SurveyComplaintSeverity {
  return typeof value === 'string' && (SURVEY_COMPLAINT_SEVERITIES as readonly string[]).includes(value);
}

/** How the service dept handles a survey complaint of `severity`; a fresh copy each call. */
export function surveyComplaintHandling(severity: SurveyComplaintSeverity): SurveyComplaintHandling {
  if (!isSurveyComplaintSeverity(severity)) {
    throw new DomainError('INVALID_INPUT', msg('surveys.severitySurveyComplaintSeverityUse', { severity: String(severity) }), {
      severity: msg('surveys.chooseOrdinaryMajor'),
    });
  }
  const handling = SURVEY_COMPLAINT_HANDLING[severity];
  return { ...handling, reportedTo: [...handling.reportedTo], customerToldBy: [...handling.customerToldBy] };
}

/**
 * The tier of a survey complaint once the loss gives `lossTier`: never below the severity's
 * minimum, so the investigation of a major complaint cannot quietly take it off the VP's desk,
 * and never lowers a higher tier.
 */
export function surveyComplaintTier(lossTier: ComplaintTier, severity: SurveyComplaintSeverity): ComplaintTier {
  return atLeastTier(lossTier, surveyComplaintHandling(severity).minimumTier);
}
