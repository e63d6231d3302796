import type { Translation } from '@aftersales/domain';
import type { apiUsers as english } from '../en/api-users.js';

/** The apiUsers messages in Simplified Chinese. */
export const apiUsers: Translation<typeof english> = {
  usernameLeast3Characters: '用户名至少 3 个字符。',
  useLettersDigitsOnly: '只能使用字母、数字、“.”、“-”和“_”。',
  chooseRepairCenter: '请选择维修中心。',
  choosePassword8128Characters: '请设置 8 到 128 个字符的密码。',
  password8128Characters: '密码须为 8 到 128 个字符。',
  partnerUserMustBelongRepair: '特约维修中心（PARTNER）用户必须属于一个维修中心。',
  chooseRepairCenterPartnerWorks: '请选择该特约维修中心用户所属的维修中心。',
  youChangeYourOwnRole: '不能修改自己的角色，请联系其他管理员。',
  youDisableYourOwnAccount: '不能禁用自己的账号。',
};
