import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { graphQLEnum } from '../common/graphql-enum.js';

export const WEBHOOK_ENDPOINT_STATUSES = ['ACTIVE', 'PAUSED', 'FAILING'] as const;
export type WebhookEndpointStatus = (typeof WEBHOOK_ENDPOINT_STATUSES)[number];
export const WebhookEndpointStatusEnum = graphQLEnum(
  WEBHOOK_ENDPOINT_STATUSES,
  'WebhookEndpointStatus',
  '端点状态: ACTIVE receives events; PAUSED sends nothing, its events wait for the resume; FAILING (连续失败): the last attempts failed (WEBHOOK_FAILING_AFTER in a row) and head office was told; retries go on and the next success makes it ACTIVE again',
);

export const WEBHOOK_DELIVERY_STATUSES = ['PENDING', 'SUCCEEDED', 'FAILED'] as const;
export type WebhookDeliveryStatus = (typeof WEBHOOK_DELIVERY_STATUSES)[number];
export const WebhookDeliveryStatusEnum = graphQLEnum(
  WEBHOOK_DELIVERY_STATUSES,
  'WebhookDeliveryStatus',
  '投递状态: PENDING (waiting for its next attempt), SUCCEEDED (the endpoint answered 2xx), FAILED (every retry failed; redeliver to try again)',
);

@ObjectType({ description: 'Webhook 端点 A URL that receives signed events (the signing secret is shown only when created or rotated)' })
@Entity('webhook_endpoint')
export class WebhookEndpoint {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID, { nullable: true, description: '所属维修中心: the center whose events it receives; null for a head office endpoint (every event)' })
  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => String, { description: '地址 https (http only to 127.0.0.1, ::1 or localhost)' })
  @Column({ type: 'text' })
  url: string;

  @Field(() => String, { description: '说明' })
  @Column({ type: 'text', default: '' })
  description: string;

  @Field(() => [String], { description: '订阅的事件类型, e.g. work_order.dispatched (see webhookEventTypes)' })
  @Column({ type: 'text', array: true, name: 'event_types' })
  eventTypes: string[];

  @Field(() => WebhookEndpointStatusEnum)
  @Column({ type: 'text', default: 'ACTIVE' })
  status: WebhookEndpointStatus;

  @Column({ type: 'text', name: 'secret_encrypted' })
  secretEncrypted: string;

  @Field(() => String, { description: '签名密钥提示: the secret’s first characters, to tell which one is in use' })
  @Column({ type: 'text', name: 'secret_hint' })
  secretHint: string;

  @Field(() => Int, { description: '连续失败次数 since the last successful attempt' })
  @Column({ type: 'integer', name: 'consecutive_failures', default: 0 })
  consecutiveFailures: number;

  @Field(() => Date)
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt: Date;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'created_by_name', nullable: true })
  createdByName: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz', name: 'updated_at', default: () => 'now()' })
  updatedAt: Date;

  @Column({ type: 'timestamptz', name: 'deleted_at', nullable: true })
  deletedAt: Date | null;
}

@ObjectType({ description: '投递 One event sent to one endpoint, with its attempts' })
@Entity('webhook_delivery')
export class WebhookDelivery {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Field(() => ID)
  @Column({ type: 'uuid', name: 'endpoint_id' })
  endpointId: string;

  @Field(() => ID, { description: '事件 id (the outbox event)' })
  @Column({ type: 'uuid', name: 'event_id' })
  eventId: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => WebhookDeliveryStatusEnum)
  @Column({ type: 'text', default: 'PENDING' })
  status: WebhookDeliveryStatus;

  @Field(() => Int, { description: '尝试次数' })
  @Column({ type: 'integer', name: 'attempt_count', default: 0 })
  attemptCount: number;

  @Field(() => Date, { nullable: true, description: '下次尝试时间 (null: none planned)' })
  @Column({ type: 'timestamptz', name: 'next_attempt_at', nullable: true })
  nextAttemptAt: Date | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'last_attempt_at', nullable: true })
  lastAttemptAt: Date | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz', name: 'created_at', default: () => 'now()' })
  createdAt: Date;
}

@ObjectType({ description: '投递尝试 One HTTP request of a delivery' })
@Entity('webhook_attempt')
export class WebhookAttempt {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'delivery_id' })
  deliveryId: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => Date, { description: '时间' })
  @Column({ type: 'timestamptz', name: 'attempted_at', default: () => 'now()' })
  attemptedAt: Date;

  @Field(() => Boolean, { description: 'Whether the endpoint answered 2xx' })
  @Column({ type: 'boolean' })
  succeeded: boolean;

  @Field(() => Int, { nullable: true, description: 'HTTP 状态码 (null: no answer, see error)' })
  @Column({ type: 'integer', name: 'http_status', nullable: true })
  httpStatus: number | null;

  @Field(() => Int, { description: '耗时 (ms)' })
  @Column({ type: 'integer', name: 'latency_ms' })
  latencyMs: number;

  @Field(() => String, { nullable: true, description: '响应摘录: the first 1 KB of the answer' })
  @Column({ type: 'text', name: 'response_excerpt', nullable: true })
  responseExcerpt: string | null;

  @Field(() => String, { nullable: true, description: '错误: why no answer came (timeout, refused connection, redirect …)' })
  @Column({ type: 'text', nullable: true })
  error: string | null;
}
