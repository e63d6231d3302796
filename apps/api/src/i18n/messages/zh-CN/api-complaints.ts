import type { Translation } from '@aftersales/domain';
import type { apiComplaints as english } from '../en/api-complaints.js';

/** The apiComplaints messages in Simplified Chinese. */
export const apiComplaints: Translation<typeof english> = {
  correctiveActionRequestedCompanyCaused: '纠正措施仅针对公司原因造成的投诉；请先将责任划分给公司内部单位。',
  askUnitBearsShareResponsibility: '纠正措施须下发给承担责任的单位。',
  chooseResponsibleUnitComplaint: '请选择本投诉的责任单位。',
  actionsWereIneffectiveWriteNew: '措施验证无效：请填写新的原因分析。',
  enterNewAnalysis: '请输入新的原因分析。',
  sayWhatVisit: '请填写出差事由。',
  chooseRegion: '请选择地区。',
  chooseRepairCenter: '请选择维修中心。',
  lossNegative: '损失金额不能为负数。',
  costNegative: '费用不能为负数。',
  sayWhyCrisisMediaLawsuit: '请说明列为重大危机的原因（媒体曝光、诉讼、影响公众信誉等）。',
  enterReason: '请输入原因。',
  chooseDepartmentSayWhyComplaint: '请选择处理部门并说明转派原因。',
  giveNewReplyTimePurchaser: '请填写新的答复期限、同意延期的采购人联系人和延期原因。',
  forwardingTimeMustLieBetween: '转交时间须在受理时间之后、当前时间之前。',
  betweenReceiptNow: '须在受理时间之后、当前时间之前。',
  giveSerialNumberModelPurchase: '请提供出厂编号，或型号和购买日期。',
  enterSerialNumberChooseModel: '请输入出厂编号，或选择型号。',
  chooseExistingProductModel: '请选择已有的产品型号。',
  thisComplaint: '该投诉',
};
