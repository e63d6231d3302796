import type { ReplyDeadlineBasis, ResponsibilityScenario, ResponsibleUnit } from '@aftersales/domain';

const SETTINGS_FIELDS = /* GraphQL */ `
  minorLossLimit
  majorLossLimit
  replyDays { minor major critical }
  replyDeadlineBasis
  contractReplyWorkingDays
  firstResponseHours
  forwardingHours
  lateForwardPenalty
  lateHandlingPenalty
  repeatComplaintThreshold
  responsibilityRules { scenario shares { unit sharePercent } }
`;

export const COMPLAINT_SETTINGS_QUERY = /* GraphQL */ `
  query ComplaintSettings {
    complaintSettings { ${SETTINGS_FIELDS} }
  }
`;

export const UPDATE_COMPLAINT_SETTINGS = /* GraphQL */ `
  mutation UpdateComplaintSettings($input: ComplaintSettingsInput!) {
    updateComplaintSettings(input: $input) { ${SETTINGS_FIELDS} }
  }
`;

export interface ShareSetting {
  unit: ResponsibleUnit;
  sharePercent: number;
}

/** `complaintSettings` as the API sends it; money is yuan as a decimal string. */
export interface ComplaintSettingsData {
  minorLossLimit: string;
  majorLossLimit: string;
  replyDays: { minor: number; major: number; critical: number };
  replyDeadlineBasis: ReplyDeadlineBasis;
  /** 合同约定答复期限: working days to answer a purchaser whose contract says so. */
  contractReplyWorkingDays: number;
  firstResponseHours: number;
  forwardingHours: number;
  lateForwardPenalty: string;
  lateHandlingPenalty: string;
  repeatComplaintThreshold: number;
  responsibilityRules: { scenario: ResponsibilityScenario; shares: ShareSetting[] }[];
}

/** `ComplaintSettingsInput`: the same shape, every rule listed. */
export type ComplaintSettingsInput = ComplaintSettingsData;
