import type { TFunction } from 'i18next';
import { localDateTimeToIso, nowLocalDateTime } from '../common/format';
import type { ResultOf, SchemaEnum, VariablesOf } from '../graphql/graphql';
import { requireFields } from '../common/forms/use-form-state';
import type { REGISTER_WORK_ORDER, WORK_ORDER_COMPLAINT_QUERY } from './work-order-queries';

/** The call registration (叫修登记簿, 003 §3) as typed; `''` is an empty field. */
export interface WorkOrderRegistrationValues {
  /** `YYYY-MM-DDTHH:mm` in head office's time zone. */
  calledAt: string;
  regionId: string;
  areaType: string;
  repairCenterId: string;
  customerName: string;
  customerPhone: string;
  customerAddress: string;
  serialNumber: string;
  /** Only for a serial head office does not know. */
  modelId: string;
  purchaseDate: string;
  /** The customer holds a maintenance contract (保养合同): out of warranty, CONTRACT rather than PAID. */
  contractCustomer: boolean;
  faultCode: string;
  faultDescription: string;
}

export function emptyWorkOrderRegistration(): WorkOrderRegistrationValues {
  return {
    calledAt: nowLocalDateTime(),
    regionId: '',
    areaType: '',
    repairCenterId: '',
    customerName: '',
    customerPhone: '',
    customerAddress: '',
    serialNumber: '',
    modelId: '',
    purchaseDate: '',
    contractCustomer: false,
    faultCode: '',
    faultDescription: '',
  };
}

/** What a complaint brings to the work order it needs (the API defaults the same fields from it). */
export type ComplaintForWorkOrder = NonNullable<ResultOf<typeof WORK_ORDER_COMPLAINT_QUERY>['complaint']>;

export function registrationFromComplaint(values: WorkOrderRegistrationValues, complaint: ComplaintForWorkOrder): WorkOrderRegistrationValues {
  return {
    ...values,
    regionId: complaint.region.id,
    repairCenterId: complaint.repairCenter?.id ?? '',
    customerName: complaint.customerName,
    customerPhone: complaint.customerPhone,
    customerAddress: complaint.customerAddress,
    serialNumber: complaint.serialNumber,
    modelId: complaint.unknownSerial ? complaint.model.id : '',
    purchaseDate: complaint.unknownSerial ? (complaint.purchaseDate ?? '') : '',
    faultDescription: complaint.mainFault,
  };
}

const REQUIRED = ['calledAt', 'regionId', 'areaType', 'customerName', 'customerPhone', 'customerAddress', 'serialNumber', 'faultCode', 'faultDescription'] as const;

/**
 * Client-side checks, keyed like the API's fieldErrors. A serial head office does not know needs
 * the model, so the warranty and the service type can be judged.
 */
export function validateWorkOrderRegistration(values: WorkOrderRegistrationValues, serialUnknown: boolean, t: TFunction): Record<string, string> {
  const errors = requireFields(values, REQUIRED, t('common.required'));
  if (!errors['calledAt'] && localDateTimeToIso(values.calledAt) === null) errors['calledAt'] = t('workOrders.form.invalidDateTime');
  if (serialUnknown && !values.modelId) errors['modelId'] = t('workOrders.form.modelForUnknownSerial');
  return errors;
}

type RegisterWorkOrderInput = VariablesOf<typeof REGISTER_WORK_ORDER>['input'];

/** The `RegisterWorkOrderInput`; only after {@link validateWorkOrderRegistration} found nothing. */
export function toWorkOrderRegistrationInput(values: WorkOrderRegistrationValues, options: { isPartner: boolean; complaintId: string | null }): RegisterWorkOrderInput {
  return {
    complaintId: options.complaintId,
    // Validation refused an invalid time and an unchosen area type before this runs.
    calledAt: localDateTimeToIso(values.calledAt) as string,
    regionId: values.regionId,
    areaType: values.areaType as SchemaEnum<'AreaType'>,
    customerName: values.customerName.trim(),
    customerPhone: values.customerPhone.trim(),
    customerAddress: values.customerAddress.trim(),
    serialNumber: values.serialNumber.trim(),
    modelId: values.modelId || null,
    purchaseDate: values.purchaseDate || null,
    contractCustomer: values.contractCustomer,
    faultCode: values.faultCode.trim(),
    faultDescription: values.faultDescription.trim(),
    // The API uses a partner's own center whatever is sent.
    repairCenterId: options.isPartner ? null : values.repairCenterId || null,
  };
}
