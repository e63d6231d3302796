import type { Translation } from '@aftersales/domain';
import type { apiApiKeys as english } from '../en/api-api-keys.js';

/** The apiApiKeys messages in Simplified Chinese. */
export const apiApiKeys: Translation<typeof english> = {
  chooseRepairCenter: '请选择维修中心。',
  partnersOnlySeeApiKeys: '特约维修中心只能查看本中心的 API 密钥。',
  apiKeyAlreadyRevoked: '该 API 密钥已吊销。',
  apiKeyRevokedCannotChange: '该 API 密钥已吊销，不能再修改；请新建密钥。',
  apiKeySettingsInvalid: 'API 密钥参数有误，请更正标出的字段。',
  apiKeyInvalid: 'API 密钥设置有误，请更正标出的字段。',
  rateLimitReached: '该 API 密钥本分钟的 {{limit}} 次请求已用完；请 {{seconds}} 秒后重试，或请总部提高限流。',
  readOnlyKeyRefusesMutation: '该 API 密钥为只读（权限 {{scope}}）：只能查询，不能修改（{{fields}}）。如需修改数据，请总部将密钥权限改为读写（READ_WRITE）。',
};
