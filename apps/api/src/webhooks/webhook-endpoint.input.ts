import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { WebhookEndpoint } from './webhook.entities.js';

@InputType({ description: '登记 Webhook 端点' })
export class CreateWebhookEndpointInput {
  @Field(() => String, { description: 'https URL that receives the POSTs (http only to 127.0.0.1, ::1 or localhost)' })
  url: string;

  @Field(() => [String], { description: 'The event types to receive (see webhookEventTypes)' })
  eventTypes: string[];

  @Field(() => String, { nullable: true, description: '说明, e.g. "ERP 工单同步"' })
  description?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'Head office only: the repair center whose events it receives; leave out for a head office endpoint (every event). A partner’s endpoint is always its own center’s.',
  })
  repairCenterId?: string | null;
}

@InputType({ description: '修改 Webhook 端点: only the fields given change' })
export class UpdateWebhookEndpointInput {
  @Field(() => String, { nullable: true })
  url?: string | null;

  @Field(() => [String], { nullable: true })
  eventTypes?: string[] | null;

  @Field(() => String, { nullable: true })
  description?: string | null;
}

@ObjectType({ description: '端点及其签名密钥: the secret is shown only this once' })
export class WebhookEndpointWithSecret {
  @Field(() => WebhookEndpoint)
  endpoint: WebhookEndpoint;

  @Field(() => String, { description: '签名密钥 (whsec_…): store it now, it cannot be shown again; verify deliveries with it' })
  secret: string;
}

@ObjectType({ description: '事件类型 An event type an endpoint can subscribe to' })
export class WebhookEventType {
  @Field(() => String, { description: 'e.g. work_order.dispatched' })
  type: string;

  @Field(() => String, { description: '中文名称' })
  labelZh: string;

  @Field(() => String)
  labelEn: string;
}
