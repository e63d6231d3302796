import { graphql } from '../../graphql/graphql';

export const REPAIR_CENTER_SETTINGS_QUERY = graphql(`
  query RepairCenterSettings {
    repairCenterSettings {
      assessmentPassMark
      rectificationDays
      agreementExpiryWarningDays
    }
  }
`);

export const UPDATE_REPAIR_CENTER_SETTINGS = graphql(`
  mutation UpdateRepairCenterSettings($input: RepairCenterSettingsInput!) {
    updateRepairCenterSettings(input: $input) {
      assessmentPassMark
      rectificationDays
      agreementExpiryWarningDays
    }
  }
`);
