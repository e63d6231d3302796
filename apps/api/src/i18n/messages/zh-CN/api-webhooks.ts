import type { Translation } from '@aftersales/domain';
import type { apiWebhooks as english } from '../en/api-webhooks.js';

/** The apiWebhooks messages in Simplified Chinese. */
export const apiWebhooks: Translation<typeof english> = {
  checkEndpoint: '请更正 Webhook 端点。',
  urlInvalid: '请输入接收方的完整地址，例如 https://example.com/webhooks。',
  urlTooLong: 'URL 最多 {{max}} 个字符。',
  urlNotHttps: 'URL 必须以 https:// 开头（http:// 仅允许用于 127.0.0.1、::1 或 localhost，供测试）。',
  urlAddressNotPublic: '{{host}} 指向 {{address}}，不是公网地址（私有、回环、链路本地、唯一本地、组播或未指定地址）：Webhook 只发送到互联网上可访问的接收方。',
  urlHasCredentials: 'URL 中不能包含用户名和密码：请改用签名验证投递。',
  descriptionTooLong: '说明最多 {{max}} 个字符。',
  chooseEventTypes: '请至少选择一种事件类型。',
  unknownEventTypes: '未知的事件类型：{{types}}。webhookEventTypes 查询列出了有效的类型。',
  partnersOnlyOwnEndpoints: '特约维修中心只能管理本中心的 Webhook 端点。',
  endpointAlreadyPaused: '该端点已暂停。',
  endpointNotPaused: '该端点处于启用状态：只有已暂停或连续失败的端点可以恢复。',
  resumeBeforeTest: '该端点已暂停：请先恢复，再发送测试事件。',
};
