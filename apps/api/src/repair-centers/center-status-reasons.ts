import { ASSESSMENT_ITEM_LABELS, type AssessmentItem, SYSTEM_CENTER_STATUS_REASONS } from '@aftersales/domain';
import { registerEnumType } from 'type-graphql';
import type { ResponseLanguage } from '../i18n/response-language.js';
import { msg } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';

/**
 * The reasons the system gives a center's status change, stored as codes with their values (the
 * deadline, the failed items) so each reader sees them in their own language; a change made by
 * hand keeps the words its author typed.
 */
export const CENTER_STATUS_REASONS = SYSTEM_CENTER_STATUS_REASONS;
export type CenterStatusReason = (typeof CENTER_STATUS_REASONS)[number];

export const CenterStatusReasonEnum = Object.fromEntries(CENTER_STATUS_REASONS.map((code) => [code, code])) as { [C in CenterStatusReason]: C };
registerEnumType(CenterStatusReasonEnum, {
  name: 'CenterStatusReason',
  description: '系统记录的原因: AUTHORIZED 新建授权, ASSESSMENT_FAILED 考核不合格限期整改, RECTIFICATION_PASSED 整改复查合格, RECTIFICATION_OVERDUE 整改逾期自动取消授权',
});

/** What a coded reason stores: the code and its values. */
export interface CodedReason {
  code: CenterStatusReason;
  deadline?: string | null;
  items?: AssessmentItem[] | null;
}

/** The coded reason in a language: the API's catalog, the items by their labels. */
export function describeReason(reason: CodedReason, language: ResponseLanguage): string {
  const zh = language === 'zh-CN';
  const items = (reason.items ?? []).map((item) => ASSESSMENT_ITEM_LABELS[item][zh ? 'zh' : 'en']).join(zh ? '、' : ', ');
  const deadline = reason.deadline ?? '';
  const message = {
    AUTHORIZED: msg('apiCenterHistory.authorized'),
    ASSESSMENT_FAILED: msg('apiCenterHistory.assessmentFailed', { items, deadline }),
    RECTIFICATION_PASSED: msg('apiCenterHistory.rectificationPassed'),
    RECTIFICATION_OVERDUE: msg('apiCenterHistory.rectificationOverdue', { deadline }),
  }[reason.code];
  return translate(message, language);
}
