import type { RecordedCenterStatus } from '@aftersales/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
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

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'actor_name' })
  actorName: string;
}
