import type { Translation } from '@aftersales/domain';
import type { apiCenterHistory as english } from '../en/api-center-history.js';

/** The apiCenterHistory messages in Simplified Chinese. */
export const apiCenterHistory: Translation<typeof english> = {
  system: '系统',
  authorized: '新建授权',
  assessmentFailed: '考核不合格（{{items}}），限期整改至 {{deadline}}',
  rectificationPassed: '整改复查合格，恢复正常',
  rectificationOverdue: '整改期限 {{deadline}} 已过，未通过整改复查，自动取消授权',
  centerRevoked: '{{code}} {{name}} 已取消授权：{{reason}}',
};
