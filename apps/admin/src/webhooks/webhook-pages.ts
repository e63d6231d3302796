// The webhooks pages, imported on demand by the routes as one chunk.
export { WebhookEndpointPage } from './webhook-endpoint-page';
export { WebhooksPage } from './webhooks-page';
