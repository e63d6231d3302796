import {
  COMPLAINT_TIERS,
  RESPONSIBILITY_SCENARIOS,
  type ComplaintTier,
  type ReplyDeadlineBasis,
  type ResponsibilityScenario,
  type ResponsibleUnit,
} from '@aftersales/domain';
import { isMoneyText } from '../../common/format';
import type { ReportTranslate } from '../../complaint-reports/use-report-translation';
import type { ComplaintSettingsData, ComplaintSettingsInput } from './complaint-settings-queries';

export interface ShareDraft {
  unit: ResponsibleUnit | '';
  sharePercent: number | null;
}

/** The form's values: money as typed, numbers `null` while empty, rules by scenario. */
export interface SettingsDraft {
  minorLossLimit: string;
  majorLossLimit: string;
  replyDays: Record<ComplaintTier, number | null>;
  replyDeadlineBasis: ReplyDeadlineBasis;
  contractReplyWorkingDays: number | null;
  firstResponseHours: number | null;
  forwardingHours: number | null;
  lateForwardPenalty: string;
  lateHandlingPenalty: string;
  repeatComplaintThreshold: number | null;
  rules: Record<ResponsibilityScenario, ShareDraft[]>;
}

export const MONEY_FIELDS = ['minorLossLimit', 'majorLossLimit', 'lateForwardPenalty', 'lateHandlingPenalty'] as const;
export const COUNT_FIELDS = ['contractReplyWorkingDays', 'firstResponseHours', 'forwardingHours', 'repeatComplaintThreshold'] as const;

/** The API reads reply days as `{ minor, major, critical }` but reports their errors as `replyDays.MAJOR`. */
const TIER_FIELD = { MINOR: 'minor', MAJOR: 'major', CRITICAL: 'critical' } as const satisfies Record<ComplaintTier, string>;

export function toDraft(settings: ComplaintSettingsData): SettingsDraft {
  const rules = Object.fromEntries(
    RESPONSIBILITY_SCENARIOS.map((scenario) => [
      scenario,
      (settings.responsibilityRules.find((rule) => rule.scenario === scenario)?.shares ?? []).map((share) => ({ unit: share.unit, sharePercent: share.sharePercent })),
    ]),
  ) as Record<ResponsibilityScenario, ShareDraft[]>;
  return {
    minorLossLimit: settings.minorLossLimit,
    majorLossLimit: settings.majorLossLimit,
    replyDays: { MINOR: settings.replyDays.minor, MAJOR: settings.replyDays.major, CRITICAL: settings.replyDays.critical },
    replyDeadlineBasis: settings.replyDeadlineBasis,
    contractReplyWorkingDays: settings.contractReplyWorkingDays,
    firstResponseHours: settings.firstResponseHours,
    forwardingHours: settings.forwardingHours,
    lateForwardPenalty: settings.lateForwardPenalty,
    lateHandlingPenalty: settings.lateHandlingPenalty,
    repeatComplaintThreshold: settings.repeatComplaintThreshold,
    rules,
  };
}

/** The input to send; only called once {@link draftErrors} found nothing, so nothing is empty. */
export function toInput(draft: SettingsDraft): ComplaintSettingsInput {
  return {
    minorLossLimit: draft.minorLossLimit.trim(),
    majorLossLimit: draft.majorLossLimit.trim(),
    replyDays: { minor: draft.replyDays.MINOR ?? 0, major: draft.replyDays.MAJOR ?? 0, critical: draft.replyDays.CRITICAL ?? 0 },
    replyDeadlineBasis: draft.replyDeadlineBasis,
    contractReplyWorkingDays: draft.contractReplyWorkingDays ?? 0,
    firstResponseHours: draft.firstResponseHours ?? 0,
    forwardingHours: draft.forwardingHours ?? 0,
    lateForwardPenalty: draft.lateForwardPenalty.trim(),
    lateHandlingPenalty: draft.lateHandlingPenalty.trim(),
    repeatComplaintThreshold: draft.repeatComplaintThreshold ?? 0,
    responsibilityRules: RESPONSIBILITY_SCENARIOS.map((scenario) => ({
      scenario,
      shares: draft.rules[scenario].map((share) => ({ unit: share.unit as ResponsibleUnit, sharePercent: share.sharePercent ?? 0 })),
    })),
  };
}

/** A percent in whole hundredths, so 33.33 + 33.33 + 33.34 adds up to exactly 100. */
const hundredths = (percent: number) => Math.round(percent * 100);

export function shareTotal(rows: readonly ShareDraft[]): number {
  return rows.reduce((sum, row) => sum + (row.sharePercent === null ? 0 : hundredths(row.sharePercent)), 0) / 100;
}

/** One rule's errors under the API's keys: `responsibilityRules.<SCENARIO>` and `….<row>.unit|sharePercent`. */
function ruleErrors(scenario: ResponsibilityScenario, rows: readonly ShareDraft[], t: ReportTranslate): Record<string, string> {
  const prefix = `responsibilityRules.${scenario}`;
  if (rows.length === 0) return { [prefix]: t('complaintSettings.rules.atLeastOne') };
  const errors: Record<string, string> = {};
  let sharesValid = true;
  rows.forEach((row, index) => {
    const firstRow = rows.findIndex((other) => other.unit === row.unit);
    if (!row.unit) errors[`${prefix}.${index}.unit`] = t('common.required');
    else if (firstRow < index) errors[`${prefix}.${index}.unit`] = t('complaintSettings.rules.duplicate', { number: firstRow + 1 });
    const share = row.sharePercent;
    const shareError =
      share === null ? t('common.required') : share <= 0 || share > 100 || Math.abs(share * 100 - hundredths(share)) > 1e-6 ? t('complaintSettings.rules.shareRange') : null;
    if (shareError) {
      errors[`${prefix}.${index}.sharePercent`] = shareError;
      sharesValid = false;
    }
  });
  const total = shareTotal(rows);
  if (sharesValid && total !== 100) errors[prefix] = t('complaintSettings.rules.totalMustBe100', { total });
  return errors;
}

/**
 * What can be checked before asking the API: nothing empty, amounts well formed, and every rule
 * adding up to 100 % (001 §3). Ranges (e.g. 1–365 days) are the API's to judge.
 */
export function draftErrors(draft: SettingsDraft, t: ReportTranslate): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const field of MONEY_FIELDS) {
    const text = draft[field].trim();
    if (!text) errors[field] = t('common.required');
    else if (!isMoneyText(text)) errors[field] = t('common.moneyInvalid');
  }
  for (const tier of COMPLAINT_TIERS) if (draft.replyDays[tier] === null) errors[`replyDays.${tier}`] = t('common.required');
  for (const field of COUNT_FIELDS) if (draft[field] === null) errors[field] = t('common.required');
  for (const scenario of RESPONSIBILITY_SCENARIOS) Object.assign(errors, ruleErrors(scenario, draft.rules[scenario], t));
  return errors;
}

/** A reply-days error, under the API's `replyDays.MAJOR` or an input-shaped `replyDays.major`. */
export function replyDaysError(fieldErrors: Record<string, string>, tier: ComplaintTier): string | undefined {
  return fieldErrors[`replyDays.${tier}`] ?? fieldErrors[`replyDays.${TIER_FIELD[tier]}`];
}
