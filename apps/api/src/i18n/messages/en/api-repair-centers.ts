/** The apiRepairCenters messages in English; `../zh-CN/api-repair-centers.ts` has the same keys in Chinese. */
export const apiRepairCenters = {
  chooseTechnicianCenter: 'Choose a technician of this center.',
  chooseRepairCenter: 'Choose a repair center.',
  technicianRepairCenter: 'Not a technician of this repair center.',
  onlyCenterSOwnTechnicians: 'Only the center’s own technicians can be scored in its assessment.',
  chooseRegion: 'Choose a region.',
  enterAddress: 'Enter the address.',
  enterContactPerson: 'Enter a contact person.',
  enterPhoneNumber: 'Enter a phone number.',
  enterAgreementNumber: 'Enter the agreement number.',
  chooseLeastOneProductCategory: 'Choose at least one product category.',
  chooseExistingProductCategories: 'Choose existing product categories.',
  headOfficeSetsActiveSuspended: 'Head office sets ACTIVE, SUSPENDED or REVOKED; rectification follows assessments.',
  giveReasonKeptCenterS: 'Give the reason; it is kept in the center’s history.',
  onlyRepairCenterSOwn: 'Only a repair center’s own accounts and API keys have a “my center”.',
};
