/** The apiMaintenanceContracts messages in English; `../zh-CN/api-maintenance-contracts.ts` has the same keys in Chinese. */
export const apiMaintenanceContracts = {
  maintenanceContractSettingsValidCorrect: 'The maintenance-contract settings are not valid; correct the fields listed.',
  chooseRepairCenter: 'Choose a repair center.',
  chooseExistingRepairCenter: 'Choose an existing repair center.',
  maintenanceContractSavedYetCorrect: 'The maintenance contract cannot be saved yet; correct the fields listed.',
  maintenanceContract: 'this maintenance contract',
};
