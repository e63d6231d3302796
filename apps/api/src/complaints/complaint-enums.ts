import {
  COMPLAINT_CHANNELS,
  COMPLAINT_STATUSES,
  COMPLAINT_SUBJECTS,
  COMPLAINT_TIERS,
  DEADLINE_STATES,
  FAULT_CAUSES,
  HANDLING_DEPARTMENTS,
  REPLY_DEADLINE_SOURCES,
  RESOLUTION_KINDS,
  RESPONSIBILITY_SCENARIOS,
  RESPONSIBLE_UNITS,
  SERVICE_TYPES,
} from '@aftersales/domain';
import { graphQLEnum } from '../common/graphql-enum.js';

export const ComplaintStatusEnum = graphQLEnum(
  COMPLAINT_STATUSES,
  'ComplaintStatus',
  '投诉状态: RECEIVED 已受理, ACKNOWLEDGED 已响应, INVESTIGATING 调查中, RESPONSIBILITY_DETERMINED 责任已认定, RESOLVING 处理中, RESOLVED 已处理, CLOSED 已结案, REJECTED 不予受理',
);
export const ComplaintChannelEnum = graphQLEnum(COMPLAINT_CHANNELS, 'ComplaintChannel', '投诉渠道: 电话, 信函, 来访, 邮件, 网站, 经销商, 维修中心');
export const ComplaintSubjectEnum = graphQLEnum(COMPLAINT_SUBJECTS, 'ComplaintSubject', '投诉主题: 产品质量/功能, 包装, 人员态度, 经销商');
export const HandlingDepartmentEnum = graphQLEnum(HANDLING_DEPARTMENTS, 'HandlingDepartment', '处理部门');
export const ComplaintTierEnum = graphQLEnum(COMPLAINT_TIERS, 'ComplaintTier', '投诉等级: MINOR 一般, MAJOR 较大, CRITICAL 重大');
export const FaultCauseEnum = graphQLEnum(
  FAULT_CAUSES,
  'FaultCause',
  '故障原因: DESIGN 设计, MANUFACTURING 制造, STORAGE 储存, TRANSPORT 运输 (质量问题); CUSTOMER_MISUSE 使用不当, OTHER_CUSTOMER 其他用户原因 (非质量问题)',
);
export const ServiceTypeEnum = graphQLEnum(SERVICE_TYPES, 'ServiceType', '服务类型: FREE 三包免费, PAID 有偿, CONTRACT 合同服务');
export const ResponsibleUnitEnum = graphQLEnum(RESPONSIBLE_UNITS, 'ResponsibleUnit', '责任单位');
export const ResponsibilityScenarioEnum = graphQLEnum(RESPONSIBILITY_SCENARIOS, 'ResponsibilityScenario', '责任认定情形 (001 §3)');
export const ResolutionKindEnum = graphQLEnum(RESOLUTION_KINDS, 'ResolutionKind', '处理方式: REPAIR 修, EXCHANGE 换, REFUND 退, COMPENSATE 赔, NONE 不处理');
export const DeadlineStateEnum = graphQLEnum(DEADLINE_STATES, 'DeadlineState', 'PENDING 未到期, OVERDUE 已逾期, MET 按时完成, MET_LATE 逾期完成');
export const ReplyDeadlineSourceEnum = graphQLEnum(
  REPLY_DEADLINE_SOURCES,
  'ReplyDeadlineSource',
  '答复期限来源: TIER 按等级, CONTRACT_TERM 合同答复期限 (earlier than the tier’s), EXTENSION 已延期（采购人同意）',
);
