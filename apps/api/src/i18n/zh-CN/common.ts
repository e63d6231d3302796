import type { MessageCatalog } from '../message-translator.js';

/** Errors any request can meet: sign-in, permissions, input checks, the database's refusals. */
export const COMMON_MESSAGES: MessageCatalog = {
  'Sign in first, or send a valid API key.': '请先登录，或提供有效的 API 密钥。',
  'You do not have permission to do this.': '您没有执行此操作的权限。',
  'Please correct: {}.': '请更正：{0}。',
  '{} {} does not exist.': '{0} {1} 不存在。',
  'This record already exists.': '该记录已存在。',
  'A referenced record does not exist.': '引用的记录不存在。',
  'A value is out of the allowed range.': '有数值超出允许范围。',
  'An id or value has the wrong format.': '编号或数值格式不正确。',
  'Someone else was changing the same records at the same moment; nothing was saved. Try again.': '其他人正在同时修改相同的记录，本次未保存任何内容，请重试。',
  'Something went wrong on the server. Please try again; if it keeps happening, tell your administrator.': '服务器出错，请重试；如仍出现，请联系管理员。',
  'Something went wrong on the server. Please try again.': '服务器出错，请重试。',
  'The change could not be saved. Please try again.': '修改未能保存，请重试。',
};
