import { CAPA_STATUSES, COMPLAINT_TIERS, FAULT_CAUSES, PENALTY_REASONS, RESOLUTION_KINDS, RESPONSIBLE_UNITS } from '@aftersales/domain';
import type { ReportTranslate } from './use-report-translation';

const isOneOf = <Value extends string>(values: readonly Value[], value: string): value is Value => (values as readonly string[]).includes(value);

/*
 * The reports carry codes as the API sends them; a code this version of the admin does not know
 * yet is shown as it is rather than hidden.
 */

export const unitLabel = (t: ReportTranslate, unit: string) => (isOneOf(RESPONSIBLE_UNITS, unit) ? t(`complaintReports.units.${unit}`) : unit);

export const penaltyReasonLabel = (t: ReportTranslate, reason: string) =>
  isOneOf(PENALTY_REASONS, reason) ? t(`complaintReports.penaltyReasons.${reason}`) : reason;

export const resolutionLabel = (t: ReportTranslate, kind: string) => (isOneOf(RESOLUTION_KINDS, kind) ? t(`complaintReports.resolutionKinds.${kind}`) : kind);

export const tierLabel = (t: ReportTranslate, tier: string) => (isOneOf(COMPLAINT_TIERS, tier) ? t(`complaintReports.tiers.${tier}`) : tier);

/** A fault cause, or UNKNOWN for complaints not yet appraised. */
export const causeLabel = (t: ReportTranslate, cause: string) =>
  isOneOf([...FAULT_CAUSES, 'UNKNOWN'], cause) ? t(`complaintReports.causes.${cause}`) : cause;

export const capaStatusLabel = (t: ReportTranslate, status: string) => (isOneOf(CAPA_STATUSES, status) ? t(`complaintReports.capaStatuses.${status}`) : status);
