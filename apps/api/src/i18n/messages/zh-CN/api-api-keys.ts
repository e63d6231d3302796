import type { Translation } from '@aftersales/domain';
import type { apiApiKeys as english } from '../en/api-api-keys.js';

/** The apiApiKeys messages in Simplified Chinese. */
export const apiApiKeys: Translation<typeof english> = {
  chooseRepairCenter: '请选择维修中心。',
  partnersOnlySeeApiKeys: '特约维修中心只能查看本中心的 API 密钥。',
  apiKeyAlreadyRevoked: '该 API 密钥已吊销。',
};
