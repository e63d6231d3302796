import { ASSESSMENT_ITEMS, ASSESSMENT_KINDS, type AssessmentItem, type AssessmentKind, type AssessmentResult } from '@aftersales/domain';
import { Field, ID, Int, ObjectType, registerEnumType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { LocalDateScalar } from '../common/scalars.js';

export const AssessmentKindEnum = Object.fromEntries(ASSESSMENT_KINDS.map((v) => [v, v])) as { [K in AssessmentKind]: K };
registerEnumType(AssessmentKindEnum, { name: 'AssessmentKind', description: 'PERIODIC 定期考核, FOLLOW_UP 整改复查' });

export const AssessmentItemEnum = Object.fromEntries(ASSESSMENT_ITEMS.map((v) => [v, v])) as { [I in AssessmentItem]: I };
registerEnumType(AssessmentItemEnum, {
  name: 'AssessmentItem',
  description: 'QUALITY_APPRAISAL 质量鉴定水平, PRACTICAL_ABILITY 实际操作能力, SERVICE_ATTITUDE 服务态度',
});

export const AssessmentResultEnum = { PASSED: 'PASSED', FAILED: 'FAILED' } as const satisfies { [R in AssessmentResult]: R };
registerEnumType(AssessmentResultEnum, { name: 'AssessmentResult', description: 'PASSED 合格, FAILED 不合格' });

@ObjectType({ description: '考核得分 (0–100 each)' })
export class AssessmentScores {
  @Field(() => Int, { description: '质量鉴定水平' })
  @Column({ type: 'integer', name: 'quality_appraisal' })
  qualityAppraisal: number;

  @Field(() => Int, { description: '实际操作能力' })
  @Column({ type: 'integer', name: 'practical_ability' })
  practicalAbility: number;

  @Field(() => Int, { description: '服务态度' })
  @Column({ type: 'integer', name: 'service_attitude' })
  serviceAttitude: number;
}

/** Scores and their verdict, for a center or one of its technicians. */
@ObjectType()
export abstract class ScoredAssessment {
  @Field(() => AssessmentScores)
  @Column(() => AssessmentScores, { prefix: false })
  scores: AssessmentScores;

  @Field(() => AssessmentResultEnum)
  @Column({ type: 'text' })
  result: AssessmentResult;

  @Field(() => [AssessmentItemEnum])
  @Column({ type: 'text', array: true, name: 'failed_items' })
  failedItems: AssessmentItem[];
}

@ObjectType({ description: '维修中心考核 Assessment of a repair center (004 §5.4)' })
@Entity('center_assessment')
export class CenterAssessment extends ScoredAssessment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'repair_center_id' })
  repairCenterId: string;

  @Field(() => AssessmentKindEnum)
  @Column({ type: 'text' })
  kind: AssessmentKind;

  @Field(() => LocalDateScalar)
  @Column({ type: 'date', name: 'assessed_on' })
  assessedOn: string;


  @Field(() => String, { nullable: true })
  @Column({ type: 'text', nullable: true })
  notes: string | null;

  @Field(() => String)
  @Column({ type: 'text', name: 'assessor_name' })
  assessorName: string;

  @Field(() => LocalDateScalar, { nullable: true, description: '整改期限 set by this assessment' })
  @Column({ type: 'date', name: 'rectification_deadline', nullable: true })
  rectificationDeadline: string | null;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}

@ObjectType({ description: '技术员考核 A technician’s scores within a center assessment' })
@Entity('technician_assessment')
export class TechnicianAssessment extends ScoredAssessment {
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'center_assessment_id' })
  centerAssessmentId: string;

  @Column({ type: 'uuid', name: 'repair_center_id' })
  repairCenterId: string;

  @Column({ type: 'uuid', name: 'technician_id' })
  technicianId: string;

}
