import type { RegionZone, Role, VisitStatus } from '@aftersales/domain';
import { Field, ID, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateScalar } from '../../common/scalars.js';
import { RegionZoneEnum } from '../../reference-data/regions/region.entity.js';
import { RoleEnum } from '../../users/user.entity.js';


@ObjectType({ description: '出差申请 Travel request for an on-site visit (004 §4.5)' })
@Entity('visit_request')
export class VisitRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'complaint_id' })
  complaintId: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date', name: 'planned_on' })
  plannedOn: string;

  @Field(() => String)
  @Column({ type: 'text' })
  purpose: string;

  @Field(() => RegionZoneEnum)
  @Column({ type: 'text' })
  zone: RegionZone;

  @Field(() => RoleEnum, { description: 'CS_MANAGER for the head-office area (LOCAL), DIRECTOR elsewhere' })
  @Column({ type: 'text', name: 'approver_role' })
  approverRole: Role;

  @Field(() => String, { description: 'PENDING 待审批, APPROVED 已批准, REJECTED 已驳回' })
  @Column({ type: 'text' })
  status: VisitStatus;

  @Field(() => String)
  @Column({ type: 'text', name: 'requested_by_name' })
  requestedByName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'decided_by_name', nullable: true })
  decidedByName: string | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'decision_note', nullable: true })
  decisionNote: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'decided_at', nullable: true })
  decidedAt: Date | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
