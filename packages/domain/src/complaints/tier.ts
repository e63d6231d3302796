import { DomainError, type FieldErrors, throwIfFieldErrors } from '../errors.js';
import { type Fen, formatMoneyDisplay } from '../money.js';
import { isNonNegativeFen } from './input-checks.js';
import type { ComplaintSettings } from './settings.js';
import { msg } from '../messages/index.js';

/** Severity tiers of a complaint by its direct loss (001 §2.2). */
export const COMPLAINT_TIERS = ['MINOR', 'MAJOR', 'CRITICAL'] as const;
export type ComplaintTier = (typeof COMPLAINT_TIERS)[number];

/** TECH_CENTER handles at its desk; ON_SITE_TEAM is the service team it sends to the customer (服务小组). */
export const COMPLAINT_HANDLERS = ['TECH_CENTER', 'ON_SITE_TEAM'] as const;
export type ComplaintHandler = (typeof COMPLAINT_HANDLERS)[number];

/** 分管副总经理 (the vice-president in charge), 总经理, and the company office meeting (办公会). */
export const COMPLAINT_AUTHORITIES = ['VICE_PRESIDENT', 'GENERAL_MANAGER', 'OFFICE_MEETING'] as const;
export type ComplaintAuthority = (typeof COMPLAINT_AUTHORITIES)[number];

export interface TierHandling {
  handledBy: ComplaintHandler;
  /** The team goes to the customer to inspect and take evidence (现场查看、取证). */
  onSiteInvestigation: boolean;
  /** Who must agree to the handling proposal, in order, before it is carried out. */
  approvers: readonly ComplaintAuthority[];
  /** Who is told of the proposal. */
  informed: readonly ComplaintAuthority[];
}

/*
 * 001 §2.2: a small complaint with clear responsibility is handled by the technical center; a
 * larger or unclear one by the service team it sends on site, reporting to the VP in charge; a
 * major one (over ¥10,000) the same, but the VP must agree before the general manager is told.
 * The office meeting for an "especially major" complaint is added by `tierHandling`.
 */
export const TIER_HANDLING: { [T in ComplaintTier]: TierHandling } = {
  MINOR: { handledBy: 'TECH_CENTER', onSiteInvestigation: false, approvers: [], informed: [] },
  MAJOR: { handledBy: 'ON_SITE_TEAM', onSiteInvestigation: true, approvers: [], informed: ['VICE_PRESIDENT'] },
  CRITICAL: {
    handledBy: 'ON_SITE_TEAM',
    onSiteInvestigation: true,
    approvers: ['VICE_PRESIDENT'],
    informed: ['GENERAL_MANAGER'],
  },
};

export function isComplaintTier(value: unknown): value is ComplaintTier {
  return typeof value === 'string' && (COMPLAINT_TIERS as readonly string[]).includes(value);
}

/** Field errors for the two loss limits; part of `validateComplaintSettings`. */
export function validateLossLimits(s: Pick<ComplaintSettings, 'minorLossLimit' | 'majorLossLimit'>): FieldErrors {
  const errors: FieldErrors = {};
  const message = msg('complaints.enterAmountWholeFen0');
  if (!isNonNegativeFen(s?.minorLossLimit)) errors.minorLossLimit = message;
  if (!isNonNegativeFen(s?.majorLossLimit)) errors.majorLossLimit = message;
  if (!errors.minorLossLimit && !errors.majorLossLimit && s.majorLossLimit < s.minorLossLimit) {
    errors.majorLossLimit =
      msg('complaints.majorLimitBelowMinorLimit', { formatMoneyDisplay: formatMoneyDisplay(s.minorLossLimit) });
  }
  return errors;
}

export interface SeverityInput {
  /** Direct economic loss (直接经济损失) as estimated or established, in fen. */
  directLoss: Fen;
  /** Whether the responsible unit is already clear (责任明确). */
  responsibilityClear: boolean;
}

/**
 * The tier of a complaint (001 §2.2, DOMAIN §3.4). "在1000元以内" and "在10000元以内" include the
 * limit, so ¥1,000.00 clear is MINOR and ¥1,000.01 is MAJOR; "10000元以上" is read as strictly
 * above, so ¥10,000.00 is still MAJOR and ¥10,000.01 CRITICAL. Unclear responsibility lifts a
 * small loss to MAJOR but never lowers a CRITICAL one. Re-run it when the loss becomes known: the
 * tier sets the handler and the reply deadline.
 */
export function severityTier(
  input: SeverityInput,
  settings: Pick<ComplaintSettings, 'minorLossLimit' | 'majorLossLimit'>,
): ComplaintTier {
  throwIfFieldErrors(
    validateLossLimits(settings),
    msg('complaints.complaintLossLimitsValidCorrect'),
  );
  const errors: FieldErrors = {};
  if (!isNonNegativeFen(input?.directLoss)) errors.directLoss = msg('complaints.enterDirectLossWholeFen');
  if (typeof input?.responsibilityClear !== 'boolean') {
    errors.responsibilityClear = msg('complaints.sayWhetherResponsibilityClear');
  }
  throwIfFieldErrors(errors);

  if (input.directLoss > settings.majorLossLimit) return 'CRITICAL';
  if (input.directLoss <= settings.minorLossLimit && input.responsibilityClear) return 'MINOR';
  return 'MAJOR';
}

/** The graver of two tiers: a tier raised to a floor (e.g. a survey complaint judged major) stays there. */
export function atLeastTier(tier: ComplaintTier, minimum: ComplaintTier): ComplaintTier {
  if (!isComplaintTier(tier) || !isComplaintTier(minimum)) {
    throw new DomainError('INVALID_INPUT', msg('complaints.complaintTiersMinorMajorCritical', { value: String(isComplaintTier(tier) ? minimum : tier) }), {
      tier: msg('complaints.chooseMinorMajorCritical'),
    });
  }
  return COMPLAINT_TIERS.indexOf(tier) >= COMPLAINT_TIERS.indexOf(minimum) ? tier : minimum;
}

/** Only a CRITICAL complaint can be "especially major" (特别重大, 001 §2.2). */
export function validateEspeciallyMajorFlag(complaint: { tier: ComplaintTier; especiallyMajor: boolean }): FieldErrors {
  if (complaint.especiallyMajor && complaint.tier !== 'CRITICAL') {
    return {
      especiallyMajor:
        msg('complaints.onlyCriticalComplaintEspeciallyMajor', { tier: String(complaint.tier) }),
    };
  }
  return {};
}

/** 001 §2.2: the handling proposal of an especially major complaint needs the office meeting (办公会). */
export function requiresOfficeMeetingApproval(complaint: { tier: ComplaintTier; especiallyMajor: boolean }): boolean {
  return complaint.tier === 'CRITICAL' && complaint.especiallyMajor === true;
}

/** Who handles a complaint of `tier` and who approves and hears of it; a fresh copy each call. */
export function tierHandling(tier: ComplaintTier, especiallyMajor = false): TierHandling {
  if (!isComplaintTier(tier)) {
    throw new DomainError('INVALID_INPUT', msg('complaints.tierComplaintTierUseMinor', { tier: String(tier) }), {
      tier: msg('complaints.chooseMinorMajorCritical'),
    });
  }
  throwIfFieldErrors(validateEspeciallyMajorFlag({ tier, especiallyMajor }));
  const handling = TIER_HANDLING[tier];
  const approvers: ComplaintAuthority[] = [...handling.approvers];
  if (requiresOfficeMeetingApproval({ tier, especiallyMajor })) approvers.push('OFFICE_MEETING');
  return { ...handling, approvers, informed: [...handling.informed] };
}
