import type { PerformanceStatus, ScoreStatus, TechnicianGrade } from '@aftersales/domain';
import { Field, Float, ID, Int, ObjectType } from 'type-graphql';
import { Column, CreateDateColumn, Entity, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { numericToNumber } from '../common/column-transformers.js';
import { PerformanceStatusEnum, ScoreStatusEnum, TechnicianGradeEnum } from './score-enums.js';
import { SyncStampColumn } from '../common/incremental-sync.js';

const points = { type: 'numeric', transformer: numericToNumber } as const;

/**
 * 技术支持人员考核 (001 part 2 §5, DOMAIN §8): one per technician and month. The figures are
 * the domain's `technicianScoreFromTally` of the counts stored beside them.
 */
@ObjectType({ description: '技术员月度考核 A technician’s monthly score' })
@Entity('technician_score')
export class TechnicianScore {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'technician_id' })
  technicianId: string;

  @Field(() => String, { description: '考核月份 YYYY-MM' })
  @Column({ type: 'text' })
  period: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => ScoreStatusEnum)
  @Column({ type: 'text' })
  status: ScoreStatus;

  @Field(() => Int, { description: 'Send it back with every change; a stale one gets CONFLICT' })
  @Column({ type: 'integer' })
  version: number;

  @Field(() => Float, { description: 'D1 积极性 (max 15)' })
  @Column({ ...points })
  initiative: number;

  @Field(() => Float, { description: 'D1 协调性 (max 10)' })
  @Column({ ...points })
  coordination: number;

  @Field(() => Float, { description: 'D1 忠诚度 (max 15)' })
  @Column({ ...points })
  loyalty: number;

  @Field(() => Float, { description: 'D2 计划能力 (max 5)' })
  @Column({ ...points })
  planning: number;

  @Field(() => Float, { description: 'D2 执行能力 (max 5)' })
  @Column({ ...points })
  execution: number;

  @Field(() => Float, { description: 'D2 工作品质 (max 10)' })
  @Column({ ...points, name: 'work_quality' })
  workQuality: number;

  @Field(() => Float, { nullable: true, description: 'D3 客户意见调查 (max 20); null without survey cards' })
  @Column({ ...points, name: 'survey_points', nullable: true })
  surveyPoints: number | null;

  @Field(() => Float, { nullable: true, description: 'D3 准时到达率 (max 10); null without arrivals' })
  @Column({ ...points, name: 'on_time_arrival_points', nullable: true })
  onTimeArrivalPoints: number | null;

  @Field(() => Float, { nullable: true, description: 'D3 一次修复率 (max 10); null without completed orders' })
  @Column({ ...points, name: 'first_time_fix_points', nullable: true })
  firstTimeFixPoints: number | null;

  @Field(() => Float, { description: 'D1 工作态度' })
  @Column({ ...points })
  attitude: number;

  @Field(() => Float, { description: 'D2 职务能力' })
  @Column({ ...points })
  ability: number;

  @Field(() => Float, { description: 'D3 服务绩效, credited points included' })
  @Column({ ...points })
  performance: number;

  @Field(() => PerformanceStatusEnum)
  @Column({ type: 'text', name: 'performance_status' })
  performanceStatus: PerformanceStatus;

  @Field(() => Float, { description: 'Points credited to D3 items without records (rescaling, not a zero)' })
  @Column({ ...points, name: 'credited_points' })
  creditedPoints: number;

  @Field(() => Float, { description: '投诉扣分前小计' })
  @Column({ ...points })
  subtotal: number;

  @Field(() => Float, { description: '投诉扣分 (15 per verified complaint)' })
  @Column({ ...points, name: 'complaint_deduction' })
  complaintDeduction: number;

  @Field(() => Float, { description: '总分 as computed / published' })
  @Column({ ...points })
  total: number;

  @Field(() => TechnicianGradeEnum)
  @Column({ type: 'text' })
  grade: TechnicianGrade;

  @Field(() => Float, { description: '工资发放比例' })
  @Column({ ...points, name: 'pay_ratio' })
  payRatio: number;

  @Field(() => Int)
  @Column({ type: 'integer', name: 'survey_count' })
  surveyCount: number;

  @Column({ type: 'integer', name: 'survey_level_sum' })
  surveyLevelSum: number;

  @Column({ type: 'integer', name: 'survey_answer_count' })
  surveyAnswerCount: number;

  @Field(() => Int)
  @Column({ type: 'integer', name: 'arrival_count' })
  arrivalCount: number;

  @Field(() => Int)
  @Column({ type: 'integer', name: 'late_arrival_count' })
  lateArrivalCount: number;

  @Field(() => Int)
  @Column({ type: 'integer', name: 'repair_count' })
  repairCount: number;

  @Field(() => Int)
  @Column({ type: 'integer', name: 'not_first_time_fix_count' })
  notFirstTimeFixCount: number;

  @Field(() => Int)
  @Column({ type: 'integer', name: 'complaint_count' })
  complaintCount: number;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'supervisor_entered_at', nullable: true })
  supervisorEnteredAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'supervisor_entered_by_name', nullable: true })
  supervisorEnteredByName: string | null;

  @Field(() => Date)
  @Column({ type: 'timestamptz', name: 'computed_at' })
  computedAt: Date;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'submitted_at', nullable: true })
  submittedAt: Date | null;

  /** The domain's `isLateSubmission`, stored by `storeSubmittedLate` on every write; null while not submitted. */
  @Column({ type: 'boolean', name: 'submitted_late', nullable: true })
  submittedLate: boolean | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'submitted_by_name', nullable: true })
  submittedByName: string | null;

  @Field(() => String, { nullable: true, description: 'Why HR sent it back to the supervisor' })
  @Column({ type: 'text', name: 'returned_reason', nullable: true })
  returnedReason: string | null;

  @Field(() => Date, { nullable: true })
  @Column({ type: 'timestamptz', name: 'published_at', nullable: true })
  publishedAt: Date | null;

  @Field(() => String, { nullable: true })
  @Column({ type: 'text', name: 'published_by_name', nullable: true })
  publishedByName: string | null;

  @Field(() => Float, { description: '现总分: total after the published score’s adjustments' })
  @Column({ ...points, name: 'current_total' })
  currentTotal: number;

  @Field(() => TechnicianGradeEnum, { description: '现等级 after adjustments' })
  @Column({ type: 'text', name: 'current_grade' })
  currentGrade: TechnicianGrade;

  @Field(() => Float)
  @Column({ ...points, name: 'current_pay_ratio' })
  currentPayRatio: number;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;

  @Field(() => Date)
  @UpdateDateColumn({ type: 'timestamptz', name: 'updated_at' })
  updatedAt: Date;

  /** The transaction that last wrote it: the incremental sync's key (common/incremental-sync.ts). */
  @SyncStampColumn()
  syncStamp: string;
}

@ObjectType({ description: '考核调整 An audited correction of a published score' })
@Entity('technician_score_adjustment')
export class TechnicianScoreAdjustment {
  @Field(() => ID)
  @PrimaryGeneratedColumn('uuid')
  id: string;

  @Column({ type: 'uuid', name: 'score_id' })
  scoreId: string;

  @Column({ type: 'uuid', name: 'repair_center_id', nullable: true })
  repairCenterId: string | null;

  @Field(() => Float, { description: 'Points added (+) or taken off (−)' })
  @Column({ ...points })
  delta: number;

  @Field(() => String)
  @Column({ type: 'text' })
  reason: string;

  @Field(() => Float)
  @Column({ ...points, name: 'total_after' })
  totalAfter: number;

  @Field(() => TechnicianGradeEnum)
  @Column({ type: 'text', name: 'grade_after' })
  gradeAfter: TechnicianGrade;

  @Field(() => String)
  @Column({ type: 'text', name: 'adjusted_by_name' })
  adjustedByName: string;

  @Field(() => Date)
  @CreateDateColumn({ type: 'timestamptz', name: 'created_at' })
  createdAt: Date;
}
