import { type FieldErrors, isPartnerEventType, list } from '@aftersales/domain';
import { appError } from '../common/app-error.js';
import { msg } from '../i18n/message.js';
import { endpointAddressProblem, endpointUrlProblem } from './endpoint-url.js';
import type { WebhookAddressPolicy } from './webhook-address-policy.js';

export const MAX_DESCRIPTION_LENGTH = 200;

export interface EndpointFields {
  url?: string | null;
  eventTypes?: string[] | null;
  description?: string | null;
}

/** The given fields, trimmed and de-duplicated; every problem at once as a BAD_USER_INPUT with field errors. */
export function checkedEndpointFields(input: EndpointFields): { url?: string; eventTypes?: string[]; description?: string } {
  const errors: FieldErrors = {};
  const checked: { url?: string; eventTypes?: string[]; description?: string } = {};
  if (input.url !== undefined && input.url !== null) {
    const problem = endpointUrlProblem(input.url);
    if (problem) errors.url = problem;
    else checked.url = input.url.trim();
  }
  if (input.eventTypes !== undefined && input.eventTypes !== null) {
    const types = [...new Set(input.eventTypes.map((type) => type.trim()))];
    const unknown = types.filter((type) => !isPartnerEventType(type));
    if (types.length === 0) errors.eventTypes = msg('apiWebhooks.chooseEventTypes');
    else if (unknown.length) errors.eventTypes = msg('apiWebhooks.unknownEventTypes', { types: list(unknown) });
    else checked.eventTypes = types;
  }
  if (input.description !== undefined && input.description !== null) {
    const description = input.description.trim();
    if (description.length > MAX_DESCRIPTION_LENGTH) errors.description = msg('apiWebhooks.descriptionTooLong', { max: MAX_DESCRIPTION_LENGTH });
    else checked.description = description;
  }
  if (Object.keys(errors).length) throw appError('BAD_USER_INPUT', msg('apiWebhooks.checkEndpoint'), errors);
  return checked;
}

/** The checked URL's host must be a public address now (resolved outside any transaction: DNS may take a while). */
export async function assertPublicEndpointAddress(url: string | undefined, policy: WebhookAddressPolicy): Promise<void> {
  if (url === undefined) return;
  const problem = await endpointAddressProblem(url, policy);
  if (problem) throw appError('BAD_USER_INPUT', msg('apiWebhooks.checkEndpoint'), { url: problem });
}
