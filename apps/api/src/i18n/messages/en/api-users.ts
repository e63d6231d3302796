/** The apiUsers messages in English; `../zh-CN/api-users.ts` has the same keys in Chinese. */
export const apiUsers = {
  usernameLeast3Characters: 'A username has at least 3 characters.',
  useLettersDigitsOnly: 'Use letters, digits, ".", "-" and "_" only.',
  chooseRepairCenter: 'Choose a repair center.',
  choosePassword8128Characters: 'Choose a password of 8 to 128 characters.',
  password8128Characters: 'A password has 8 to 128 characters.',
  partnerUserMustBelongRepair: 'A PARTNER user must belong to a repair center.',
  chooseRepairCenterPartnerWorks: 'Choose the repair center this partner works for.',
  youChangeYourOwnRole: 'You cannot change your own role; ask another administrator.',
  youDisableYourOwnAccount: 'You cannot disable your own account.',
};
