import { graphql, type ResultOf, type VariablesOf } from '../../graphql/graphql';

const COMPLAINT_SETTINGS_FIELDS = graphql(`
  fragment ComplaintSettingsFields on ComplaintSettingsType {
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
  }
`);

export const COMPLAINT_SETTINGS_QUERY = graphql(`
  query ComplaintSettings {
    complaintSettings { ...ComplaintSettingsFields }
  }
`, [COMPLAINT_SETTINGS_FIELDS]);

export const UPDATE_COMPLAINT_SETTINGS = graphql(`
  mutation UpdateComplaintSettings($input: ComplaintSettingsInput!) {
    updateComplaintSettings(input: $input) { ...ComplaintSettingsFields }
  }
`, [COMPLAINT_SETTINGS_FIELDS]);

/** `complaintSettings` as the API sends it; money is yuan as a decimal string. */
export type ComplaintSettingsData = ResultOf<typeof COMPLAINT_SETTINGS_QUERY>['complaintSettings'];
export type ShareSetting = ComplaintSettingsData['responsibilityRules'][number]['shares'][number];

/** `ComplaintSettingsInput`: the same shape, every rule listed. */
export type ComplaintSettingsInput = VariablesOf<typeof UPDATE_COMPLAINT_SETTINGS>['input'];
