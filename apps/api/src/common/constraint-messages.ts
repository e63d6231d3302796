import type { Message } from '@aftersales/domain';
import { msg } from '../i18n/message.js';
/**
 * Database constraints named in the migrations, with the input field they guard and what a
 * person should do. Concurrent duplicates are caught here rather than by a racy pre-check.
 */
const CONSTRAINTS: Record<string, { field: string; message: Message }> = {
  uq_region_code: { field: 'code', message: msg('apiCommon.regionCodeAlreadyExists') },
  uq_product_category_code: { field: 'code', message: msg('apiCommon.productCategoryCodeAlreadyExists') },
  uq_product_model_code: { field: 'code', message: msg('apiCommon.productModelCodeAlreadyExists') },
  uq_product_unit_serial: { field: 'serialNumber', message: msg('apiCommon.unitSerialNumberAlreadyExists') },
  uq_part_number: { field: 'partNumber', message: msg('apiCommon.partPartNumberAlreadyExists') },
  uq_app_user_username: { field: 'username', message: msg('apiCommon.usernameTaken') },
  uq_repair_center_code: { field: 'code', message: msg('apiCommon.repairCenterCodeAlreadyExists') },
  uq_calendar_day_date: { field: 'date', message: msg('apiCommon.dateAlreadyEntry') },
  fk_product_model_category: { field: 'categoryId', message: msg('apiCommon.chooseExistingProductCategory') },
  fk_product_unit_model: { field: 'modelId', message: msg('apiCommon.chooseExistingProductModel') },
  fk_app_user_repair_center: { field: 'repairCenterId', message: msg('apiCommon.chooseExistingRepairCenter') },
  fk_api_key_repair_center: { field: 'repairCenterId', message: msg('apiCommon.chooseExistingRepairCenter') },
  fk_part_compatible_model_model: { field: 'compatibleModelIds', message: msg('apiCommon.chooseExistingProductModels') },
  fk_repair_center_region: { field: 'regionId', message: msg('apiCommon.chooseExistingRegion') },
  fk_repair_center_category_category: { field: 'categoryIds', message: msg('apiCommon.chooseExistingProductCategories') },
  ck_repair_center_agreement: { field: 'agreementValidTo', message: msg('apiCommon.agreementMustEndAfterStart') },
  uq_technician_code: { field: 'code', message: msg('apiCommon.technicianCodeAlreadyExists') },
  fk_technician_repair_center: { field: 'repairCenterId', message: msg('apiCommon.chooseExistingRepairCenter') },
  fk_technician_skill_category: { field: 'skillCategoryIds', message: msg('apiCommon.chooseExistingProductCategories') },
  fk_technician_region_assignment_region: { field: 'regionId', message: msg('apiCommon.chooseExistingRegion') },
  ck_technician_region_assignment_dates: { field: 'endsOn', message: msg('apiCommon.assignmentMustEndAfterStart') },
  fk_technician_assessment_technician: { field: 'staff', message: msg('apiCommon.chooseTechniciansRepairCenter') },
  uq_technician_assessment: { field: 'staff', message: msg('apiCommon.eachTechnicianScoredOncePer') },
  ck_app_user_partner_center: { field: 'repairCenterId', message: msg('apiCommon.partnerUserMustBelongRepair') },
  uq_maintenance_contract_number: { field: 'contractNumber', message: msg('apiCommon.maintenanceContractNumberAlreadyExists') },
  uq_maintenance_contract_renewed_by: { field: 'renewedByContractId', message: msg('apiCommon.contractAlreadyRecordedRenewalAnother') },
  fk_maintenance_contract_repair_center: { field: 'repairCenterId', message: msg('apiCommon.chooseExistingRepairCenter') },
  ck_maintenance_contract_dates: { field: 'validTo', message: msg('apiCommon.contractMustEndAfterStart') },
};

export function describeConstraint(name: string | undefined) {
  return name ? CONSTRAINTS[name] : undefined;
}
