import type { ResponseLanguage } from '../i18n/response-language.js';
import { msg } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';
import { type CodedReason, describeReason } from './center-status-reasons.js';

/**
 * What the dashboard's revocation notice stores (issue #13): the center as it was named then and
 * the reason — a person's words as typed, or the system's coded reason — so each reader sees the
 * notice in their own language.
 */
export interface RevocationNoticeValues {
  centerCode: string;
  centerName: string;
  reason: string | CodedReason;
}

export function describeRevocationNotice(values: RevocationNoticeValues, language: ResponseLanguage): string {
  const reason = typeof values.reason === 'string' ? values.reason : describeReason(values.reason, language);
  return translate(msg('apiCenterHistory.centerRevoked', { code: values.centerCode, name: values.centerName, reason }), language);
}
