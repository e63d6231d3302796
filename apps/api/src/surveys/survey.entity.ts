import type { SurveyChannel, SurveyComplaintSeverity, SurveyStatus } from '@aftersales/domain';
import { Field, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { SurveyChannelEnum, SurveyComplaintSeverityEnum, SurveyStatusEnum } from './survey-enums.js';
import { SyncStampColumn } from '../common/incremental-sync.js';

/** 客户意见调查 (003 §16–22, DOMAIN §7): one per completed work order. */
@ObjectType({ description: '客户意见调查 Customer survey of one completed work order' })
@Entity('survey')
export class Survey {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'work_order_id' })
  workOrderId: string;

  @Column({ type: 'uuid', name: 'technician_id', nullable: true })
  technicianId: string | null;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => SurveyStatusEnum)
  @Column({ type: 'text' })
  status: SurveyStatus;

  @Field(() => Int, { nullable: true, description: '态度 4 很满意 … 1 不满意' })
  @Column({ type: 'smallint', nullable: true })
  attitude: number | null;

  @Field(() => Int, { nullable: true, description: '技术' })
  @Column({ type: 'smallint', nullable: true })
  skill: number | null;

  @Field(() => Int, { nullable: true, description: '到达时间' })
  @Column({ type: 'smallint', name: 'arrival_time', nullable: true })
  arrivalTime: number | null;

  @Field(() => Int, { nullable: true, description: '答应事情的办理' })
  @Column({ type: 'smallint', name: 'promises_handled', nullable: true })
  promisesHandled: number | null;

  @Field(() => SurveyChannelEnum, { nullable: true })
  @Column({ type: 'text', nullable: true })
  channel: SurveyChannel | null;

  @Field(() => String, { nullable: true, description: '建议' })
  @Column({ type: 'text', nullable: true })
  comments: string | null;

  @Field(() => String, { nullable: true, description: '客户投诉内容' })
  @Column({ type: 'text', name: 'customer_complaint', nullable: true })
  customerComplaint: string | null;

  @Column({ type: 'uuid', name: 'complaint_id', nullable: true })
  complaintId: string | null;

  @Field(() => SurveyComplaintSeverityEnum, { nullable: true, description: '投诉性质 chosen when the complaint was opened; null until then' })
  @Column({ type: 'text', name: 'complaint_severity', nullable: true })
  complaintSeverity: SurveyComplaintSeverity | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'responded_at', nullable: true })
  respondedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'entered_by_name', nullable: true })
  enteredByName: string | null;

  @Column({ type: 'text', name: 'link_token_hash', nullable: true })
  linkTokenHash: string | null;

  @Field(() => Date, { nullable: true, description: 'The one-time link works until then' })
  @Column({ type: 'timestamptz', name: 'link_expires_at', nullable: true })
  linkExpiresAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  /** The transaction that last wrote it: the incremental sync's key (common/incremental-sync.ts). */
  @SyncStampColumn()
  syncStamp: string;
}
