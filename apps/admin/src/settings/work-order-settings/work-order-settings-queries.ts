const SETTINGS_FIELDS = /* GraphQL */ `
  arrivalHours { URBAN SUBURBAN }
  repeatRepairDays
  hourlyRate
`;

export const WORK_ORDER_SETTINGS_QUERY = /* GraphQL */ `
  query WorkOrderSettings {
    workOrderSettings { ${SETTINGS_FIELDS} }
  }
`;

export const UPDATE_WORK_ORDER_SETTINGS = /* GraphQL */ `
  mutation UpdateWorkOrderSettings($input: WorkOrderSettingsInput!) {
    updateWorkOrderSettings(input: $input) { ${SETTINGS_FIELDS} }
  }
`;

/** `workOrderSettings` as the API sends it; the hourly rate is yuan as a decimal string (Money). */
export interface WorkOrderSettingsData {
  arrivalHours: { URBAN: number; SUBURBAN: number };
  repeatRepairDays: number;
  hourlyRate: string;
}
