import type { Translation } from '@aftersales/domain';
import type { apiAuth as english } from '../en/api-auth.js';

/** The apiAuth messages in Simplified Chinese. */
export const apiAuth: Translation<typeof english> = {
  enterYourUsername: '请输入用户名。',
  enterYourPassword: '请输入密码。',
  wrongUsernamePassword: '用户名或密码错误。',
  accountDisabledAskAdministratorEnable: '该账号已停用，请联系管理员启用。',
  authorizationHeaderMustBearerToken: 'Authorization 请求头的格式须为 "Bearer <令牌或 API 密钥>"。',
  yourSessionExpiredYourAccount: '登录已失效或账号已停用，请重新登录。',
  yourSessionEndedBecauseYour: '您的密码、角色或账号状态已变更，本次登录已失效，请重新登录。',
  apiKeyUnknownBeenRevoked: '该 API 密钥无效或已吊销，请向总部申请新密钥。',
  yourRepairCenterSAuthorization: '您所在的维修中心已被取消授权，其账号和 API 密钥均已失效。',
  tooManyFailedSignIns: '该账号在您所在的网络地址登录失败次数过多。',
  tooManyFailedSignIns2: '您所在的网络地址登录失败次数过多。',
  reasonTryAgainDescribewait: '{{reason}}请 {{describeWait}}后再试。',
  n1Minute: '1 分钟',
  minutesMinutes: '{{minutes}} 分钟',
  minutesHours: '{{minutes}} 小时',
};
