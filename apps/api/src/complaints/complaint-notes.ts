import { HANDLING_DEPARTMENT_LABELS, type HandlingDepartment } from '@aftersales/domain';
import { registerEnumType } from 'type-graphql';
import type { ResponseLanguage } from '../i18n/response-language.js';
import { msg } from '../i18n/message.js';
import { translate } from '../i18n/translate.js';

/**
 * The timeline notes the system composes, stored as a code with its values so each reader sees
 * them in their own language (issue #13); the words a person typed (a reason, a name) travel as
 * values, unchanged.
 */
export const COMPLAINT_NOTE_CODES = ['REGISTERED', 'REROUTED', 'REPLY_EXTENDED', 'TECHNICIAN_VERIFIED'] as const;
export type ComplaintNoteCode = (typeof COMPLAINT_NOTE_CODES)[number];

export const ComplaintNoteCodeEnum = Object.fromEntries(COMPLAINT_NOTE_CODES.map((code) => [code, code])) as { [C in ComplaintNoteCode]: C };
registerEnumType(ComplaintNoteCodeEnum, {
  name: 'ComplaintNoteCode',
  description: '系统记录的处理说明: REGISTERED 登记 (调查投诉、合同答复期限、未登记编号、重复投诉升级), REROUTED 转派, REPLY_EXTENDED 采购人同意延期答复, TECHNICIAN_VERIFIED 核实技术员责任',
});

/** What registration noted: a complaint raised from a survey, the contractual reply term, an unknown serial, a repeat. */
export interface RegistrationNote {
  code: 'REGISTERED';
  values: { survey?: { workOrderCode: string; severity: 'ORDINARY' | 'MAJOR' }; contractReplyWorkingDays?: number; unknownSerial?: boolean; openComplaintNumber?: number };
}
export interface RerouteNote {
  code: 'REROUTED';
  values: { from: HandlingDepartment; to: HandlingDepartment; reason: string };
}
export interface ReplyExtensionNote {
  code: 'REPLY_EXTENDED';
  /** The deadlines as the reply calendar's local time (yyyy-MM-dd HH:mm), as agreed. */
  values: { agreedBy: string; previousDue: string; newDue: string; reason: string };
}
export interface TechnicianVerifiedNote {
  code: 'TECHNICIAN_VERIFIED';
  values: { name: string; technicianCode: string };
}
/** What a coded note stores: the code and its values. */
export type CodedComplaintNote = RegistrationNote | RerouteNote | ReplyExtensionNote | TechnicianVerifiedNote;

/** The coded note in a language. */
export function describeComplaintNote(note: CodedComplaintNote, language: ResponseLanguage): string {
  const label = (department: HandlingDepartment) => HANDLING_DEPARTMENT_LABELS[department]?.[language === 'zh-CN' ? 'zh' : 'en'] ?? department;
  switch (note.code) {
    case 'REGISTERED':
      return describeRegistration(note.values, language);
    case 'REROUTED':
      return translate(msg('apiComplaintNotes.rerouted', { from: label(note.values.from), to: label(note.values.to), reason: note.values.reason }), language);
    case 'REPLY_EXTENDED':
      return translate(msg('apiComplaintNotes.replyExtended', note.values), language);
    case 'TECHNICIAN_VERIFIED':
      return translate(msg('apiComplaintNotes.technicianVerified', { name: note.values.name, code: note.values.technicianCode }), language);
  }
}

function describeRegistration(values: RegistrationNote['values'], language: ResponseLanguage): string {
  const parts = [
    values.survey &&
      msg('apiComplaintNotes.fromSurvey', {
        workOrderCode: values.survey.workOrderCode,
        severity: translate(msg(values.survey.severity === 'MAJOR' ? 'apiComplaintNotes.surveyMajor' : 'apiComplaintNotes.surveyOrdinary'), language),
      }),
    values.contractReplyWorkingDays !== undefined && msg('apiComplaintNotes.contractReplyTerm', { days: values.contractReplyWorkingDays }),
    values.unknownSerial && msg('apiComplaintNotes.unknownSerial'),
    values.openComplaintNumber !== undefined && msg('apiComplaintNotes.repeatOpenComplaint', { number: values.openComplaintNumber }),
  ];
  return parts
    .filter((part) => !!part)
    .map((part) => translate(part, language))
    .join(language === 'zh-CN' ? '；' : '; ');
}
