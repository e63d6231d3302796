import type { Translation } from '@aftersales/domain';
import type { apiComplaintNotes as english } from '../en/api-complaint-notes.js';

/** The apiComplaintNotes messages in Simplified Chinese. */
export const apiComplaintNotes: Translation<typeof english> = {
  rerouted: '{{from}} → {{to}}：{{reason}}',
  replyExtended: '采购人 {{agreedBy}} 同意答复期限由 {{previousDue}} 延至 {{newDue}}：{{reason}}',
  technicianVerified: '核实为技术员 {{name}} ({{code}}) 的责任',
};
