import { graphql, type ResultOf } from '../graphql/graphql';

const WEBHOOK_ENDPOINT_FIELDS = graphql(`
  fragment WebhookEndpointFields on WebhookEndpoint {
    id
    url
    description
    eventTypes
    status
    secretHint
    consecutiveFailures
    createdAt
    repairCenter { id code name }
  }
`);

const WEBHOOK_DELIVERY_FIELDS = graphql(`
  fragment WebhookDeliveryFields on WebhookDelivery {
    id
    eventType
    occurredAt
    status
    attemptCount
    nextAttemptAt
    attempts { id attemptedAt succeeded httpStatus latencyMs responseExcerpt error }
  }
`);

export const WEBHOOK_EVENT_TYPES_QUERY = graphql(`
  query WebhookEventTypes {
    webhookEventTypes { type labelZh labelEn }
  }
`);

export const WEBHOOK_ENDPOINTS_QUERY = graphql(`
  query WebhookEndpoints {
    webhookEndpoints { ...WebhookEndpointFields }
  }
`, [WEBHOOK_ENDPOINT_FIELDS]);

export const WEBHOOK_ENDPOINT_QUERY = graphql(`
  query WebhookEndpoint($id: ID!, $first: Int, $after: String) {
    webhookEndpoint(id: $id) {
      ...WebhookEndpointFields
      deliveries(first: $first, after: $after) {
        nodes { ...WebhookDeliveryFields }
        pageInfo { hasNextPage endCursor }
        totalCount
      }
    }
  }
`, [WEBHOOK_ENDPOINT_FIELDS, WEBHOOK_DELIVERY_FIELDS]);

export const CREATE_WEBHOOK_ENDPOINT = graphql(`
  mutation CreateWebhookEndpoint($input: CreateWebhookEndpointInput!) {
    createWebhookEndpoint(input: $input) {
      secret
      endpoint { ...WebhookEndpointFields }
    }
  }
`, [WEBHOOK_ENDPOINT_FIELDS]);

export const UPDATE_WEBHOOK_ENDPOINT = graphql(`
  mutation UpdateWebhookEndpoint($id: ID!, $input: UpdateWebhookEndpointInput!) {
    updateWebhookEndpoint(id: $id, input: $input) { ...WebhookEndpointFields }
  }
`, [WEBHOOK_ENDPOINT_FIELDS]);

export const PAUSE_WEBHOOK_ENDPOINT = graphql(`
  mutation PauseWebhookEndpoint($id: ID!) {
    pauseWebhookEndpoint(id: $id) { ...WebhookEndpointFields }
  }
`, [WEBHOOK_ENDPOINT_FIELDS]);

export const RESUME_WEBHOOK_ENDPOINT = graphql(`
  mutation ResumeWebhookEndpoint($id: ID!) {
    resumeWebhookEndpoint(id: $id) { ...WebhookEndpointFields }
  }
`, [WEBHOOK_ENDPOINT_FIELDS]);

export const ROTATE_WEBHOOK_SECRET = graphql(`
  mutation RotateWebhookSecret($id: ID!) {
    rotateWebhookSecret(id: $id) {
      secret
      endpoint { ...WebhookEndpointFields }
    }
  }
`, [WEBHOOK_ENDPOINT_FIELDS]);

export const DELETE_WEBHOOK_ENDPOINT = graphql(`
  mutation DeleteWebhookEndpoint($id: ID!) {
    deleteWebhookEndpoint(id: $id)
  }
`);

export const REDELIVER_WEBHOOK_EVENT = graphql(`
  mutation RedeliverWebhookEvent($deliveryId: ID!) {
    redeliverWebhookEvent(deliveryId: $deliveryId) { ...WebhookDeliveryFields }
  }
`, [WEBHOOK_DELIVERY_FIELDS]);

export const SEND_TEST_WEBHOOK_EVENT = graphql(`
  mutation SendTestWebhookEvent($endpointId: ID!) {
    sendTestWebhookEvent(endpointId: $endpointId) { ...WebhookDeliveryFields }
  }
`, [WEBHOOK_DELIVERY_FIELDS]);

export type WebhookEndpoint = ResultOf<typeof WEBHOOK_ENDPOINTS_QUERY>['webhookEndpoints'][number];
export type WebhookDelivery = ResultOf<typeof WEBHOOK_ENDPOINT_QUERY>['webhookEndpoint']['deliveries']['nodes'][number];
export type WebhookAttempt = WebhookDelivery['attempts'][number];

/** Lists that show endpoints or deliveries refetch after any change to these. */
export const WEBHOOK_TYPENAMES = ['WebhookEndpoint', 'WebhookDelivery'];
