import { CAPA_STATUSES, type CapaStatus, type ResponsibleUnit } from '@aftersales/domain';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { ResponsibleUnitEnum } from '../complaint-enums.js';

export const CapaStatusEnum = Object.fromEntries(CAPA_STATUSES.map((v) => [v, v])) as { [S in CapaStatus]: S };
registerEnumType(CapaStatusEnum, {
  name: 'CapaStatus',
  description: 'ISSUED 已下发, ANALYZED 已分析原因, ACTIONS_RECORDED 已制定措施, VERIFIED_EFFECTIVE 验证有效, VERIFIED_INEFFECTIVE 验证无效 (back to analysis)',
});

@ObjectType({ description: '纠正预防措施 Corrective and preventive action request (002 §(九))' })
@Entity('capa_request')
export class CapaRequest {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'complaint_id' })
  complaintId: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => ResponsibleUnitEnum, { description: 'The department asked to correct' })
  @Column({ type: 'text', name: 'responsible_unit' })
  responsibleUnit: ResponsibleUnit;

  @Field(() => CapaStatusEnum)
  @Column({ type: 'text' })
  status: CapaStatus;

  @Field(() => String, { nullable: true, description: '原因分析' })
  @Column({ type: 'text', name: 'root_cause', nullable: true })
  rootCause: string | null;

  @Field(() => String, { nullable: true, description: '纠正措施' })
  @Column({ type: 'text', name: 'corrective_action', nullable: true })
  correctiveAction: string | null;

  @Field(() => String, { nullable: true, description: '预防措施' })
  @Column({ type: 'text', name: 'preventive_action', nullable: true })
  preventiveAction: string | null;

  @Field(() => String, { nullable: true, description: '效果验证' })
  @Column({ type: 'text', name: 'verification_note', nullable: true })
  verificationNote: string | null;

  @Field(() => String)
  @Column({ type: 'text', name: 'issued_by_name' })
  issuedByName: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;
}
