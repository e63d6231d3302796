import { PARTNER_EVENT_LABELS, PARTNER_EVENT_TYPES } from '@aftersales/domain';
import { Arg, Args, Authorized, Ctx, FieldResolver, ID, Mutation, Query, Resolver, Root } from 'type-graphql';
import { ConnectionType, PageArgs } from '../common/pagination.js';
import type { RequestContext } from '../common/request-context.js';
import { RepairCenter } from '../repair-centers/repair-center.entity.js';
import { deliveriesOf, deliveryLoaders, webhookMessageId } from './webhook-delivery-log.js';
import { CreateWebhookEndpointInput, UpdateWebhookEndpointInput, WebhookEndpointWithSecret, WebhookEventType } from './webhook-endpoint.input.js';
import { webhookEndpointService } from './webhook-endpoint.service.js';
import { WebhookAttempt, WebhookDelivery, WebhookEndpoint } from './webhook.entities.js';

const WebhookDeliveryConnection = ConnectionType(WebhookDelivery, 'WebhookDelivery');

@Resolver(() => WebhookEndpoint)
export class WebhookEndpointResolver {
  @Authorized('webhooks.manage')
  @Query(() => [WebhookEventType], { description: '可订阅的事件类型 The event types an endpoint can subscribe to' })
  webhookEventTypes(): WebhookEventType[] {
    return PARTNER_EVENT_TYPES.map((type) => ({ type, labelZh: PARTNER_EVENT_LABELS[type].zh, labelEn: PARTNER_EVENT_LABELS[type].en }));
  }

  @Authorized('webhooks.manage')
  @Query(() => [WebhookEndpoint], { description: 'Webhook 端点 (a partner sees only its own center’s), newest first' })
  webhookEndpoints(@Ctx() context: RequestContext) {
    return webhookEndpointService.list(context);
  }

  @Authorized('webhooks.manage')
  @Query(() => WebhookEndpoint, { description: 'One Webhook 端点 with its delivery log (投递记录); NOT_FOUND for one the caller cannot see' })
  webhookEndpoint(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return webhookEndpointService.get(context, id);
  }

  @Authorized('webhooks.manage')
  @Mutation(() => WebhookEndpointWithSecret, { description: '登记 Webhook 端点; the signing secret is returned this once' })
  createWebhookEndpoint(@Ctx() context: RequestContext, @Arg('input', () => CreateWebhookEndpointInput) input: CreateWebhookEndpointInput) {
    return webhookEndpointService.create(context, input);
  }

  @Authorized('webhooks.manage')
  @Mutation(() => WebhookEndpoint, { description: '修改 Webhook 端点 (URL, event types, description)' })
  updateWebhookEndpoint(
    @Ctx() context: RequestContext,
    @Arg('id', () => ID) id: string,
    @Arg('input', () => UpdateWebhookEndpointInput) input: UpdateWebhookEndpointInput,
  ) {
    return webhookEndpointService.update(context, id, input);
  }

  @Authorized('webhooks.manage')
  @Mutation(() => WebhookEndpoint, { description: '暂停: no deliveries until resumed; events raised meanwhile wait' })
  pauseWebhookEndpoint(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return webhookEndpointService.pause(context, id);
  }

  @Authorized('webhooks.manage')
  @Mutation(() => WebhookEndpoint, { description: '恢复 a paused or failing endpoint; waiting deliveries are sent now' })
  resumeWebhookEndpoint(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return webhookEndpointService.resume(context, id);
  }

  @Authorized('webhooks.manage')
  @Mutation(() => WebhookEndpointWithSecret, { description: '更换签名密钥: the old secret stops verifying at once; the new one is returned this once' })
  rotateWebhookSecret(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return webhookEndpointService.rotateSecret(context, id);
  }

  @Authorized('webhooks.manage')
  @Mutation(() => ID, { description: '删除 Webhook 端点: it receives nothing more; returns its id' })
  deleteWebhookEndpoint(@Ctx() context: RequestContext, @Arg('id', () => ID) id: string) {
    return webhookEndpointService.delete(context, id);
  }

  @Authorized('webhooks.manage')
  @Mutation(() => WebhookDelivery, { description: '重新投递 one delivery now, with the same webhook-id' })
  redeliverWebhookEvent(@Ctx() context: RequestContext, @Arg('deliveryId', () => ID) deliveryId: string) {
    return webhookEndpointService.redeliver(context, deliveryId);
  }

  @Authorized('webhooks.manage')
  @Mutation(() => WebhookDelivery, { description: '发送测试事件: a webhook.test event to this endpoint only' })
  sendTestWebhookEvent(@Ctx() context: RequestContext, @Arg('endpointId', () => ID) endpointId: string) {
    return webhookEndpointService.sendTestEvent(context, endpointId);
  }

  @FieldResolver(() => RepairCenter, { nullable: true, description: 'null: a head office endpoint' })
  repairCenter(@Root() endpoint: WebhookEndpoint, @Ctx() context: RequestContext) {
    return endpoint.repairCenterId ? context.loaders.repairCenter.load(endpoint.repairCenterId) : null;
  }

  @FieldResolver(() => WebhookDeliveryConnection, { description: '投递记录, newest first' })
  deliveries(@Root() endpoint: WebhookEndpoint, @Ctx() context: RequestContext, @Args(() => PageArgs) page: PageArgs) {
    return deliveriesOf(context, endpoint.id, page);
  }
}

@Resolver(() => WebhookDelivery)
export class WebhookDeliveryResolver {
  @FieldResolver(() => String, { description: 'The webhook-id header of its requests (the same on every attempt)' })
  messageId(@Root() delivery: WebhookDelivery) {
    return webhookMessageId(delivery.id);
  }

  @FieldResolver(() => String, { description: '事件类型, e.g. work_order.dispatched or webhook.test' })
  async eventType(@Root() delivery: WebhookDelivery, @Ctx() context: RequestContext) {
    return (await deliveryLoaders(context).event.load(delivery.eventId))?.type ?? '';
  }

  @FieldResolver(() => Date, { description: '事件发生时间' })
  async occurredAt(@Root() delivery: WebhookDelivery, @Ctx() context: RequestContext) {
    return (await deliveryLoaders(context).event.load(delivery.eventId))?.occurredAt ?? delivery.createdAt;
  }

  @FieldResolver(() => String, { description: 'The record the event is about, e.g. WorkOrder' })
  async entityType(@Root() delivery: WebhookDelivery, @Ctx() context: RequestContext) {
    return (await deliveryLoaders(context).event.load(delivery.eventId))?.entityType ?? '';
  }

  @FieldResolver(() => ID)
  async entityId(@Root() delivery: WebhookDelivery, @Ctx() context: RequestContext) {
    return (await deliveryLoaders(context).event.load(delivery.eventId))?.entityId ?? '';
  }

  @FieldResolver(() => [WebhookAttempt], { description: '每次尝试, oldest first' })
  attempts(@Root() delivery: WebhookDelivery, @Ctx() context: RequestContext) {
    return deliveryLoaders(context).attempts.load(delivery.id);
  }
}
