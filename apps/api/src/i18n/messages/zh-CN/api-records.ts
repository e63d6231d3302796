import type { Translation } from '@aftersales/domain';
import type { apiRecords as english } from '../en/api-records.js';

/** The records `notFound` names, in Simplified Chinese. */
export const apiRecords: Translation<typeof english> = {
  ApiKey: 'API 密钥',
  CapaRequest: '纠正措施',
  Complaint: '投诉',
  LocalPurchase: '本地采购单',
  MaintenanceContract: '维保合同',
  Part: '配件',
  PartsRequisition: '配件领用单',
  PartsWriteOff: '配件核销单',
  ProductCategory: '产品类别',
  ProductModel: '产品型号',
  ProductUnit: '产品档案',
  Region: '地区',
  RepairCenter: '维修中心',
  Survey: '回访',
  Technician: '技术员',
  TechnicianScore: '技术员考核',
  User: '用户',
  VisitRequest: '出差申请',
  WorkOrder: '派工单',
  WebhookDelivery: 'Webhook 投递',
  WebhookEndpoint: 'Webhook 端点',
};
