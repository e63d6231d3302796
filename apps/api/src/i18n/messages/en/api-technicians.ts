/** The apiTechnicians messages in English; `../zh-CN/api-technicians.ts` has the same keys in Chinese. */
export const apiTechnicians = {
  enterPhoneNumber: 'Enter a phone number.',
  chooseRepairCenter: 'Choose a repair center.',
  chooseExistingProductCategories: 'Choose existing product categories.',
  chooseTechnician: 'Choose a technician.',
  chooseRegion: 'Choose a region.',
  giveReasonAssignment: 'Give the reason for the assignment.',
  assignmentMustEndAfterStart: 'The assignment must end on or after its start.',
  endsBeforeStarts: 'Ends before it starts.',
};
