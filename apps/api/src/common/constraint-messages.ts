/**
 * Database constraints named in the migrations, with the input field they guard and what a
 * person should do. Concurrent duplicates are caught here rather than by a racy pre-check.
 */
const CONSTRAINTS: Record<string, { field: string; message: string }> = {
  uq_region_code: { field: 'code', message: 'A region with this code already exists.' },
  uq_product_category_code: { field: 'code', message: 'A product category with this code already exists.' },
  uq_product_model_code: { field: 'code', message: 'A product model with this code already exists.' },
  uq_product_unit_serial: { field: 'serialNumber', message: 'A unit with this serial number already exists.' },
  uq_part_number: { field: 'partNumber', message: 'A part with this part number already exists.' },
  uq_app_user_username: { field: 'username', message: 'This username is taken.' },
  uq_repair_center_code: { field: 'code', message: 'A repair center with this code already exists.' },
  uq_calendar_day_date: { field: 'date', message: 'This date already has an entry.' },
  fk_product_model_category: { field: 'categoryId', message: 'Choose an existing product category.' },
  fk_product_unit_model: { field: 'modelId', message: 'Choose an existing product model.' },
  fk_app_user_repair_center: { field: 'repairCenterId', message: 'Choose an existing repair center.' },
  fk_api_key_repair_center: { field: 'repairCenterId', message: 'Choose an existing repair center.' },
  fk_part_compatible_model_model: { field: 'compatibleModelIds', message: 'Choose existing product models.' },
  fk_repair_center_region: { field: 'regionId', message: 'Choose an existing region.' },
  fk_repair_center_category_category: { field: 'categoryIds', message: 'Choose existing product categories.' },
  ck_repair_center_agreement: { field: 'agreementValidTo', message: 'The agreement must end on or after its start.' },
  uq_technician_code: { field: 'code', message: 'A technician with this code already exists.' },
  fk_technician_repair_center: { field: 'repairCenterId', message: 'Choose an existing repair center.' },
  fk_technician_skill_category: { field: 'skillCategoryIds', message: 'Choose existing product categories.' },
  fk_technician_region_assignment_region: { field: 'regionId', message: 'Choose an existing region.' },
  ck_technician_region_assignment_dates: { field: 'endsOn', message: 'The assignment must end on or after its start.' },
  fk_technician_assessment_technician: { field: 'staff', message: 'Choose technicians of this repair center.' },
  uq_technician_assessment: { field: 'staff', message: 'Each technician is scored once per assessment.' },
  ck_app_user_partner_center: { field: 'repairCenterId', message: 'A PARTNER user must belong to a repair center.' },
  uq_maintenance_contract_number: { field: 'contractNumber', message: 'A maintenance contract with this number already exists.' },
  uq_maintenance_contract_renewed_by: { field: 'renewedByContractId', message: 'This contract is already recorded as the renewal of another contract.' },
  fk_maintenance_contract_repair_center: { field: 'repairCenterId', message: 'Choose an existing repair center.' },
  ck_maintenance_contract_dates: { field: 'validTo', message: 'The contract must end on or after its start.' },
};

export function describeConstraint(name: string | undefined) {
  return name ? CONSTRAINTS[name] : undefined;
}
