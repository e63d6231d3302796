import type { Translation } from '@aftersales/domain';
import type { apiComplaintNotes as english } from '../en/api-complaint-notes.js';

/** The apiComplaintNotes messages in Simplified Chinese. */
export const apiComplaintNotes: Translation<typeof english> = {
  rerouted: '{{from}} → {{to}}：{{reason}}',
  replyExtended: '采购人 {{agreedBy}} 同意答复期限由 {{previousDue}} 延至 {{newDue}}：{{reason}}',
  technicianVerified: '核实为技术员 {{name}} ({{code}}) 的责任',
  fromSurvey: '客户意见调查 (派工单 {{workOrderCode}})：{{severity}}',
  surveyOrdinary: '一般，服务部处理',
  surveyMajor: '重大，报分管副总',
  contractReplyTerm: '合同约定 {{days}} 个工作日内答复采购人',
  unknownSerial: '未登记的出厂编号',
  repeatOpenComplaint: '同一出厂编号第 {{number}} 次未结投诉，升级处理',
};
