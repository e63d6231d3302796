import { DomainError, type FieldErrors } from '../errors.js';
import { hasText, isOneOf } from './input-checks.js';
import { list, msg } from '../messages/index.js';

/** What a complaint is about, which decides who handles it (000 §3). */
export const COMPLAINT_SUBJECTS = ['PRODUCT_QUALITY', 'PACKAGING', 'STAFF_CONDUCT', 'DEALER'] as const;
export type ComplaintSubject = (typeof COMPLAINT_SUBJECTS)[number];

/**
 * Departments a complaint can be sent to. TECHNICAL stands for 000 §3's "R&D, design, production
 * or technical department": the seeds' companies give that work to the technical center (001 §1,
 * 004 §2.2). DEALER_LIAISON means the CS department settles it with the dealer or retailer
 * concerned. QUALITY (品管部, 002 §(九)) and CUSTOMER_SERVICE are there for overrides.
 */
export const HANDLING_DEPARTMENTS = [
  'TECHNICAL',
  'WAREHOUSE_TRANSPORT',
  'MARKETING',
  'DEALER_LIAISON',
  'QUALITY',
  'CUSTOMER_SERVICE',
] as const;
export type HandlingDepartment = (typeof HANDLING_DEPARTMENTS)[number];

/** Names of the departments as the admin shows them, for timeline notes written in Chinese. */
export const HANDLING_DEPARTMENT_LABELS: { [D in HandlingDepartment]: { zh: string; en: string } } = {
  TECHNICAL: { zh: '技术部门', en: 'Technical' },
  WAREHOUSE_TRANSPORT: { zh: '仓储运输', en: 'Warehouse and transport' },
  MARKETING: { zh: '营销部门', en: 'Marketing' },
  DEALER_LIAISON: { zh: '经销商协调', en: 'Dealer liaison' },
  QUALITY: { zh: '品管部', en: 'Quality management' },
  CUSTOMER_SERVICE: { zh: '客服部', en: 'Customer service' },
};

/*
 * 000 §3: quality and function → R&D, design, production or technical; packaging damage or
 * deterioration → warehouse and transport; attitude or negligence of sales, installation or
 * service staff → marketing; dealers and retailers → coordinate with them.
 */
export const DEFAULT_COMPLAINT_ROUTES: { [S in ComplaintSubject]: HandlingDepartment } = {
  PRODUCT_QUALITY: 'TECHNICAL',
  PACKAGING: 'WAREHOUSE_TRANSPORT',
  STAFF_CONDUCT: 'MARKETING',
  DEALER: 'DEALER_LIAISON',
};

export function isComplaintSubject(value: unknown): value is ComplaintSubject {
  return isOneOf(COMPLAINT_SUBJECTS, value);
}

/** Field errors for an edited routing table: every subject goes to a known department. */
export function validateComplaintRoutes(routes: { [S in ComplaintSubject]: HandlingDepartment }): FieldErrors {
  const errors: FieldErrors = {};
  for (const subject of COMPLAINT_SUBJECTS) {
    if (!isOneOf(HANDLING_DEPARTMENTS, routes?.[subject])) errors[subject] = msg('complaints.chooseDepartmentHandlesSubject');
  }
  return errors;
}

/** The department a complaint about `subject` goes to. */
export function routeComplaint(
  subject: ComplaintSubject,
  routes: { [S in ComplaintSubject]: HandlingDepartment } = DEFAULT_COMPLAINT_ROUTES,
): HandlingDepartment {
  if (!isComplaintSubject(subject)) {
    throw new DomainError('INVALID_INPUT', msg('complaints.subjectComplaintSubject', { subject: String(subject) }), {
      subject: msg('complaints.chooseOneComplaintsubjects', { complaintSubjects: list(COMPLAINT_SUBJECTS) }),
    });
  }
  const department = routes[subject];
  if (!isOneOf(HANDLING_DEPARTMENTS, department)) {
    throw new DomainError(
      'INVALID_INPUT',
      msg('complaints.routingTableSendsSubjectDepartment', { subject, department: String(department) }),
      { [subject]: msg('complaints.chooseDepartmentHandlesSubject') },
    );
  }
  return department;
}

export interface RoutingOverrideInput {
  subject: ComplaintSubject;
  department: HandlingDepartment;
  reason: string | null;
}

/**
 * Field errors for sending a complaint somewhere else than its subject's department. The reason
 * is required because the routing decides whose performance the complaint counts against
 * (000 §3); choosing the routed department itself is no override and needs none.
 */
export function validateRoutingOverride(
  input: RoutingOverrideInput,
  routes: { [S in ComplaintSubject]: HandlingDepartment } = DEFAULT_COMPLAINT_ROUTES,
): FieldErrors {
  const errors: FieldErrors = {};
  if (!isComplaintSubject(input.subject)) errors.subject = msg('complaints.chooseOneComplaintsubjects', { complaintSubjects: list(COMPLAINT_SUBJECTS) });
  if (!isOneOf(HANDLING_DEPARTMENTS, input.department)) {
    errors.department = msg('complaints.chooseDepartmentHandlesComplaint');
  }
  if (Object.keys(errors).length > 0) return errors;
  if (input.department !== routeComplaint(input.subject, routes) && !hasText(input.reason)) {
    errors.reason = msg('complaints.sayWhyComplaintGoesDepartment', { department: input.department, routeComplaint: routeComplaint(input.subject, routes) });
  }
  return errors;
}
