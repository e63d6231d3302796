import type { RequisitionApprover } from '@aftersales/domain';
import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { RoleEnum } from '../../users/user.entity.js';

export const APPROVAL_DECISIONS = ['APPROVED', 'REJECTED'] as const;
export type ApprovalDecision = (typeof APPROVAL_DECISIONS)[number];

/** One signature (or refusal) on a requisition; at most one per role, so nobody signs twice. */
@ObjectType({ description: '审批记录 A signature on a requisition, in signing order' })
@Entity('parts_requisition_approval')
export class RequisitionApproval {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'requisition_id' })
  requisitionId: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => RoleEnum)
  @Column({ type: 'text', name: 'approver_role' })
  approverRole: RequisitionApprover;

  @Field(() => String, { description: 'APPROVED or REJECTED' })
  @Column({ type: 'text' })
  decision: ApprovalDecision;

  @Field(() => String)
  @Column({ type: 'text', name: 'decided_by_name' })
  decidedByName: string;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  note: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz', name: 'decided_at' })
  decidedAt: Date;
}
