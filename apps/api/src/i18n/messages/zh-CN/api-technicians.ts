import type { Translation } from '@aftersales/domain';
import type { apiTechnicians as english } from '../en/api-technicians.js';

/** The apiTechnicians messages in Simplified Chinese. */
export const apiTechnicians: Translation<typeof english> = {
  enterPhoneNumber: '请填写电话。',
  chooseRepairCenter: '请选择维修中心。',
  chooseExistingProductCategories: '请选择已有的产品类别。',
  chooseTechnician: '请选择技术员。',
  chooseRegion: '请选择地区。',
  giveReasonAssignment: '请填写派遣原因。',
  assignmentMustEndAfterStart: '派遣的结束日期不能早于开始日期。',
  endsBeforeStarts: '结束日期早于开始日期。',
};
