import type { Translation } from '@aftersales/domain';
import type { apiReferenceData as english } from '../en/api-reference-data.js';

/** The apiReferenceData messages in Simplified Chinese. */
export const apiReferenceData: Translation<typeof english> = {
  nameDay: '请填写名称，例如 国庆节。',
  costNegative: '费用不能为负数。',
  chooseExistingProductModels: '请选择已有的产品型号。',
  nameComponent: '请填写部件名称。',
  least1Month: '至少 1 个月。',
  most120Months: '最多 120 个月。',
  chooseProductCategory: '请选择产品类别。',
  chooseProductModel: '请选择产品型号。',
};
