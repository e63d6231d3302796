import type { Translation } from '@aftersales/domain';
import type { apiMaintenanceContracts as english } from '../en/api-maintenance-contracts.js';

/** The apiMaintenanceContracts messages in Simplified Chinese. */
export const apiMaintenanceContracts: Translation<typeof english> = {
  maintenanceContractSettingsValidCorrect: '保养合同参数无效，请更正标出的字段。',
  chooseRepairCenter: '请选择维修中心。',
  chooseExistingRepairCenter: '请选择已有的维修中心。',
  maintenanceContractSavedYetCorrect: '保养合同暂不能保存，请更正标出的字段。',
  maintenanceContract: '该保养合同',
};
