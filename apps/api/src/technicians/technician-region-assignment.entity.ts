import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateScalar } from '../common/scalars.js';

@ObjectType({ description: '跨区域派遣 A technician assigned by CS to work in another region' })
@Entity('technician_region_assignment')
export class TechnicianRegionAssignment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'technician_id' })
  technicianId: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Column({ type: 'uuid', name: 'region_id' })
  regionId: string;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date', name: 'starts_on' })
  startsOn: string;

  @Field(() => LocalDateScalar, { nullable: true })
  @Column({ type: 'date', name: 'ends_on', nullable: true })
  endsOn: string | null;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @Field(() => String)
  @Column({ type: 'text', name: 'assigned_by_name' })
  assignedByName: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
