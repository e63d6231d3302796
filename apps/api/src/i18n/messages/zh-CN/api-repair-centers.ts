import type { Translation } from '@aftersales/domain';
import type { apiRepairCenters as english } from '../en/api-repair-centers.js';

/** The apiRepairCenters messages in Simplified Chinese. */
export const apiRepairCenters: Translation<typeof english> = {
  chooseTechnicianCenter: '请选择本中心的技术员。',
  chooseRepairCenter: '请选择维修中心。',
  technicianRepairCenter: '不是本维修中心的技术员。',
  onlyCenterSOwnTechnicians: '维修中心的考核只能为本中心的技术员评分。',
  chooseRegion: '请选择地区。',
  enterAddress: '请填写地址。',
  enterContactPerson: '请填写联系人。',
  enterPhoneNumber: '请填写电话。',
  enterAgreementNumber: '请填写合作协议编号。',
  chooseLeastOneProductCategory: '请至少选择一个产品类别。',
  chooseExistingProductCategories: '请选择已有的产品类别。',
  headOfficeSetsActiveSuspended: '总部只能手动设置 ACTIVE（正常）、SUSPENDED（暂停）或 REVOKED（取消授权）；限期整改由考核结果决定。',
  giveReasonKeptCenterS: '请填写原因，该原因将记入维修中心的状态变更记录。',
  onlyRepairCenterSOwn: '只有维修中心自己的账号和 API 密钥才有“本中心”。',
};
