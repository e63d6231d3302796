import { graphql, type ResultOf } from '../../graphql/graphql';

export const WORK_ORDER_SETTINGS_QUERY = graphql(`
  query WorkOrderSettings {
    workOrderSettings {
      arrivalHours { URBAN SUBURBAN }
      repeatRepairDays
      hourlyRate
    }
  }
`);

export const UPDATE_WORK_ORDER_SETTINGS = graphql(`
  mutation UpdateWorkOrderSettings($input: WorkOrderSettingsInput!) {
    updateWorkOrderSettings(input: $input) {
      arrivalHours { URBAN SUBURBAN }
      repeatRepairDays
      hourlyRate
    }
  }
`);

/** `workOrderSettings` as the API sends it; the hourly rate is yuan as a decimal string (Money). */
export type WorkOrderSettingsData = ResultOf<typeof WORK_ORDER_SETTINGS_QUERY>['workOrderSettings'];
