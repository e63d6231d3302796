import type { AssessmentItem, RecordedCenterStatus } from '@aftersales/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateScalar } from '../common/scalars.js';
import { AssessmentItemEnum } from './center-assessment.entity.js';
import { CenterStatusReasonEnum, type CenterStatusReason } from './center-status-reasons.js';
import { RepairCenterStatusEnum } from './repair-center.entity.js';

@ObjectType({ description: '状态变更 A repair center’s status change' })
@Entity('center_status_change')
export class CenterStatusChange {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'repair_center_id' })
  repairCenterId: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;

  @Field(() => RepairCenterStatusEnum, { nullable: true })
  @Column({ type: 'text', name: 'from_status', nullable: true })
  fromStatus: RecordedCenterStatus | null;

  @Field(() => RepairCenterStatusEnum)
  @Column({ type: 'text', name: 'to_status' })
  toStatus: RecordedCenterStatus;

  /** The words of a change made by hand; null when the system gave a coded reason. The GraphQL `reason` is a field resolver. */
  @Column({ type: 'text', nullable: true })
  reason: string | null;

  @Field(() => CenterStatusReasonEnum, { nullable: true, description: 'The system’s reason as a code; null: a person’s reason, in `reason`' })
  @Column({ type: 'text', name: 'reason_code', nullable: true })
  reasonCode: CenterStatusReason | null;

  @Field(() => LocalDateScalar, { nullable: true, description: 'The rectification deadline the coded reason names' })
  @Column({ type: 'date', name: 'reason_deadline', nullable: true })
  reasonDeadline: string | null;

  @Field(() => [AssessmentItemEnum], { description: 'The failed assessment items the coded reason names' })
  @Column({ type: 'text', array: true, name: 'reason_items', default: () => `'{}'` })
  reasonItems: AssessmentItem[];

  /** A person's name, or SYSTEM_ACTOR's code; the GraphQL `actorName` is a field resolver. */
  @Column({ type: 'text', name: 'actor_name' })
  actorName: string;
}
