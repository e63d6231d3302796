const SETTINGS_FIELDS = /* GraphQL */ `
  assessmentPassMark
  rectificationDays
  agreementExpiryWarningDays
`;

export const REPAIR_CENTER_SETTINGS_QUERY = /* GraphQL */ `
  query RepairCenterSettings {
    repairCenterSettings { ${SETTINGS_FIELDS} }
  }
`;

export const UPDATE_REPAIR_CENTER_SETTINGS = /* GraphQL */ `
  mutation UpdateRepairCenterSettings($input: RepairCenterSettingsInput!) {
    updateRepairCenterSettings(input: $input) { ${SETTINGS_FIELDS} }
  }
`;
