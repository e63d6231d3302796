import type { PenaltyReason, ResponsibleUnit } from '@aftersales/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { bigintToNumber } from '../../common/column-transformers.js';
import { MoneyScalar } from '../../common/scalars.js';
import { ResponsibleUnitEnum } from '../complaint-enums.js';

@ObjectType({ description: '罚款 A fine for a late step of a complaint (001 §4)' })
@Entity('complaint_penalty')
export class ComplaintPenalty {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'complaint_id' })
  complaintId: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => ResponsibleUnitEnum)
  @Column({ type: 'text' })
  unit: ResponsibleUnit;

  @Field(() => String, { description: 'LATE_FORWARD 延误转交, LATE_HANDLING 延误处理' })
  @Column({ type: 'text' })
  reason: PenaltyReason;

  @Field(() => MoneyScalar)
  @Column({ type: 'bigint', name: 'amount_fen', transformer: bigintToNumber })
  amount: number;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz' })
  at: Date;
}
