import type { TFunction } from 'i18next';
import { routeComplaint, type ComplaintSubject, type HandlingDepartment } from '@aftersales/domain';
import { localDateTimeToIso, nowLocalDateTime } from '../common/format';
import type { SchemaEnum, VariablesOf } from '../graphql/graphql';
import { requireFields } from '../common/forms/use-form-state';
import type { REGISTER_COMPLAINT } from './complaint-queries';

/** The registration form (顾客质量投诉登记表, DOMAIN §3.1) as typed; `''` is an empty field. */
export interface RegistrationValues {
  channel: string;
  /** `YYYY-MM-DDTHH:mm` in head office's time zone. */
  receivedAt: string;
  regionId: string;
  repairCenterId: string;
  dealerName: string;
  customerName: string;
  customerPhone: string;
  customerAddress: string;
  serialNumber: string;
  modelId: string;
  factoryDate: string;
  purchaseDate: string;
  component: string;
  mainFault: string;
  customerRequest: string;
  subject: string;
  /** `''` follows the routing by subject; anything else overrides it. */
  handlingDepartment: string;
  routingOverrideReason: string;
  /** 合同约定答复期限: the contract has the purchaser answered within the settings' working days. */
  contractReplyTerm: boolean;
}

/** A new form: received now; a partner's complaints come in through its repair center. */
export function emptyRegistration(isPartner: boolean): RegistrationValues {
  return {
    channel: isPartner ? 'REPAIR_CENTER' : '',
    receivedAt: nowLocalDateTime(),
    regionId: '',
    repairCenterId: '',
    dealerName: '',
    customerName: '',
    customerPhone: '',
    customerAddress: '',
    serialNumber: '',
    modelId: '',
    factoryDate: '',
    purchaseDate: '',
    component: '',
    mainFault: '',
    customerRequest: '',
    subject: '',
    handlingDepartment: '',
    routingOverrideReason: '',
    contractReplyTerm: false,
  };
}

/** The department the subject routes to (000 §3), or null before a subject is chosen. */
export function routedDepartment(values: Pick<RegistrationValues, 'subject'>): HandlingDepartment | null {
  return values.subject ? routeComplaint(values.subject as ComplaintSubject) : null;
}

/** True when the complaint goes somewhere else than its subject's department. */
export function isRoutingOverride(values: Pick<RegistrationValues, 'subject' | 'handlingDepartment'>): boolean {
  const routed = routedDepartment(values);
  return routed !== null && values.handlingDepartment !== '' && values.handlingDepartment !== routed;
}

// The product fields are required too: a known serial fills them from the unit record, and where
// the record has no value (or the serial is unknown) the domain needs the typed one.
const REQUIRED = [
  'channel',
  'receivedAt',
  'regionId',
  'customerName',
  'customerPhone',
  'customerAddress',
  'serialNumber',
  'modelId',
  'factoryDate',
  'purchaseDate',
  'mainFault',
  'customerRequest',
  'subject',
] as const;

/** Client-side checks, keyed like the API's fieldErrors. */
export function validateRegistration(values: RegistrationValues, t: TFunction, statedPurchaseDate: { required: string } | null = null): Record<string, string> {
  const errors = requireFields(values, REQUIRED, t('common.required'));
  // A unit without proof of purchase: say which date is wanted and what it decides, not just 必填.
  if (errors['purchaseDate'] && statedPurchaseDate) errors['purchaseDate'] = statedPurchaseDate.required;
  if (!errors['receivedAt'] && localDateTimeToIso(values.receivedAt) === null) errors['receivedAt'] = t('complaints.form.invalidDateTime');
  if (!errors['purchaseDate'] && values.factoryDate && values.purchaseDate < values.factoryDate) errors['purchaseDate'] = t('complaints.form.purchaseBeforeFactory');
  if (isRoutingOverride(values) && !values.routingOverrideReason.trim()) errors['routingOverrideReason'] = t('complaints.form.overrideReasonRequired');
  return errors;
}

const optional = (text: string) => text.trim() || null;

type RegisterComplaintInput = VariablesOf<typeof REGISTER_COMPLAINT>['input'];

/** The `RegisterComplaintInput`; only after {@link validateRegistration} found nothing. */
export function toRegistrationInput(values: RegistrationValues, isPartner: boolean): RegisterComplaintInput {
  const override = isRoutingOverride(values);
  return {
    // Validation refused an invalid time and an unchosen channel or subject before this runs; the
    // department is sent only when one was chosen (an override).
    channel: values.channel as SchemaEnum<'ComplaintChannel'>,
    receivedAt: localDateTimeToIso(values.receivedAt) as string,
    regionId: values.regionId,
    // The API uses a partner's own center whatever is sent.
    repairCenterId: isPartner ? null : values.repairCenterId || null,
    dealerName: optional(values.dealerName),
    customerName: values.customerName.trim(),
    customerPhone: values.customerPhone.trim(),
    customerAddress: values.customerAddress.trim(),
    serialNumber: values.serialNumber.trim(),
    modelId: values.modelId || null,
    factoryDate: values.factoryDate || null,
    purchaseDate: values.purchaseDate || null,
    component: optional(values.component),
    mainFault: values.mainFault.trim(),
    customerRequest: values.customerRequest.trim(),
    subject: values.subject as SchemaEnum<'ComplaintSubject'>,
    handlingDepartment: override ? (values.handlingDepartment as SchemaEnum<'HandlingDepartment'>) : null,
    routingOverrideReason: override ? values.routingOverrideReason.trim() : null,
    contractReplyTerm: values.contractReplyTerm,
  };
}
