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
  ck_app_user_partner_center: { field: 'repairCenterId', message: 'A PARTNER user must belong to a repair center.' },
};

export function describeConstraint(name: string | undefined) {
  return name ? CONSTRAINTS[name] : undefined;
}
